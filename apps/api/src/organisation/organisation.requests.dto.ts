import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN, UNIT_LEVELS, UNIT_TYPES, UnitLevel, UnitType } from '@app/shared';

export class CreateUnitRequestDto {
  @ApiProperty({ example: 'D-SCH3', description: 'Unit code, kept for life (upper-case letters, digits, dashes)' })
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `unitId ${DEPARTMENT_CODE_MESSAGE}` })
  unitId!: string;

  @ApiProperty({ example: '区第三中学' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({
    example: 'D-EDU',
    nullable: true,
    type: String,
    description: 'The parent unit; null only for a city or district at the top',
  })
  @ValidateIf((o: CreateUnitRequestDto) => o.parentId !== null)
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `parentId ${DEPARTMENT_CODE_MESSAGE}` })
  parentId!: string | null;

  @ApiProperty({ enum: UNIT_LEVELS, description: 'city 市, district 区, department 主管部门, unit 单位' })
  @IsIn(UNIT_LEVELS)
  level!: UnitLevel;

  @ApiProperty({ enum: UNIT_TYPES })
  @IsIn(UNIT_TYPES)
  unitType!: UnitType;

  @ApiProperty({ example: '12110000000000010X', description: '统一社会信用代码 (18 characters, check character verified)' })
  @IsString()
  @Length(18, 18, { message: 'creditCode must be 18 characters' })
  creditCode!: string;

  @ApiPropertyOptional({ description: 'This unit is the finance bureau (财政部门) of its district or city' })
  @IsOptional()
  @IsBoolean()
  financeBureau?: boolean;
}

export class RenameUnitRequestDto {
  @ApiProperty({ example: '区第三中学（新校区）' })
  @IsString()
  @Length(1, 100)
  name!: string;
}

export class MoveUnitRequestDto {
  @ApiProperty({ example: 'D-HEALTH' })
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `parentId ${DEPARTMENT_CODE_MESSAGE}` })
  parentId!: string;
}

export class CloseUnitRequestDto {
  @ApiProperty({ example: '机构改革并入区第二中学' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class TreeQueryDto {
  @ApiPropertyOptional({ description: 'ISO time: the tree as it stood then (names and parents at that time)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}
