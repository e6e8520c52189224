import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CategoryCatalog, CategoryLevel } from '@app/assets';
import { AssetHistoryQueries } from '../asset-history/asset-history.queries';
import type { AsOfView } from '../audit-log/audit.queries';

export interface RegisterSummaryRow {
  departmentId: string;
  classCode: string;
  className: string;
  majorCode: string | null;
  /** The group at the level asked (门类 … 品目); a card coded less deep stays at its own code. */
  categoryCode: string;
  categoryName: string;
  count: number;
  originalValueFen: number;
  netBookValueFen: number;
}

/** The levels an as-of summary can group by: the asset history keeps the 门类 and 大类 of each stretch only. */
export const AS_OF_SUMMARY_LEVELS: readonly CategoryLevel[] = [1, 2];

export interface IdleRateRow {
  departmentId: string;
  assetDays: number;
  idleDays: number;
  /** idleDays ÷ assetDays; null when the department held no assets in the period */
  idleRate: number | null;
}

export interface ReuseRow {
  departmentId: string;
  transfersReceived: number;
  reallocatedOriginalValueFen: number;
  /** avoided procurement at net book value */
  reallocatedNetBookValueFen: number;
  purchaseRequests: number;
  purchaseGateHits: number;
  purchasesOverridden: number;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const DAY_MS = 86400_000;

/** The figures finance bureaus and department heads decide from. Definitions are in the API docs. */
@Injectable()
export class ReportQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly history: AssetHistoryQueries,
    private readonly categories: CategoryCatalog,
  ) {}

  /**
   * Register by department and category: now from the register at any level (门类, 大类, 二级, 品目), or
   * as of an instant from the asset history (the assets on the books then, in the original or corrected
   * view) at 门类 or 大类 (AS_OF_SUMMARY_LEVELS). `units`: only these departments (null = all); a unit's
   * answer then reads only its own history.
   */
  async registerSummary(
    asOf?: Date,
    view: AsOfView = 'original',
    units: readonly string[] | null = null,
    level: CategoryLevel = 2,
  ): Promise<RegisterSummaryRow[]> {
    if (asOf) {
      if (!AS_OF_SUMMARY_LEVELS.includes(level)) throw new RangeError(`an as-of summary groups by 门类 or 大类, not level ${level}`);
      const sums = new Map<string, RegisterSummaryRow>();
      for (const g of await this.history.registerAsOf(asOf, view, units)) {
        const code = level === 1 ? g.classCode : (g.majorCode ?? g.classCode);
        const key = `${g.departmentId} ${code}`;
        const seen = sums.get(key);
        sums.set(
          key,
          seen
            ? {
                ...seen,
                count: seen.count + g.count,
                originalValueFen: seen.originalValueFen + g.originalValueFen,
                netBookValueFen: seen.netBookValueFen + g.netBookValueFen,
              }
            : this.summaryRow(
                g.departmentId,
                g.classCode,
                level === 1 ? null : g.majorCode,
                code,
                g.count,
                g.originalValueFen,
                g.netBookValueFen,
              ),
        );
      }
      return [...sums.values()].sort((x, y) =>
        `${x.departmentId}${x.classCode}${x.majorCode}`.localeCompare(`${y.departmentId}${y.classCode}${y.majorCode}`),
      );
    }
    // By 门类 and 大类 the register's own columns; deeper, the code cut to the level asked and padded back to
    // nine characters (A02010105 at 二级 → A02010100). Expressions chosen by level, never built from input.
    const group =
      level === 1
        ? 'category_class'
        : level === 2
          ? 'coalesce(category_major, category_class)'
          : `rpad(left(category_code, ${1 + 2 * level}), 9, '0')`;
    const rows = await this.dataSource.query<
      {
        department_id: string;
        category_class: string;
        category_major: string | null;
        category_group: string;
        n: string;
        original: string;
        nbv: string;
      }[]
    >(
      `SELECT department_id, category_class, ${level === 1 ? 'NULL::text' : 'category_major'} AS category_major, ${group} AS category_group,
              count(*) AS n, sum(original_value_fen) AS original,
              sum(original_value_fen - least(accumulated_depreciation_fen + charged_depreciation_fen, original_value_fen)) AS nbv
         FROM asset_register ${units === null ? '' : 'WHERE department_id = ANY($1::text[])'}
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3 NULLS FIRST, 4`,
      units === null ? [] : [[...units]],
    );
    return rows.map((r) =>
      this.summaryRow(
        r.department_id,
        r.category_class,
        r.category_major,
        r.category_group,
        Number(r.n),
        Number(r.original),
        Number(r.nbv),
      ),
    );
  }

  private summaryRow(
    departmentId: string,
    classCode: string,
    majorCode: string | null,
    code: string,
    count: number,
    originalValueFen: number,
    netBookValueFen: number,
  ): RegisterSummaryRow {
    const path = this.categories.resolve(code)?.path ?? [];
    const named = [...path].reverse().find((p) => p.name !== null);
    return {
      departmentId,
      classCode,
      className: this.className(classCode),
      majorCode,
      categoryCode: code,
      categoryName: named?.name ?? code,
      count,
      originalValueFen,
      netBookValueFen,
    };
  }

  /**
   * Idle rate over [from, to): Σ idle days ÷ Σ asset days per department, from the asset history: the
   * time in the period each asset was on the department's books, and of it the time it was listed in
   * the warehouse (until withdrawn, expired or handed over). Departments that held assets only before
   * the period are listed with zero days.
   */
  async idleRate(from: Date, to: Date, units: readonly string[] | null = null): Promise<IdleRateRow[]> {
    const held = await this.history.heldTime(from, to, units);
    return held
      .sort((a, b) => a.departmentId.localeCompare(b.departmentId))
      .map(({ departmentId, assetMs, idleMs }) => ({
        departmentId,
        assetDays: round3(assetMs / DAY_MS),
        idleDays: round3(idleMs / DAY_MS),
        idleRate: assetMs > 0 ? round3(idleMs / assetMs) : null,
      }));
  }

  /** Assets listed in the warehouse for more than `days` days without finding a receiver. */
  async longIdle(days: number, now: Date) {
    const rows = await this.dataSource.query<
      { asset_id: string; asset_no: string; name: string; department_id: string; listed_at: Date; original_value_fen: string }[]
    >(
      `SELECT asset_id, asset_no, name, department_id, listed_at, original_value_fen FROM marketplace_listings
        WHERE status = 'listed' AND listed_at <= $1 ORDER BY listed_at`,
      [new Date(now.getTime() - days * 86400_000)],
    );
    return rows.map((r) => ({
      assetId: r.asset_id,
      assetNo: r.asset_no,
      name: r.name,
      departmentId: r.department_id,
      listedAt: r.listed_at.toISOString(),
      idleDays: Math.floor((now.getTime() - r.listed_at.getTime()) / 86400_000),
      originalValueFen: Number(r.original_value_fen),
    }));
  }

  /** 盘活 in [from, to): transfers completed per receiving department, and the purchase gate per requesting department. */
  async reuse(from: Date, to: Date): Promise<ReuseRow[]> {
    const transfers = await this.dataSource.query<{ d: string; n: string; o: string; nbv: string }[]>(
      `SELECT to_department_id AS d, count(*) AS n, sum(original_value_fen) AS o, sum(net_book_value_fen) AS nbv
         FROM transfers WHERE status = 'completed' AND completed_at >= $1 AND completed_at < $2 GROUP BY to_department_id`,
      [from, to],
    );
    const purchases = await this.dataSource.query<{ d: string; n: string; hits: string; overridden: string }[]>(
      `SELECT department_id AS d, count(*) AS n, count(*) FILTER (WHERE gate_hit) AS hits, count(*) FILTER (WHERE status = 'overridden') AS overridden
         FROM purchase_requests WHERE requested_at >= $1 AND requested_at < $2 GROUP BY department_id`,
      [from, to],
    );
    const rows = new Map<string, ReuseRow>();
    const row = (d: string) =>
      rows.get(d) ?? {
        departmentId: d,
        transfersReceived: 0,
        reallocatedOriginalValueFen: 0,
        reallocatedNetBookValueFen: 0,
        purchaseRequests: 0,
        purchaseGateHits: 0,
        purchasesOverridden: 0,
      };
    for (const t of transfers)
      rows.set(t.d, {
        ...row(t.d),
        transfersReceived: Number(t.n),
        reallocatedOriginalValueFen: Number(t.o),
        reallocatedNetBookValueFen: Number(t.nbv),
      });
    for (const p of purchases)
      rows.set(p.d, {
        ...row(p.d),
        purchaseRequests: Number(p.n),
        purchaseGateHits: Number(p.hits),
        purchasesOverridden: Number(p.overridden),
      });
    return [...rows.values()].sort((a, b) => a.departmentId.localeCompare(b.departmentId));
  }

  private className(classCode: string): string {
    return this.categories.resolve(classCode)?.className ?? classCode;
  }
}
