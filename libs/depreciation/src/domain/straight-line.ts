import { AssetBook, netBookValueFen } from './asset-books';
import { Schedule } from './depreciation.events';
import { monthOf, monthsBetween } from './months';

export interface MonthlyCharge {
  readonly chargeFen: number;
  /** Set when this month starts a schedule (first charge, after a correction, or under another life). */
  readonly startsSchedule: Schedule | null;
}

/**
 * 年限平均法, monthly, in whole 分. No residual value (准则第3号: 计提折旧时不考虑预计净残值), so the asset is
 * depreciated down to 0. A schedule spreads the net book value at its start over the months of life left
 * then: floor(base / months) each month and whatever is left in the last, so the charges add up to the
 * base exactly. The first month charged is the month of acquisition (当月增加当月计提); a card registered
 * after that month was closed, or registered with 累计折旧 already (an imported card), starts its schedule
 * at the first month closed after it, over the life that remains; past its life, all that is left is charged at once.
 */
export function monthlyCharge(book: AssetBook, month: string, lifeMonths: number): MonthlyCharge {
  const none = { chargeFen: 0, startsSchedule: null };
  if (book.removedMonth !== null && book.removedMonth <= month) return none;
  const start = monthOf(book.acquiredOn);
  if (start > month) return none;
  const net = netBookValueFen(book);
  if (net <= 0) return none;
  let schedule = book.schedule;
  let startsSchedule: Schedule | null = null;
  if (schedule === null || schedule.lifeMonths !== lifeMonths || schedule.fromMonth > month) {
    const months = Math.max(1, lifeMonths - monthsBetween(start, month));
    schedule = { assetId: book.assetId, fromMonth: month, baseFen: net, months, lifeMonths };
    startsSchedule = schedule;
  }
  const elapsed = monthsBetween(schedule.fromMonth, month);
  const chargeFen = elapsed >= schedule.months - 1 ? net : Math.min(net, Math.floor(schedule.baseFen / schedule.months));
  return { chargeFen, startsSchedule };
}
