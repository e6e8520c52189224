import type { AssetEvent } from '@app/assets/domain/asset.events';
import { AssetBooks } from './asset-books';
import { DepreciationEvent } from './depreciation.events';
import { LifeTable } from './life-table';
import { chinaMonthOf } from './months';

/**
 * A month whose charges are partly written: a close appends in pieces (an append has a size limit), so a
 * crash can leave some units' charges without the close. The next close of that month charges the rest.
 * Which books it charged, each book knows (`AssetBooks.chargedIn`).
 */
export interface OpenMonth {
  readonly month: string;
  /** Assets charged so far (a charge of an asset not among the books counts too: the ledger folded alone). */
  charged: number;
  readonly partsByDepartment: Map<string, number>;
  totalFen: number;
}

export interface LedgerState {
  /** Asset books. Folded in place (a district has a million cards): a fold owns its books, never shares them. */
  readonly assets: AssetBooks;
  /** Loaded tables, oldest first (version 0, shipped, is not among them). */
  readonly tables: LifeTable[];
  /** Closed months, ascending. */
  readonly closed: string[];
  /** Charges written for a month not closed yet (an interrupted close), or null. */
  open: OpenMonth | null;
}

export const initialLedgerState = (): LedgerState => ({ assets: new AssetBooks(), tables: [], closed: [], open: null });

export type LedgerEvent = AssetEvent | DepreciationEvent;

/** Card fields whose change restarts the schedule from the next charged month over the remaining life. */
const SCHEDULE_FIELDS = ['originalValueFen', 'accumulatedDepreciationFen', 'categoryCode', 'acquiredOn'] as const;

/** Folds asset and ledger events in global order; `occurredAt` dates a removal. */
export function evolveLedger(state: LedgerState, event: LedgerEvent, occurredAt?: string): LedgerState {
  switch (event.type) {
    case 'asset.registered.v1': {
      const d = event.data;
      state.assets.register({
        assetId: d.assetId,
        departmentId: d.departmentId,
        categoryCode: d.categoryCode,
        acquiredOn: d.acquiredOn,
        originalValueFen: d.originalValueFen,
        openingFen: d.accumulatedDepreciationFen ?? 0,
        registeredMonth: occurredAt ? chinaMonthOf(occurredAt) : null,
      });
      return state;
    }
    case 'asset.corrected.v1': {
      const i = state.assets.indexOf(event.data.assetId);
      if (i === undefined) return state;
      const c = event.data.corrected;
      state.assets.correct(i, {
        originalValueFen: c.originalValueFen,
        openingFen: c.accumulatedDepreciationFen,
        categoryCode: c.categoryCode,
        acquiredOn: c.acquiredOn,
      });
      if (SCHEDULE_FIELDS.some((f) => c[f] !== undefined)) state.assets.setSchedule(i, null);
      return state;
    }
    case 'asset.transferred.v1': {
      const i = state.assets.indexOf(event.data.assetId);
      if (i !== undefined) state.assets.moveTo(i, event.data.toDepartmentId);
      return state;
    }
    case 'asset.written-off.v1': {
      // 当月减少的固定资产当月不再计提: no charge from the month of the write-off on.
      const i = state.assets.indexOf(event.data.assetId);
      if (i !== undefined && occurredAt) state.assets.remove(i, chinaMonthOf(occurredAt));
      return state;
    }
    case 'depreciation.life-table-loaded.v1': {
      const { version, effectiveFrom, source, rows } = event.data;
      state.tables.push({ version, effectiveFrom, source, rows });
      return state;
    }
    case 'depreciation.charged.v1': {
      const d = event.data;
      for (const s of d.schedules) {
        const i = state.assets.indexOf(s.assetId);
        if (i !== undefined) state.assets.setSchedule(i, s);
      }
      if (state.open?.month !== d.month) state.open = { month: d.month, charged: 0, partsByDepartment: new Map(), totalFen: 0 };
      const open = state.open;
      open.partsByDepartment.set(d.departmentId, Math.max(open.partsByDepartment.get(d.departmentId) ?? 0, d.part));
      open.totalFen += d.totalFen;
      d.assetIds.forEach((assetId, i) => {
        const book = state.assets.indexOf(assetId);
        if (book === undefined || state.assets.charge(book, d.month, d.amountsFen[i])) open.charged++;
      });
      return state;
    }
    case 'depreciation.month-closed.v1':
      state.closed.push(event.data.month);
      state.open = null;
      return state;
    default:
      // Listings, claims, approvals, relocations: nothing depreciation needs.
      void occurredAt;
      return state;
  }
}

/** The month an event happened in (China time), for removals dated by their event. */
export const eventMonth = (occurredAt: string): string => chinaMonthOf(occurredAt);
