import { LifeTableRow } from './life-table';

/** The straight-line schedule an asset follows from `fromMonth`: `baseFen` over `months`, the remainder in the last one. */
export interface Schedule {
  readonly assetId: string;
  readonly fromMonth: string;
  /** Net book value when the schedule started (原值 − 累计折旧 then). */
  readonly baseFen: number;
  /** Months of life left when it started; the last of them takes whatever is left. */
  readonly months: number;
  /** The useful life (months) it was derived from; another life in a later table starts a new schedule. */
  readonly lifeMonths: number;
}

export interface LifeTableLoaded {
  readonly type: 'depreciation.life-table-loaded.v1';
  readonly data: {
    readonly version: number;
    /** First month the table governs (never a closed one). */
    readonly effectiveFrom: string;
    readonly source: string;
    readonly reason: string;
    readonly rows: readonly LifeTableRow[];
    readonly loadedBy: string;
  };
}

/**
 * One department's charges (计提折旧) for one month, in parts of at most CHARGES_PER_EVENT assets so an
 * event stays well under the stores' size limits. Only assets with a charge appear.
 */
export interface DepreciationCharged {
  readonly type: 'depreciation.charged.v1';
  readonly data: {
    readonly month: string;
    readonly departmentId: string;
    /** 1, 2, … within the department and month. */
    readonly part: number;
    readonly tableVersion: number;
    readonly assetIds: readonly string[];
    /** 分, same order as assetIds. */
    readonly amountsFen: readonly number[];
    readonly totalFen: number;
    /** Schedules started this month (first charge, or after a correction or a new life). */
    readonly schedules: readonly Schedule[];
  };
}

/** The month is closed: every charge of it precedes this event in the ledger, and nothing of the month is written again. */
export interface DepreciationMonthClosed {
  readonly type: 'depreciation.month-closed.v1';
  readonly data: {
    readonly month: string;
    readonly tableVersion: number;
    readonly assetsCharged: number;
    readonly departments: number;
    readonly totalFen: number;
    /** Depreciable-looking assets whose category has no row in the table, by significant prefix. */
    readonly withoutLife: readonly { readonly prefix: string; readonly assets: number }[];
    readonly closedBy: string;
  };
}

export type DepreciationEvent = LifeTableLoaded | DepreciationCharged | DepreciationMonthClosed;
export type DepreciationEventType = DepreciationEvent['type'];

export const DEPRECIATION_EVENT_TYPES: readonly DepreciationEventType[] = [
  'depreciation.life-table-loaded.v1',
  'depreciation.charged.v1',
  'depreciation.month-closed.v1',
];

export function isDepreciationEvent(event: { type: string }): event is DepreciationEvent {
  return (DEPRECIATION_EVENT_TYPES as readonly string[]).includes(event.type);
}

/**
 * One stream holds the tables, the charges and the closes: a close appends at the revision it read, so two
 * closes (or a close and a table load) can never interleave, and a month's charges and its close commit together.
 */
export const DEPRECIATION_LEDGER_STREAM = 'depreciation-ledger';

export const CHARGES_PER_EVENT = 2000;
