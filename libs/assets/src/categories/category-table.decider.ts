import { Actor, Decision } from '@app/shared';
import { AssetError } from '../domain/asset.errors';
import { CategoryCatalog } from './category-catalog';
import { CategoryRow, contentHashOf, parseCategoryTableCsv } from './category-table';
import { STANDARD_CATEGORY_TABLE } from './standard-category-table';

/** One stream holds every table ever loaded; the last one loaded at or before an instant was in force then. */
export const CATEGORY_TABLE_STREAM_ID = 'category-table';

/** 载入分类表: the whole table, so that as-of never depends on a file kept elsewhere. */
export interface CategoryTableLoaded {
  readonly type: 'category-table.loaded.v1';
  readonly data: {
    readonly version: number;
    /** SHA-256 of the rows in code order (see contentHashOf). */
    readonly contentHash: string;
    readonly rowCount: number;
    readonly rows: readonly CategoryRow[];
    /** The file name or a description the operator gave. */
    readonly source: string;
    readonly loadedAt: string;
    readonly loadedBy: string;
  };
}

export type CategoryTableEvent = CategoryTableLoaded;

export interface LoadedCategoryTable {
  readonly version: number;
  readonly contentHash: string;
  readonly rows: readonly CategoryRow[];
  readonly source: string;
  readonly loadedAt: string;
  readonly loadedBy: string;
}

/** Every table loaded, oldest first. Before the first load, the shipped table is in force. */
export interface CategoryTableState {
  readonly loads: readonly LoadedCategoryTable[];
}

export const initialCategoryTableState = (): CategoryTableState => ({ loads: [] });

export function evolveCategoryTable(state: CategoryTableState, event: CategoryTableEvent): CategoryTableState {
  if (event.type !== 'category-table.loaded.v1') return state;
  const { version, contentHash, rows, source, loadedAt, loadedBy } = event.data;
  return { loads: [...state.loads, { version, contentHash, rows, source, loadedAt, loadedBy }] };
}

/** The shipped table, as a load of version 0 that was always in force. */
export const SHIPPED_TABLE: LoadedCategoryTable = {
  version: 0,
  contentHash: contentHashOf(STANDARD_CATEGORY_TABLE),
  rows: STANDARD_CATEGORY_TABLE,
  source: '内置分类表（可核实的部分）',
  loadedAt: '1970-01-01T00:00:00.000Z',
  loadedBy: 'system',
};

/** The table in force at an instant (ISO), or now when asOf is omitted. */
export function tableInForce(state: CategoryTableState, asOf?: string): LoadedCategoryTable {
  const loads = asOf === undefined ? state.loads : state.loads.filter((l) => l.loadedAt <= asOf);
  return loads.at(-1) ?? SHIPPED_TABLE;
}

export function catalogInForce(state: CategoryTableState, asOf?: string): CategoryCatalog {
  return new CategoryCatalog(tableInForce(state, asOf).rows);
}

export interface LoadCategoryTable {
  readonly kind: 'LoadCategoryTable';
  readonly actor: Actor;
  readonly now: string;
  readonly csv: string;
  readonly source: string;
}

/**
 * Rules for loading a table:
 * - only the 系统管理员 loads it (CATEGORY_TABLE_ADMIN_ONLY);
 * - the whole file is checked; any problem refuses the whole table, with every problem listed by row and
 *   column (CATEGORY_TABLE_INVALID) — nothing is written;
 * - a table with the same content as the one in force is already loaded: nothing new is written.
 */
export function decideCategoryTable(command: LoadCategoryTable, state: CategoryTableState): Decision<CategoryTableEvent> {
  if (command.actor.role !== 'system_admin') {
    return new AssetError('CATEGORY_TABLE_ADMIN_ONLY', 'only the system administrator loads the category table');
  }
  const { rows, problems } = parseCategoryTableCsv(command.csv);
  if (problems.length > 0) {
    return new AssetError('CATEGORY_TABLE_INVALID', `分类表有 ${problems.length} 处问题，未载入`, {
      field: 'csv',
      problems: problems.slice(0, 500),
      problemCount: problems.length,
    });
  }
  const contentHash = contentHashOf(rows);
  if (tableInForce(state).contentHash === contentHash) return [];
  const sorted = [...rows].sort((a, b) => a.code.localeCompare(b.code));
  return [
    {
      type: 'category-table.loaded.v1',
      data: {
        version: state.loads.length + 1,
        contentHash,
        rowCount: sorted.length,
        rows: sorted,
        source: command.source,
        loadedAt: command.now,
        loadedBy: command.actor.userId,
      },
    },
  ];
}

export const categoryTableDecider = {
  decide: decideCategoryTable,
  evolve: evolveCategoryTable,
  initialState: initialCategoryTableState,
};
