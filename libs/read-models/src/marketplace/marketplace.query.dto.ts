import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ASSET_CONDITIONS, AssetCondition } from '@app/assets';
import { DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN } from '@app/shared';

export class MarketplaceQueryDto {
  @ApiPropertyOptional({ description: 'Substring of number, name, description or pickup place (Chinese works)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ description: '门类 code', example: 'A020000' })
  @IsOptional()
  @Matches(/^A0[1-7]0000$/, { message: 'categoryClass must be a 门类 code such as A020000' })
  categoryClass?: string;

  @ApiPropertyOptional({ description: '大类 code', example: 'A020100' })
  @IsOptional()
  @Matches(/^A0[1-7]\d{2}00$/, { message: 'categoryMajor must be a 大类 code such as A020100' })
  categoryMajor?: string;

  @ApiPropertyOptional({ description: 'Releasing department' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId?: string;

  @ApiPropertyOptional({ description: 'Substring of the pickup location' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  location?: string;

  @ApiPropertyOptional({ enum: ASSET_CONDITIONS })
  @IsOptional()
  @IsIn(ASSET_CONDITIONS)
  condition?: AssetCondition;

  @ApiPropertyOptional({ description: 'Minimum original value in 分' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  minValueFen?: number;

  @ApiPropertyOptional({ description: 'Maximum original value in 分' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  maxValueFen?: number;

  @ApiPropertyOptional({ enum: ['newest', 'value'], default: 'newest', description: 'newest first, or highest original value first' })
  @IsOptional()
  @IsIn(['newest', 'value'])
  sort?: 'newest' | 'value';

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (same sort)' })
  @IsOptional()
  @Matches(/^(\d+\.)?\d+\.\d+$/, { message: 'cursor must be a nextCursor value from a previous page' })
  cursor?: string;
}
