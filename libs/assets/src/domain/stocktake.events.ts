/**
 * 清查盘点: a count of one department's assets (or of those at one place in it). Each event is on the task's own
 * stream; the assets' cards are only read (a surplus card is registered on its own stream, then linked here).
 */

/** An asset as the task needs it: what the label says and where the card puts it. */
export interface StocktakeAsset {
  readonly assetId: string;
  readonly assetNo: string;
  readonly assetName: string;
  readonly departmentId: string;
  readonly location: string;
  readonly custodian: string;
}

export interface StocktakeOpened {
  readonly type: 'stocktake.opened.v1';
  readonly data: {
    readonly stocktakeId: string;
    readonly title: string;
    readonly departmentId: string;
    /** Null: the whole department; else only the cards at this 存放地点. */
    readonly location: string | null;
    readonly openedBy: string;
    readonly openedAt: string;
    /** The cards in scope when the task opened (from the assets' own streams): what the count is checked against. */
    readonly expected: readonly StocktakeAsset[];
  };
}

/** found: expected and seen; found_elsewhere: seen here but the card is another department's or at another place. */
export type CountOutcome = 'found' | 'found_elsewhere';
export type CountMethod = 'scan' | 'typed';

export interface StocktakeCounted {
  readonly type: 'stocktake.counted.v1';
  readonly data: {
    readonly stocktakeId: string;
    readonly outcome: CountOutcome;
    readonly asset: StocktakeAsset;
    /** Where the counter saw it (null: not said, taken as the card's place). */
    readonly foundAt: string | null;
    readonly method: CountMethod;
    readonly countedBy: string;
    readonly countedAt: string;
  };
}

/** 盘盈: an asset on site with no card; a new card was registered for it (on its own stream) and linked here. */
export interface StocktakeSurplusRecorded {
  readonly type: 'stocktake.surplus-recorded.v1';
  readonly data: {
    readonly stocktakeId: string;
    readonly asset: StocktakeAsset;
    readonly recordedBy: string;
    readonly recordedAt: string;
  };
}

/** 盘亏: the manager confirms an expected asset is missing. The card stays on the books until a disposal writes it off. */
export interface StocktakeShortageRecorded {
  readonly type: 'stocktake.shortage-recorded.v1';
  readonly data: {
    readonly stocktakeId: string;
    readonly asset: StocktakeAsset;
    readonly reason: string;
    readonly recordedBy: string;
    readonly recordedAt: string;
  };
}

/** 签字结束: the department's asset manager signs the result; every expected asset neither counted nor short is not found. */
export interface StocktakeClosed {
  readonly type: 'stocktake.closed.v1';
  readonly data: {
    readonly stocktakeId: string;
    readonly notFound: readonly StocktakeAsset[];
    readonly signedOffBy: string;
    readonly signedOffName: string;
    readonly opinion: string;
    readonly closedAt: string;
  };
}

export type StocktakeEvent = StocktakeOpened | StocktakeCounted | StocktakeSurplusRecorded | StocktakeShortageRecorded | StocktakeClosed;

export const STOCKTAKE_EVENT_TYPES: readonly StocktakeEvent['type'][] = [
  'stocktake.opened.v1',
  'stocktake.counted.v1',
  'stocktake.surplus-recorded.v1',
  'stocktake.shortage-recorded.v1',
  'stocktake.closed.v1',
];

export const STOCKTAKE_STREAM_PREFIX = 'stocktake-';
export const stocktakeStreamId = (stocktakeId: string) => `${STOCKTAKE_STREAM_PREFIX}${stocktakeId}`;
