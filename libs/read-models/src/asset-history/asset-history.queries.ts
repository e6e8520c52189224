import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** original: as recorded then; corrected: with the corrections recorded later (the audit queries' AsOfView). */
type AsOfView = 'original' | 'corrected';

export interface RegisterGroup {
  departmentId: string;
  classCode: string;
  majorCode: string | null;
  count: number;
  originalValueFen: number;
  netBookValueFen: number;
}

export interface HeldTime {
  departmentId: string;
  /** ms in the period the department held assets, and of those ms the ones they were idle */
  assetMs: number;
  idleMs: number;
}

/** The card columns of each view; never built from input. */
const COLUMNS: Record<AsOfView, { cls: string; major: string; value: string; depreciation: string }> = {
  original: { cls: 'category_class', major: 'category_major', value: 'original_value_fen', depreciation: 'accumulated_depreciation_fen' },
  corrected: {
    cls: 'corrected_category_class',
    major: 'corrected_category_major',
    value: 'corrected_original_value_fen',
    depreciation: 'corrected_accumulated_depreciation_fen',
  },
};

/**
 * As-of and period figures as range scans over asset_history: the city in one aggregate, a list of
 * units one index range scan each (GiST on department and validity), so a unit's answer costs what
 * its own history holds. Sums come back from PostgreSQL; no asset's events are read into Node.
 */
@Injectable()
export class AssetHistoryQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Assets on the books at `at` by department, 门类 and 大类; `units` null = every department. */
  async registerAsOf(at: Date, view: AsOfView, units: readonly string[] | null): Promise<RegisterGroup[]> {
    const c = COLUMNS[view];
    const aggregate = `h.department_id, h.${c.cls} AS class_code, h.${c.major} AS major_code, count(*) AS n,
                       sum(h.${c.value}) AS original, sum(h.${c.value} - h.${c.depreciation}) AS nbv`;
    const rows = await this.dataSource.query<
      { department_id: string; class_code: string; major_code: string | null; n: string; original: string; nbv: string }[]
    >(
      units === null
        ? `SELECT ${aggregate} FROM asset_history h WHERE h.valid_from <= $1 AND h.valid_to > $1 GROUP BY 1, 2, 3`
        : `SELECT ${aggregate} FROM unnest($2::text[]) AS u(id)
             JOIN LATERAL (SELECT * FROM asset_history a WHERE a.department_id = u.id AND tstzrange(a.valid_from, a.valid_to) @> $1::timestamptz) h ON true
            GROUP BY 1, 2, 3`,
      units === null ? [at] : [at, [...new Set(units)]],
    );
    return rows.map((r) => ({
      departmentId: r.department_id,
      classCode: r.class_code,
      majorCode: r.major_code,
      count: Number(r.n),
      originalValueFen: Number(r.original),
      netBookValueFen: Number(r.nbv),
    }));
  }

  /**
   * Per department, the ms of [from, to) it held assets and the ms they were idle; a department that
   * held assets only before the period is there with zero. `units` null = every department.
   */
  async heldTime(from: Date, to: Date, units: readonly string[] | null): Promise<HeldTime[]> {
    const overlap = `greatest(extract(epoch FROM least(h.valid_to, $2) - greatest(h.valid_from, $1)), 0) * 1000`;
    const sums = `sum(${overlap}) AS asset_ms, coalesce(sum(${overlap}) FILTER (WHERE h.idle), 0) AS idle_ms`;
    const rows = await this.dataSource.query<{ department_id: string; asset_ms: string | null; idle_ms: string | null }[]>(
      units === null
        ? `SELECT h.department_id, ${sums} FROM asset_history h WHERE h.valid_from < $2 GROUP BY 1`
        : `SELECT u.id AS department_id, t.asset_ms, t.idle_ms FROM unnest($3::text[]) AS u(id)
             CROSS JOIN LATERAL (SELECT ${sums} FROM asset_history h
                                  WHERE h.department_id = u.id AND tstzrange(h.valid_from, h.valid_to) && tstzrange($1, $2)) t
            WHERE t.asset_ms IS NOT NULL
               OR EXISTS (SELECT 1 FROM asset_history e
                           WHERE e.department_id = u.id AND tstzrange(e.valid_from, e.valid_to) && tstzrange('-infinity', $2))`,
      units === null ? [from, to] : [from, to, [...new Set(units)]],
    );
    return rows.map((r) => ({ departmentId: r.department_id, assetMs: Number(r.asset_ms ?? 0), idleMs: Number(r.idle_ms ?? 0) }));
  }
}
