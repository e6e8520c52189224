import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN } from '@app/shared';
import { PROPERTY_KINDS, PROPERTY_STATUSES, PROPERTY_USES } from '@app/property';

/** Filters of the 物业台账: each narrows; the caller's scope always applies. */
export class SearchPropertiesQueryDto {
  @ApiPropertyOptional({ enum: PROPERTY_USES }) @IsOptional() @IsIn(PROPERTY_USES) use?: string;
  @ApiPropertyOptional({ enum: PROPERTY_STATUSES }) @IsOptional() @IsIn(PROPERTY_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: PROPERTY_KINDS }) @IsOptional() @IsIn(PROPERTY_KINDS) kind?: string;

  @ApiPropertyOptional({ description: 'A unit (and the units below it): properties it owns or occupies', example: 'D-EDU' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: DEPARTMENT_CODE_MESSAGE })
  unit?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only what sits directly in this property' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ description: 'Text in the 物业编号, name or address', example: '办公楼' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
