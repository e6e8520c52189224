import type { paths } from '../../../api/schema';

export type AssetQuery = NonNullable<paths['/api/assets']['get']['parameters']['query']>;
export type AssetStatus = NonNullable<AssetQuery['status']>;
export type AssetCondition = NonNullable<AssetQuery['condition']>;

export interface RegisterFilters {
  readonly q?: string;
  readonly categoryClass?: string;
  /** Any level (门类, 大类, 二级, 品目): the category and everything under it. */
  readonly category?: string;
  readonly status?: AssetStatus;
  readonly condition?: AssetCondition;
}

/** The same filters for the table, the facet counts and the export, always scoped to the manager's department. */
export function toAssetQuery(filters: RegisterFilters, departmentId: string | null | undefined): AssetQuery {
  const query: AssetQuery = { departmentId: departmentId ?? undefined };
  if (filters.q?.trim()) query.q = filters.q.trim();
  if (filters.categoryClass) query.categoryClass = filters.categoryClass;
  if (filters.category) query.category = filters.category;
  if (filters.status) query.status = filters.status;
  if (filters.condition) query.condition = filters.condition;
  return query;
}
