import { Actor, Decision } from '@app/shared';
import { AssetError } from './asset.errors';
import { text } from './card-invariants';
import { CountMethod, StocktakeAsset, StocktakeEvent } from './stocktake.events';
import { evolveStocktake, initialStocktakeState, OpenStocktakeState, StocktakeState } from './stocktake.state';

interface OnTask {
  readonly actor: Actor;
  readonly stocktakeId: string;
  /** ISO time the command is decided at. */
  readonly now: string;
}

export interface OpenStocktake extends OnTask {
  readonly kind: 'OpenStocktake';
  readonly title: string;
  readonly departmentId: string;
  readonly location: string | null;
  /** The department's cards in scope now, as their own streams fold them (the handler reads them). */
  readonly expected: readonly StocktakeAsset[];
}

export interface CountStocktakeAsset extends OnTask {
  readonly kind: 'CountStocktakeAsset';
  /** The number scanned or typed, for the refusal when no card has it. */
  readonly assetNo: string;
  /** The card with that number as its stream folds it now; null when there is none (or it is written off). */
  readonly asset: StocktakeAsset | null;
  readonly foundAt: string | null;
  readonly method: CountMethod;
}

export interface RecordStocktakeSurplus extends OnTask {
  readonly kind: 'RecordStocktakeSurplus';
  /** The card just registered for the surplus asset. */
  readonly asset: StocktakeAsset;
}

export interface RecordStocktakeShortage extends OnTask {
  readonly kind: 'RecordStocktakeShortage';
  readonly assetId: string;
  readonly reason: string;
}

export interface CloseStocktake extends OnTask {
  readonly kind: 'CloseStocktake';
  /** 盘点结论 / 签字意见 of the signing manager. */
  readonly opinion: string;
}

export type StocktakeCommand = OpenStocktake | CountStocktakeAsset | RecordStocktakeSurplus | RecordStocktakeShortage | CloseStocktake;

const invalid = (field: string, message: string) => new AssetError('INVALID_STOCKTAKE_FIELD', message, { field });

/** Only the department's own people take part; opening, surplus, shortage and sign-off are the asset manager's. */
function refusal(actor: Actor, departmentId: string, managerOnly: boolean): AssetError | null {
  if (actor.departmentId !== departmentId) {
    return new AssetError('NOT_YOUR_DEPARTMENT', `盘点任务属于 ${departmentId}，只有该单位人员可以参与`);
  }
  if (managerOnly && actor.role !== 'asset_manager') {
    return new AssetError('STOCKTAKE_MANAGER_ONLY', '只有本单位资产管理员可以执行此操作（盘点人员只能清点）');
  }
  if (!managerOnly && actor.role !== 'asset_manager' && actor.role !== 'department_staff') {
    return new AssetError('STOCKTAKE_MANAGER_ONLY', '只有本单位资产管理员或工作人员可以清点');
  }
  return null;
}

function openTask(state: StocktakeState, c: OnTask & { kind: string }, managerOnly: boolean): OpenStocktakeState | AssetError {
  if (state.status === 'none') return new AssetError('STOCKTAKE_NOT_FOUND', `没有盘点任务 ${c.stocktakeId}`);
  const refused = refusal(c.actor, state.departmentId, managerOnly);
  if (refused) return refused;
  if (state.status !== 'open') return new AssetError('STOCKTAKE_NOT_OPEN', '盘点任务已结束，不能再修改');
  return state;
}

/**
 * The cards in scope travel in the opening event (and those not found in the closing one): kept under half of
 * EventStoreDB's 1 MiB event limit, which the metadata shares. About 3,000 cards; a larger unit counts by place.
 */
export const STOCKTAKE_SCOPE_MAX_BYTES = 512 * 1024;

function open(c: OpenStocktake, state: StocktakeState): Decision<StocktakeEvent> {
  if (state.status !== 'none') return new AssetError('STOCKTAKE_ALREADY_EXISTS', `盘点任务 ${c.stocktakeId} 已存在`);
  const refused = refusal(c.actor, c.departmentId, true);
  if (refused) return refused;
  if (!text(100)(c.title)) return invalid('title', '盘点任务须有名称（不超过 100 字）');
  if (c.location !== null && !text(200)(c.location)) return invalid('location', '存放地点取值无效');
  const bytes = new TextEncoder().encode(JSON.stringify(c.expected)).length;
  if (bytes > STOCKTAKE_SCOPE_MAX_BYTES) {
    return new AssetError(
      'STOCKTAKE_SCOPE_TOO_LARGE',
      `本次盘点范围有 ${c.expected.length} 件资产，超出一次任务可容纳的数量，请按存放地点分别开展盘点`,
      {
        field: c.location === null ? 'location' : 'departmentId',
        cards: c.expected.length,
        bytes,
        limit: STOCKTAKE_SCOPE_MAX_BYTES,
      },
    );
  }
  return [
    {
      type: 'stocktake.opened.v1',
      data: {
        stocktakeId: c.stocktakeId,
        title: c.title.trim(),
        departmentId: c.departmentId,
        location: c.location?.trim() ?? null,
        openedBy: c.actor.userId,
        openedAt: c.now,
        expected: c.expected,
      },
    },
  ];
}

