import { RecordedEvent } from '@app/event-store';
export { addMonths, chinaMonthOf, DEPRECIATION_LEDGER_STREAM } from '@app/depreciation';

/** The ledger's charge events folded plainly, as an auditor would from an export: no read model involved. */
export class MonthlyChargeFold {
  constructor(private readonly events: readonly RecordedEvent[]) {}

  private charges(): { month: string; departmentId: string; assetId: string; fen: number }[] {
    return this.events
      .filter((e) => e.type === 'depreciation.charged.v1')
      .flatMap((e) => {
        const d = e.data as { month: string; departmentId: string; assetIds: string[]; amountsFen: number[] };
        return d.assetIds.map((assetId, i) => ({ month: d.month, departmentId: d.departmentId, assetId, fen: d.amountsFen[i] }));
      });
  }

  chargedUpTo(assetId: string, month: string): number {
    return this.charges()
      .filter((c) => c.assetId === assetId && c.month <= month)
      .reduce((s, c) => s + c.fen, 0);
  }

  /** [department, total 分, assets] for a month, by department. */
  byDepartment(month: string): [string, number, number][] {
    const totals = new Map<string, [number, number]>();
    for (const c of this.charges().filter((x) => x.month === month)) {
      const t = totals.get(c.departmentId) ?? [0, 0];
      totals.set(c.departmentId, [t[0] + c.fen, t[1] + 1]);
    }
    return [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, [fen, n]]) => [d, fen, n]);
  }
}
