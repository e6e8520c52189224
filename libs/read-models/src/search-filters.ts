import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { ASSET_CONDITIONS, AssetCondition, CATEGORY_CODE_MESSAGE, CATEGORY_CODE_PATTERN, categoryPrefix } from '@app/assets';
import { DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN } from '@app/shared';
import { likePattern } from './like-pattern';

/** Filters shared by every search over assets and listings. */
export class SearchFiltersDto {
  @ApiPropertyOptional({ description: 'Substring search; Chinese works (e.g. 计算机)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ description: '门类 code', example: 'A02000000' })
  @IsOptional()
  @Matches(/^[A-Z]\d{2}0{6}$/, { message: 'categoryClass must be a 门类 code such as A02000000' })
  categoryClass?: string;

  @ApiPropertyOptional({ description: '大类 code', example: 'A02010000' })
  @IsOptional()
  @Matches(/^[A-Z]\d{4}0{4}$/, { message: 'categoryMajor must be a 大类 code such as A02010000' })
  categoryMajor?: string;

  @ApiPropertyOptional({
    description: 'Any level (门类, 大类, 二级, 品目): this category and every code under it',
    example: 'A02010100',
  })
  @IsOptional()
  @Matches(CATEGORY_CODE_PATTERN, { message: `category ${CATEGORY_CODE_MESSAGE}` })
  category?: string;

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

  @ApiPropertyOptional({ description: 'Page size', default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** Column names, per table, that the shared filters apply to. */
export interface FilterColumns {
  readonly searchText: string;
  readonly location: string;
  /** The column holding the full code, where the table has one (a filter by any level needs it). */
  readonly categoryCode?: string;
}

export function applySearchFilters<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  f: SearchFiltersDto,
  columns: FilterColumns,
): SelectQueryBuilder<T> {
  if (f.q) qb.andWhere(`${alias}.${columns.searchText} LIKE :q`, { q: likePattern(f.q) });
  if (f.location) qb.andWhere(`lower(${alias}.${columns.location}) LIKE :loc`, { loc: likePattern(f.location) });
  if (f.categoryClass) qb.andWhere(`${alias}.category_class = :cc`, { cc: f.categoryClass });
  if (f.categoryMajor) qb.andWhere(`${alias}.category_major = :cm`, { cm: f.categoryMajor });
  if (f.category) {
    // Below the 大类 only the full code tells; a table without it answers by its 门类/大类 columns.
    const code = columns.categoryCode;
    if (code) qb.andWhere(`${alias}.${code} LIKE :cat`, { cat: `${categoryPrefix(f.category)}%` });
    else qb.andWhere(`${alias}.category_class = :catClass`, { catClass: f.category.slice(0, 3) + '000000' });
  }
  if (f.departmentId) qb.andWhere(`${alias}.department_id = :dep`, { dep: f.departmentId });
  if (f.condition) qb.andWhere(`${alias}.condition = :cond`, { cond: f.condition });
  if (f.minValueFen !== undefined) qb.andWhere(`${alias}.original_value_fen >= :minV`, { minV: f.minValueFen });
  if (f.maxValueFen !== undefined) qb.andWhere(`${alias}.original_value_fen <= :maxV`, { maxV: f.maxValueFen });
  return qb;
}

/** Keeps rows of the listed units only (null: every unit); an empty list matches nothing. */
export function onlyUnits<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  condition: (inUnits: string) => string,
  units: readonly string[] | null,
) {
  if (units === null) return qb;
  if (units.length === 0) return qb.andWhere(condition('FALSE'));
  return qb.andWhere(condition('department_id IN (:...scopeUnits)'), { scopeUnits: [...units] });
}