function count(c: CountStocktakeAsset, state: StocktakeState): Decision<StocktakeEvent> {
  const task = openTask(state, c, false);
  if (task instanceof AssetError) return task;
  // Another unit's card answers as an unknown number would: its existence and details are not this unit's to know.
  if (c.asset === null || c.asset.departmentId !== task.departmentId) {
    return new AssetError('STOCKTAKE_UNKNOWN_ASSET_NO', `没有编号为 ${c.assetNo} 的在账资产；如为账外资产请登记盘盈`, { field: 'assetNo' });
  }
  if (c.foundAt !== null && !text(200)(c.foundAt)) return invalid('foundAt', '发现地点取值无效');
  // The same label scanned twice (two counters, a retry) counts once.
  if (task.settled[c.asset.assetId] === 'counted' || task.settled[c.asset.assetId] === 'surplus') return [];
  if (task.settled[c.asset.assetId] === 'shortage') {
    return new AssetError('STOCKTAKE_ASSET_SETTLED', `资产 ${c.asset.assetNo} 已登记盘亏，不能再清点`);
  }
  return [
    {
      type: 'stocktake.counted.v1',
      data: {
        stocktakeId: c.stocktakeId,
        outcome: task.expected[c.asset.assetId] ? 'found' : 'found_elsewhere',
        asset: c.asset,
        foundAt: c.foundAt?.trim() || null,
        method: c.method,
        countedBy: c.actor.userId,
        countedAt: c.now,
      },
    },
  ];
}

function surplus(c: RecordStocktakeSurplus, state: StocktakeState): Decision<StocktakeEvent> {
  const task = openTask(state, c, true);
  if (task instanceof AssetError) return task;
  if (task.settled[c.asset.assetId] === 'surplus') return [];
  if (task.settled[c.asset.assetId] || task.expected[c.asset.assetId]) {
    return new AssetError('STOCKTAKE_ASSET_SETTLED', `资产 ${c.asset.assetNo} 已在账，不是盘盈`);
  }
  if (c.asset.departmentId !== task.departmentId) return invalid('departmentId', '盘盈资产须登记在盘点单位名下');
  return [
    {
      type: 'stocktake.surplus-recorded.v1',
      data: { stocktakeId: c.stocktakeId, asset: c.asset, recordedBy: c.actor.userId, recordedAt: c.now },
    },
  ];
}

function shortage(c: RecordStocktakeShortage, state: StocktakeState): Decision<StocktakeEvent> {
  const task = openTask(state, c, true);
  if (task instanceof AssetError) return task;
  const asset = task.expected[c.assetId];
  if (!asset) return new AssetError('STOCKTAKE_ASSET_NOT_EXPECTED', '该资产不在本次盘点范围内', { field: 'assetId' });
  if (task.settled[c.assetId] === 'shortage') return [];
  if (task.settled[c.assetId]) return new AssetError('STOCKTAKE_ASSET_SETTLED', `资产 ${asset.assetNo} 已清点到，不能登记盘亏`);
  if (!text(500)(c.reason)) return invalid('reason', '登记盘亏须说明原因');
  return [
    {
      type: 'stocktake.shortage-recorded.v1',
      data: { stocktakeId: c.stocktakeId, asset, reason: c.reason.trim(), recordedBy: c.actor.userId, recordedAt: c.now },
    },
  ];
}

function close(c: CloseStocktake, state: StocktakeState): Decision<StocktakeEvent> {
  const task = openTask(state, c, true);
  if (task instanceof AssetError) return task;
  if (!text(500)(c.opinion)) return invalid('opinion', '签字结束须填写盘点结论');
  const notFound = Object.values(task.expected).filter((a) => !task.settled[a.assetId]);
  return [
    {
      type: 'stocktake.closed.v1',
      data: {
        stocktakeId: c.stocktakeId,
        notFound,
        signedOffBy: c.actor.userId,
        signedOffName: c.actor.displayName,
        opinion: c.opinion.trim(),
        closedAt: c.now,
      },
    },
  ];
}

export function decideStocktake(command: StocktakeCommand, state: StocktakeState): Decision<StocktakeEvent> {
  switch (command.kind) {
    case 'OpenStocktake':
      return open(command, state);
    case 'CountStocktakeAsset':
      return count(command, state);
    case 'RecordStocktakeSurplus':
      return surplus(command, state);
    case 'RecordStocktakeShortage':
      return shortage(command, state);
    case 'CloseStocktake':
      return close(command, state);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

export const stocktakeDecider = { decide: decideStocktake, evolve: evolveStocktake, initialState: initialStocktakeState };
