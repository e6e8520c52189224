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

interface RegisterRow {
  department_id: string;
  class_code: string;
  major_code: string | null;
  n: string;
  original: string;
  nbv: string;
}

interface HeldRow {
  department_id: string;
  asset_ms: string | null;
  idle_ms: string | null;
}

/** Above this many units a scope reads the monthly changes (like the city) rather than one range scan per unit. */
const SCOPE_BY_UNIT = 20;

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
    const rows = await (units === null || units.length > SCOPE_BY_UNIT
      ? this.registerFromChanges(at, view, units)
      : this.registerByUnit(at, view, units));
    return rows.map((r) => ({
      departmentId: r.department_id,
      classCode: r.class_code,
      majorCode: r.major_code,
      count: Number(r.n),
      originalValueFen: Number(r.original),
      netBookValueFen: Number(r.nbv),
    }));
  }

  /** One GiST range scan per unit: grows with the units' own history. */
  private registerByUnit(at: Date, view: AsOfView, units: readonly string[]): Promise<RegisterRow[]> {
    const c = COLUMNS[view];
    return this.dataSource.query<RegisterRow[]>(
      `SELECT h.department_id, h.${c.cls} AS class_code, h.${c.major} AS major_code, count(*) AS n,
              sum(h.${c.value}) AS original, sum(h.${c.value} - h.${c.depreciation}) AS nbv
         FROM unnest($2::text[]) AS u(id)
         JOIN LATERAL (SELECT * FROM asset_history a WHERE a.department_id = u.id AND tstzrange(a.valid_from, a.valid_to) @> $1::timestamptz) h ON true
        GROUP BY 1, 2, 3`,
      [at, [...new Set(units)]],
    );
  }

  /**
   * The months before the month boundary nearest `at` from asset_history_changes, then the stretches
   * that start (+1) or end (−1) between that boundary and `at` (added when the boundary is before,
   * taken off when after): at most half a month of stretches, whatever the city's size. A scope is
   * filtered after summing: OFFSET 0 keeps the planner from pushing a list of many units into the
   * stretch reads, where it would pick the department index and read the units' whole history.
   */
  private registerFromChanges(at: Date, view: AsOfView, units: readonly string[] | null): Promise<RegisterRow[]> {
    const c = COLUMNS[view];
    const edge = (col: string, sign: string) =>
      `SELECT h.department_id, h.${c.cls}, h.${c.major}, ${sign}k.sign, ${sign}k.sign * h.${c.value},
              ${sign}k.sign * (h.${c.value} - h.${c.depreciation})
         FROM k JOIN asset_history h ON h.${col} >= k.a AND h.${col} < k.b`;
    return this.dataSource.query<RegisterRow[]>(
      `WITH m AS (SELECT date_trunc('month', $1::timestamptz, 'UTC') AS lo,
                         date_add(date_trunc('month', $1::timestamptz, 'UTC'), interval '1 month', 'UTC') AS hi),
            n AS (SELECT CASE WHEN $1::timestamptz - m.lo <= m.hi - $1::timestamptz THEN m.lo ELSE m.hi END AS near FROM m),
            -- stretches starting or ending in [a, b) count with sign: [near, at] when near is before, (at, near) when after
            k AS (SELECT n.near, CASE WHEN n.near <= $1 THEN n.near ELSE $1 + interval '1 microsecond' END AS a,
                         CASE WHEN n.near <= $1 THEN $1 + interval '1 microsecond' ELSE n.near END AS b,
                         CASE WHEN n.near <= $1 THEN 1 ELSE -1 END AS sign FROM n)
       SELECT department_id, class_code, major_code, sum(n) AS n, sum(original) AS original, sum(nbv) AS nbv
         FROM (SELECT g.department_id, g.category_class, nullif(g.category_major, ''), g.assets, g.value_fen, g.net_book_value_fen
                 FROM k JOIN asset_history_changes g ON g.bucket < k.near AND g.view = $2
               UNION ALL ${edge('valid_from', '')}
               UNION ALL ${edge('valid_to', '-')}
               OFFSET 0) AS p(department_id, class_code, major_code, n, original, nbv)
        ${units === null ? '' : 'WHERE department_id = ANY($3::text[])'}
        GROUP BY 1, 2, 3 HAVING sum(n) > 0`,
      units === null ? [at, view] : [at, view, [...new Set(units)]],
    );
  }

  /**
   * Per department, the ms of [from, to) it held assets and the ms they were idle; a department that
   * held assets only before the period is there with zero. `units` null = every department.
   */
  async heldTime(from: Date, to: Date, units: readonly string[] | null): Promise<HeldTime[]> {
    const rows = await (units === null || units.length > SCOPE_BY_UNIT
      ? this.heldFromChanges(from, to, units)
      : this.heldByUnit(from, to, units));
    return rows.map((r) => ({ departmentId: r.department_id, assetMs: Number(r.asset_ms ?? 0), idleMs: Number(r.idle_ms ?? 0) }));
  }

  private heldByUnit(from: Date, to: Date, units: readonly string[]): Promise<HeldRow[]> {
    const overlap = `greatest(extract(epoch FROM least(h.valid_to, $2) - greatest(h.valid_from, $1)), 0) * 1000`;
    return this.dataSource.query<HeldRow[]>(
      `SELECT u.id AS department_id, t.asset_ms, t.idle_ms FROM unnest($3::text[]) AS u(id)
         CROSS JOIN LATERAL (SELECT sum(${overlap}) AS asset_ms, coalesce(sum(${overlap}) FILTER (WHERE h.idle), 0) AS idle_ms
                               FROM asset_history h
                              WHERE h.department_id = u.id AND tstzrange(h.valid_from, h.valid_to) && tstzrange($1, $2)) t
        WHERE t.asset_ms IS NOT NULL
           OR EXISTS (SELECT 1 FROM asset_history e
                       WHERE e.department_id = u.id AND tstzrange(e.valid_from, e.valid_to) && tstzrange('-infinity', $2))`,
      [from, to, [...new Set(units)]],
    );
  }

  /**
   * Asset-time as the sum of each change times the time from it (or from the period's start) to the
   * period's end: whole months before the period and whole months inside it from asset_history_changes
   * (Σ change·instant), exactly the stretches starting or ending in a month the period cuts (none for a
   * period from month start to month start). A department is listed when any stretch of it starts before `to`.
   */
  private heldFromChanges(from: Date, to: Date, units: readonly string[] | null): Promise<HeldRow[]> {
    const edge = (col: string, sign: string, starts: number) =>
      `SELECT h.department_id, ${sign}(k.tm - greatest(round(extract(epoch FROM h.${col}) * 1000), k.fm)),
              CASE WHEN h.idle THEN ${sign}(k.tm - greatest(round(extract(epoch FROM h.${col}) * 1000), k.fm)) ELSE 0 END, ${starts}
         FROM k JOIN LATERAL (VALUES (k.lo, CASE WHEN k.lo >= k.f AND k.lo1 <= k.t THEN k.lo ELSE least(k.lo1, k.t) END),
                                     (greatest(k.hi, k.lo1), k.t)) AS r(a, b) ON true
         JOIN asset_history h ON h.${col} >= r.a AND h.${col} < r.b`;
    const months = `FROM k JOIN asset_history_changes g ON g.view = 'original'`;
    return this.dataSource.query<HeldRow[]>(
      `WITH k AS (SELECT $1::timestamptz AS f, $2::timestamptz AS t, round(extract(epoch FROM $1::timestamptz) * 1000) AS fm,
                         round(extract(epoch FROM $2::timestamptz) * 1000) AS tm, date_trunc('month', $1::timestamptz, 'UTC') AS lo,
                         date_add(date_trunc('month', $1::timestamptz, 'UTC'), interval '1 month', 'UTC') AS lo1,
                         date_trunc('month', $2::timestamptz, 'UTC') AS hi)
       SELECT department_id, sum(asset_ms) AS asset_ms, sum(idle_ms) AS idle_ms
         FROM (SELECT g.department_id, g.assets * (k.tm - k.fm), g.idle_assets * (k.tm - k.fm), g.stretches ${months}
                  AND date_add(g.bucket, interval '1 month', 'UTC') <= k.f
               UNION ALL
               SELECT g.department_id, g.assets * k.tm - g.assets_at_ms, g.idle_assets * k.tm - g.idle_at_ms, g.stretches ${months}
                  AND g.bucket >= k.f AND date_add(g.bucket, interval '1 month', 'UTC') <= k.t
               UNION ALL ${edge('valid_from', '', 1)}
               UNION ALL ${edge('valid_to', '-', 0)}
               OFFSET 0) AS p(department_id, asset_ms, idle_ms, starts)
        ${units === null ? '' : 'WHERE department_id = ANY($3::text[])'}
        GROUP BY 1 HAVING sum(starts) > 0`,
      units === null ? [from, to] : [from, to, [...new Set(units)]],
    );
  }
}
