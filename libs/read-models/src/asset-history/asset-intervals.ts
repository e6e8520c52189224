import { classCodeOf, majorCodeOf } from '@app/assets';

/** What the register and idle reports read of a card, in one view. Money in 分. */
export interface CardFigures {
  readonly categoryClass: string;
  readonly categoryMajor: string | null;
  readonly originalValueFen: number;
  readonly accumulatedDepreciationFen: number;
}

/**
 * One stretch [from, to) of an asset's time on the books in which nothing the reports read changed.
 * `original`: the card as the events recorded up to that instant said; `corrected`: the same with
 * every correction recorded later applied too. Department and idleness are the same in both views
 * (a correction changes card fields only). Times in ms; `to` is Infinity while open.
 */
export interface AssetInterval {
  readonly from: number;
  readonly to: number;
  readonly departmentId: string;
  /** listed in the warehouse (or in a transfer out of it), as the idle rate counts it */
  readonly idle: boolean;
  readonly original: CardFigures;
  readonly corrected: CardFigures;
}

/** An asset event as the history needs it: its type, data and decision time (ms). */
export interface TimedEvent {
  readonly type: string;
  readonly data: unknown;
  readonly at: number;
}

// Events carry what the deciders checked, but a stored event is never trusted to have a shape: odd
// values become the neutral ones instead of breaking the projection.
const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const fen = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) ? v : 0);
const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});

function figuresOf(card: Record<string, unknown>): CardFigures {
  const code = text(card.categoryCode);
  return {
    categoryClass: classCodeOf(code),
    categoryMajor: majorCodeOf(code),
    originalValueFen: fen(card.originalValueFen),
    accumulatedDepreciationFen: fen(card.accumulatedDepreciationFen),
  };
}

/** A correction's fields laid over the card, as evolveAsset does (`{ ...state, ...corrected }`). */
function overlay(card: CardFigures, corrected: Record<string, unknown>): CardFigures {
  const code = 'categoryCode' in corrected ? text(corrected.categoryCode) : null;
  return {
    categoryClass: code === null ? card.categoryClass : classCodeOf(code),
    categoryMajor: code === null ? card.categoryMajor : majorCodeOf(code),
    originalValueFen: 'originalValueFen' in corrected ? fen(corrected.originalValueFen) : card.originalValueFen,
    accumulatedDepreciationFen:
      'accumulatedDepreciationFen' in corrected ? fen(corrected.accumulatedDepreciationFen) : card.accumulatedDepreciationFen,
  };
}

type Change = (i: AssetInterval) => AssetInterval;

/** What an event does to a registered asset's reported state from its instant on (null: nothing). */
function changeOf(event: TimedEvent): { fromItsInstant: Change; before: Change | null } | null {
  const data = record(event.data);
  switch (event.type) {
    case 'asset.corrected.v1': {
      const fields = record(data.corrected);
      // Applied from its instant on in both views, and to every earlier instant in the corrected view.
      return {
        fromItsInstant: (i) => ({ ...i, original: overlay(i.original, fields), corrected: overlay(i.corrected, fields) }),
        before: (i) => ({ ...i, corrected: overlay(i.corrected, fields) }),
      };
    }
    case 'asset.listed.v1':
      return { fromItsInstant: (i) => ({ ...i, idle: true }), before: null };
    case 'asset.listing-withdrawn.v1':
    case 'asset.listing-expired.v1':
      return { fromItsInstant: (i) => ({ ...i, idle: false }), before: null };
    case 'asset.transferred.v1':
      return { fromItsInstant: (i) => ({ ...i, departmentId: text(data.toDepartmentId), idle: false }), before: null };
    default:
      // Relocations, claims, selections, approvals, rejections and handovers change nothing reported:
      // a claim selected or a transfer rejected keeps the asset listed, so idle.
      return null;
  }
}

const sameFigures = (a: CardFigures, b: CardFigures) =>
  a.categoryClass === b.categoryClass &&
  a.categoryMajor === b.categoryMajor &&
  a.originalValueFen === b.originalValueFen &&
  a.accumulatedDepreciationFen === b.accumulatedDepreciationFen;

export const sameState = (a: AssetInterval, b: AssetInterval) =>
  a.departmentId === b.departmentId && a.idle === b.idle && sameFigures(a.original, b.original) && sameFigures(a.corrected, b.corrected);

/** Adjacent stretches in the same state become one, so the rows are the same however events were batched. */
function merged(intervals: AssetInterval[]): AssetInterval[] {
  const out: AssetInterval[] = [];
  for (const i of intervals) {
    const last = out[out.length - 1];
    if (last && last.to === i.from && sameState(last, i)) out[out.length - 1] = { ...last, to: i.to };
    else out.push(i);
  }
  return out;
}

/**
 * The asset's stretches after one more event (the last in log order), given the stretches that end at
 * or after the instant it can affect, sorted by `from`. As of an instant t the state is the fold of the
 * events recorded at or before t (original view), plus the corrections recorded after t (corrected
 * view), in log order; so the newest event changes every state from its instant on (a correction: in
 * the corrected view, every state), and nothing before. This holds even when an event's instant is
 * earlier than the ones before it (a clock set back).
 */
export function applyEvent(intervals: readonly AssetInterval[], event: TimedEvent): AssetInterval[] {
  const at = event.at;
  if (event.type === 'asset.registered.v1') {
    const data = record(event.data);
    const card = figuresOf(data);
    const kept = intervals.filter((i) => i.from < at).map((i) => (i.to > at ? { ...i, to: at } : i));
    return merged([
      ...kept,
      { from: at, to: Infinity, departmentId: text(data.departmentId), idle: false, original: card, corrected: card },
    ]);
  }
  if (event.type === 'asset.written-off.v1') {
    // 核销: off the books from its instant on; every stretch before it stays as it was.
    return intervals.filter((i) => i.from < at).map((i) => (i.to > at ? { ...i, to: at } : i));
  }
  const change = changeOf(event);
  if (!change) return [...intervals];
  const out: AssetInterval[] = [];
  for (const i of intervals) {
    if (i.from >= at) out.push(change.fromItsInstant(i));
    else if (i.to <= at) out.push(change.before ? change.before(i) : i);
    else {
      const head = { ...i, to: at };
      out.push(change.before ? change.before(head) : head, change.fromItsInstant({ ...i, from: at }));
    }
  }
  return merged(out);
}

/** The earliest instant an event can change: rows ending before it are left as they are. */
export function reachOf(event: TimedEvent): number {
  return event.type === 'asset.corrected.v1' ? -Infinity : event.at;
}
