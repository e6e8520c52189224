import { DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN } from '@app/shared';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ASSET_CONDITIONS, AssetCondition } from '@app/assets';

export class SearchAssetsQueryDto {
  @ApiPropertyOptional({ description: 'Substring of number, name, brand, model, location or custodian; Chinese works (e.g. 计算机)' })
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

  @ApiPropertyOptional({ example: 'D-EDU' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId?: string;

  @ApiPropertyOptional({ enum: ASSET_CONDITIONS })
  @IsOptional()
  @IsIn(ASSET_CONDITIONS)
  condition?: AssetCondition;

  @ApiPropertyOptional({ description: 'Substring of the location' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  location?: string;

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

  @ApiPropertyOptional({ description: 'Acquired on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  acquiredFrom?: string;

  @ApiPropertyOptional({ description: 'Acquired on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  acquiredTo?: string;

  @ApiPropertyOptional({ description: 'Page size', default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page (nextCursor)' })
  @IsOptional()
  @Matches(/^\d+\.\d+$/, { message: 'cursor must be a nextCursor value from a previous page' })
  cursor?: string;
}
