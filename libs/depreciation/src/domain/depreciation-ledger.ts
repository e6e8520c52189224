import type { AssetEvent } from '@app/assets/domain/asset.events';
import { DepreciationEvent, Schedule } from './depreciation.events';
import { LifeTable } from './life-table';
import { chinaMonthOf } from './months';

/** What depreciation needs of one asset card, and what has been charged on it so far. */
export interface AssetBook {
  readonly assetId: string;
  departmentId: string;
  categoryCode: string;
  /** YYYY-MM-DD: 当月增加当月计提, so its month is the first one charged. */
  acquiredOn: string;
  originalValueFen: number;
  /** 累计折旧 the card was registered (or corrected) with: imported cards bring theirs. */
  openingFen: number;
  /** Sum of the monthly charges recorded. */
  chargedFen: number;
  schedule: Schedule | null;
  /** Month the asset left the books (核销): 当月减少当月不再计提. */
  removedMonth: string | null;
  /** China month the card entered the books (its registration event; null when folded without instants). */
  readonly registeredMonth: string | null;
}

/**
 * A month whose charges are partly written: a close appends in pieces (an append has a size limit), so a
 * crash can leave some units' charges without the close. The next close of that month charges the rest.
 */
export interface OpenMonth {
  readonly month: string;
  readonly charged: Set<string>;
  readonly partsByDepartment: Map<string, number>;
  totalFen: number;
}

export interface LedgerState {
  /** Asset books by id. Folded in place (a district has a million cards): a fold owns its map, never shares it. */
  readonly assets: Map<string, AssetBook>;
  /** Loaded tables, oldest first (version 0, shipped, is not among them). */
  readonly tables: LifeTable[];
  /** Closed months, ascending. */
  readonly closed: string[];
  /** Charges written for a month not closed yet (an interrupted close), or null. */
  open: OpenMonth | null;
  /**
   * One copy of each text the books repeat (unit and category codes, dates, months). Each event brings its own
   * copies; kept per book, a million books would hold a million of each (about 130 bytes a book).
   */
  readonly texts: Map<string, string>;
}

export const initialLedgerState = (): LedgerState => ({ assets: new Map(), tables: [], closed: [], open: null, texts: new Map() });

function shared(state: LedgerState, text: string): string {
  const known = state.texts.get(text);
  if (known !== undefined) return known;
  state.texts.set(text, text);
  return text;
}

export type LedgerEvent = AssetEvent | DepreciationEvent;

/** Card fields whose change restarts the schedule from the next charged month over the remaining life. */
const SCHEDULE_FIELDS = ['originalValueFen', 'accumulatedDepreciationFen', 'categoryCode', 'acquiredOn'] as const;

export const netBookValueFen = (book: AssetBook): number => book.originalValueFen - book.openingFen - book.chargedFen;

/** Folds asset and ledger events in global order; `occurredAt` dates a removal. */
export function evolveLedger(state: LedgerState, event: LedgerEvent, occurredAt?: string): LedgerState {
  switch (event.type) {
    case 'asset.registered.v1': {
      const d = event.data;
      state.assets.set(d.assetId, {
        assetId: d.assetId,
        departmentId: shared(state, d.departmentId),
        categoryCode: shared(state, d.categoryCode),
        acquiredOn: shared(state, d.acquiredOn),
        originalValueFen: d.originalValueFen,
        openingFen: d.accumulatedDepreciationFen ?? 0,
        chargedFen: 0,
        schedule: null,
        removedMonth: null,
        registeredMonth: occurredAt ? shared(state, chinaMonthOf(occurredAt)) : null,
      });
      return state;
    }
    case 'asset.corrected.v1': {
      const book = state.assets.get(event.data.assetId);
      if (!book) return state;
      const c = event.data.corrected;
      if (c.originalValueFen !== undefined) book.originalValueFen = c.originalValueFen;
      if (c.accumulatedDepreciationFen !== undefined) book.openingFen = c.accumulatedDepreciationFen;
      if (c.categoryCode !== undefined) book.categoryCode = shared(state, c.categoryCode);
      if (c.acquiredOn !== undefined) book.acquiredOn = shared(state, c.acquiredOn);
      if (SCHEDULE_FIELDS.some((f) => c[f] !== undefined)) book.schedule = null;
      return state;
    }
    case 'asset.transferred.v1': {
      const book = state.assets.get(event.data.assetId);
      if (book) book.departmentId = shared(state, event.data.toDepartmentId);
      return state;
    }
    case 'asset.written-off.v1': {
      // 当月减少的固定资产当月不再计提: no charge from the month of the write-off on.
      const book = state.assets.get(event.data.assetId);
      if (book && occurredAt) book.removedMonth = shared(state, chinaMonthOf(occurredAt));
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
        const book = state.assets.get(s.assetId);
        // A copy that holds the book's own strings: the event's (and its copy of the id) can then be collected.
        if (book) book.schedule = { ...s, assetId: book.assetId, fromMonth: shared(state, s.fromMonth) };
      }
      if (state.open?.month !== d.month) state.open = { month: d.month, charged: new Set(), partsByDepartment: new Map(), totalFen: 0 };
      const open = state.open;
      open.partsByDepartment.set(d.departmentId, Math.max(open.partsByDepartment.get(d.departmentId) ?? 0, d.part));
      open.totalFen += d.totalFen;
      d.assetIds.forEach((assetId, i) => {
        const book = state.assets.get(assetId);
        open.charged.add(book?.assetId ?? assetId);
        if (book) book.chargedFen += d.amountsFen[i];
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
