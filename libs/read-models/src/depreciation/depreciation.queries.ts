import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { lifeOf, LifeTable, SHIPPED_LIFE_TABLE, tableInForce } from '@app/depreciation/domain/life-table';
import { addMonths } from '@app/depreciation/domain/months';
import { DepreciationAssetRow, DepreciationCardValueRow, DepreciationLifeTableRow, DepreciationMonthRow } from './depreciation.entities';

/** The first instant after a China month (its values are the ones in force before it), epoch ms. */
const monthEnd = (month: string): number => new Date(`${addMonths(month, 1)}-01T00:00:00+08:00`).getTime();
import { AssetDepreciationView, ClosedMonthView, DepreciationReportView, LifeTableView } from './depreciation.views';

/** Reads of the depreciation read model (never the event store). Money stays in integer 分 (bigint sums as text). */
@Injectable()
export class DepreciationQueries {
  constructor(private readonly dataSource: DataSource) {}

  async closedMonths(): Promise<ClosedMonthView[]> {
    const rows = await this.dataSource.getRepository(DepreciationMonthRow).find({ order: { month: 'DESC' } });
    return rows.map((r) => ({
      month: r.month,
      tableVersion: r.tableVersion,
      assetsCharged: r.assetsCharged,
      departments: r.departments,
      totalFen: Number(r.totalFen),
      withoutLife: r.withoutLife,
      closedBy: r.closedBy,
      closedAt: r.closedAt.toISOString(),
    }));
  }

  async tables(): Promise<LifeTableView[]> {
    const loaded = await this.dataSource.getRepository(DepreciationLifeTableRow).find({ order: { version: 'ASC' } });
    return [
      { ...SHIPPED_LIFE_TABLE, rows: [...SHIPPED_LIFE_TABLE.rows], reason: null, loadedBy: null, loadedAt: null },
      ...loaded.map((t) => ({
        version: t.version,
        effectiveFrom: t.effectiveFrom,
        source: t.source,
        reason: t.reason,
        loadedBy: t.loadedBy,
        loadedAt: t.loadedAt.toISOString(),
        rows: t.rows,
      })),
    ];
  }

  /** The month the next close must be: after the last closed, or the ledger's start before the first close (as the decider has it). */
  async nextMonth(configuredStart: string | null = null): Promise<string | null> {
    const [last] = await this.dataSource.query<{ month: string | null }[]>(`SELECT max(month) AS month FROM depreciation_months`);
    if (last.month !== null) return addMonths(last.month, 1);
    return configuredStart ?? this.ledgerStart();
  }

  /** The month the first card whose category depreciates (in the table in force then) entered the books, or null. */
  private async ledgerStart(): Promise<string | null> {
    const firsts = await this.dataSource.query<{ category_code: string; month: string }[]>(
      `SELECT a.category_code, to_char(min(v.effective_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month
         FROM depreciation_card_values v JOIN depreciation_assets a USING (asset_id) GROUP BY a.category_code ORDER BY month`,
    );
    const tables = await this.loadedTables();
    const first = firsts.find((f) => lifeOf(tableInForce(tables, f.month), f.category_code).kind !== 'not_depreciated');
    return first?.month ?? null;
  }

  /**
   * One card's depreciation up to `asOf` (a month; null: every closed month): the 分 add up as the ledger's
   * events do. 原值 and opening 累计折旧 are the card's as they stood at the end of each month (a later
   * correction does not rewrite an earlier month). Charges beyond 原值 (原值 corrected below what was
   * already charged) are not taken off the net book value: it stays at 0, and `excessFen` shows them.
   */
  async forAsset(assetId: string, asOf: string | null, currentMonth: string): Promise<AssetDepreciationView | null> {
    const card = await this.dataSource.getRepository(DepreciationAssetRow).findOneBy({ assetId });
    if (!card) return null;
    const charges = await this.dataSource.query<{ month: string; amount_fen: string }[]>(
      `SELECT month, amount_fen FROM depreciation_charges WHERE asset_id = $1 AND ($2::text IS NULL OR month <= $2) ORDER BY month`,
      [assetId, asOf],
    );
    const versions = await this.dataSource
      .getRepository(DepreciationCardValueRow)
      .find({ where: { assetId }, order: { effectiveAt: 'ASC' } });
    const valuesAt = (month: string | null): { original: bigint; opening: bigint } => {
      const end = month === null ? null : monthEnd(month);
      const inForce = versions.filter((v) => end === null || v.effectiveAt.getTime() < end).pop() ?? versions[0];
      return inForce
        ? { original: BigInt(inForce.originalValueFen), opening: BigInt(inForce.openingFen) }
        : { original: BigInt(card.originalValueFen), opening: BigInt(card.openingFen) };
    };
    const book = (original: bigint, accumulated: bigint) => {
      const shown = accumulated > original ? original : accumulated;
      return { accumulatedFen: Number(shown), netBookValueFen: Number(original - shown), excessFen: Number(accumulated - shown) };
    };
    let charged = 0n;
    const schedule = charges.map((c) => {
      charged += BigInt(c.amount_fen);
      const { original, opening } = valuesAt(c.month);
      const { accumulatedFen, netBookValueFen } = book(original, opening + charged);
      return { month: c.month, chargeFen: Number(c.amount_fen), accumulatedFen, netBookValueFen };
    });
    const { original, opening } = valuesAt(asOf);
    const life = lifeOf(tableInForce(await this.loadedTables(), currentMonth), card.categoryCode);
    return {
      assetId: card.assetId,
      assetNo: card.assetNo,
      name: card.name,
      departmentId: card.departmentId,
      categoryCode: card.categoryCode,
      acquiredOn: card.acquiredOn,
      asOf,
      originalValueFen: Number(original),
      openingFen: Number(opening),
      chargedFen: Number(charged),
      ...book(original, opening + charged),
      lifeMonths: life.kind === 'life' ? life.months : null,
      lifeKind: life.kind,
      schedule,
    };
  }

  /** 本月折旧 by department for a month; `departmentIds` limits it to the caller's scope (null: all). */
  async report(month: string, departmentIds: readonly string[] | null, nameOf: (id: string) => string): Promise<DepreciationReportView> {
    const rows = await this.dataSource.query<{ department_id: string; assets: string; total: string }[]>(
      `SELECT department_id, count(*) AS assets, sum(amount_fen)::text AS total FROM depreciation_charges
        WHERE month = $1 AND ($2::text[] IS NULL OR department_id = ANY($2)) GROUP BY department_id ORDER BY department_id`,
      [month, departmentIds],
    );
    const [closed] = await this.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM depreciation_months WHERE month = $1`, [
      month,
    ]);
    const departments = rows.map((r) => ({
      departmentId: r.department_id,
      departmentName: nameOf(r.department_id),
      assets: Number(r.assets),
      totalFen: Number(r.total),
    }));
    return { month, closed: Number(closed.n) > 0, departments, totalFen: Number(rows.reduce((s, r) => s + BigInt(r.total), 0n)) };
  }

  private async loadedTables(): Promise<LifeTable[]> {
    const rows = await this.dataSource.getRepository(DepreciationLifeTableRow).find({ order: { version: 'ASC' } });
    return rows.map((t) => ({ version: t.version, effectiveFrom: t.effectiveFrom, source: t.source, rows: t.rows }));
  }
}
