import { Actor, Decision } from '@app/shared';
import { netBookValueFen } from './asset-books';
import { evolveLedger, initialLedgerState, LedgerEvent, LedgerState } from './depreciation-ledger';
import { CHARGES_PER_EVENT, DepreciationCharged, DepreciationEvent, Schedule } from './depreciation.events';
import { DepreciationError } from './depreciation.errors';
import { lifeOf, LifeTableRow, lifeTableProblems, significantPrefix, tableInForce } from './life-table';
import { addMonths, chinaMonthOf, isMonth } from './months';
import { monthlyCharge } from './straight-line';

export interface CloseMonth {
  readonly kind: 'CloseDepreciationMonth';
  readonly actor: Actor;
  /** ISO instant the command is decided at. */
  readonly now: string;
  readonly month: string;
  /** The ledger's start as configured (DEPRECIATION_LEDGER_START), or null: the month its first depreciating card came. */
  readonly ledgerStart: string | null;
}

export interface LoadLifeTable {
  readonly kind: 'LoadLifeTable';
  readonly actor: Actor;
  readonly now: string;
  readonly effectiveFrom: string;
  readonly rows: readonly LifeTableRow[];
  readonly source: string;
  readonly reason: string;
}

export type DepreciationCommand = CloseMonth | LoadLifeTable;

/** 财政部门 and the system administrator keep the ledger; the system closes months on schedule. */
const KEEPERS = new Set(['finance_approver', 'system_admin', 'system']);

function mayKeep(actor: Actor): DepreciationError | null {
  return KEEPERS.has(actor.role)
    ? null
    : new DepreciationError('DEPRECIATION_NOT_ALLOWED', '只有财政部门或系统管理员可以计提折旧、维护折旧年限表');
}

/**
 * The ledger's start: the month the first card that depreciates (its category is not 不计提折旧 in the table
 * in force then) entered the books. Cards bring their 累计折旧 up to then; from then on the ledger charges
 * every month, so the first close is that month. Null: no such card (yet), or folded without instants.
 */
export function ledgerStartMonth(state: LedgerState): string | null {
  let start: string | null = null;
  for (let i = 0; i < state.assets.size; i++) {
    const month = state.assets.registeredMonthAt(i);
    if (month === null || (start !== null && month >= start)) continue;
    if (lifeOf(tableInForce(state.tables, month), state.assets.categoryAt(i)).kind === 'not_depreciated') continue;
    start = month;
  }
  return start;
}

/**
 * The month the next close must be: the one after the last closed, or the ledger's start for the first close
 * (the configured one, else the month its first depreciating card came; null: any ended month).
 */
export function nextMonthToClose(state: LedgerState, configuredStart: string | null = null): string | null {
  if (state.open !== null) return state.open.month;
  const last = state.closed[state.closed.length - 1];
  return last === undefined ? (configuredStart ?? ledgerStartMonth(state)) : addMonths(last, 1);
}

/**
 * The close of a month, its events produced as they are consumed: the command handler appends them a piece at
 * a time. Refusals are decided at once. The state must not change until the events are consumed.
 */
export function closeMonthLazily(command: CloseMonth, state: LedgerState): DepreciationError | Iterable<DepreciationEvent> {
  const refused = mayKeep(command.actor);
  if (refused) return refused;
  const { month } = command;
  if (!isMonth(month)) return new DepreciationError('DEPRECIATION_INVALID_MONTH', `${month} 不是月份（YYYY-MM）`, { field: 'month' });
  const current = chinaMonthOf(command.now);
  if (month >= current) {
    return new DepreciationError('DEPRECIATION_MONTH_NOT_ENDED', `${month} 尚未结束，不能计提`, { month, current });
  }
  if (state.closed.includes(month)) {
    return new DepreciationError('DEPRECIATION_MONTH_ALREADY_CLOSED', `${month} 已计提折旧`, { month });
  }
  if (state.open !== null && state.open.month !== month) {
    return new DepreciationError('DEPRECIATION_MONTH_OUT_OF_ORDER', `${state.open.month} 的计提尚未完成，应先完成`, {
      month,
      next: state.open.month,
    });
  }
  const next = nextMonthToClose(state, command.ledgerStart);
  if (next !== null && month < next) {
    // Nothing closed before the ledger's start: its cards' 累计折旧 up to then came with them.
    const lastClosed = state.closed[state.closed.length - 1] ?? null;
    return lastClosed === null
      ? new DepreciationError('DEPRECIATION_MONTH_BEFORE_START', `折旧账从 ${next} 起，不能计提更早的 ${month}`, {
          month,
          next,
        })
      : new DepreciationError('DEPRECIATION_MONTH_OUT_OF_ORDER', `${lastClosed} 已计提，不能计提更早的月份；应计提 ${next}`, {
          month,
          next,
          lastClosed,
        });
  }
  if (next !== null && month > next) {
    return new DepreciationError('DEPRECIATION_MONTH_OUT_OF_ORDER', `不能跳过月份：应先计提 ${next}`, { month, next });
  }
  return chargesFor(month, state, command.actor.userId);
}

function decideClose(command: CloseMonth, state: LedgerState): Decision<DepreciationEvent> {
  const decision = closeMonthLazily(command, state);
  return decision instanceof DepreciationError ? decision : [...decision];
}

interface DepartmentCharges {
  assetIds: string[];
  amountsFen: number[];
  schedules: Schedule[];
}

/**
 * Every asset's charge for the month, a department's parts at a time, then the close. Lazy, so a close
 * appends a department's charges while the next is decided: a city's month never sits in memory at once.
 */
function* chargesFor(month: string, state: LedgerState, closedBy: string): Generator<DepreciationEvent> {
  const table = tableInForce(state.tables, month);
  const books = state.assets;
  const withoutLife = new Map<string, number>();
  // Resuming an interrupted close: what was charged stands, the rest is charged now.
  const open = state.open?.month === month ? state.open : null;
  let totalFen = open?.totalFen ?? 0;
  let assetsCharged = open?.charged ?? 0;
  const departments = new Set(open?.partsByDepartment.keys() ?? []);
  const order = books.byDepartmentThenId();
  for (let start = 0; start < order.length;) {
    const departmentId = books.departmentAt(order[start]);
    const group: DepartmentCharges = { assetIds: [], amountsFen: [], schedules: [] };
    let end = start;
    for (; end < order.length && books.departmentAt(order[end]) === departmentId; end++) {
      const i = order[end];
      if (open !== null && books.chargedIn(i, month)) continue;
      const life = lifeOf(table, books.categoryAt(i));
      if (life.kind === 'not_depreciated') continue;
      const book = books.at(i);
      if (life.kind === 'unknown') {
        if (book.removedMonth === null && netBookValueFen(book) > 0) {
          const prefix = significantPrefix(book.categoryCode);
          withoutLife.set(prefix, (withoutLife.get(prefix) ?? 0) + 1);
        }
        continue;
      }
      const { chargeFen, startsSchedule } = monthlyCharge(book, month, life.months);
      if (startsSchedule) group.schedules.push(startsSchedule);
      if (chargeFen > 0) {
        group.assetIds.push(book.assetId);
        group.amountsFen.push(chargeFen);
      }
    }
    start = end;
    if (group.assetIds.length === 0 && group.schedules.length === 0) continue;
    departments.add(departmentId);
    for (const part of partsOf(month, departmentId, table.version, group, open?.partsByDepartment.get(departmentId) ?? 0)) {
      totalFen += part.data.totalFen;
      assetsCharged += part.data.assetIds.length;
      yield part;
    }
  }
  const withoutLifeList = [...withoutLife.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([prefix, assets]) => ({ prefix, assets }));
  yield {
    type: 'depreciation.month-closed.v1',
    data: {
      month,
      tableVersion: table.version,
      assetsCharged,
      departments: departments.size,
      totalFen,
      withoutLife: withoutLifeList,
      closedBy,
    },
  };
}

function partsOf(
  month: string,
  departmentId: string,
  tableVersion: number,
  group: DepartmentCharges,
  partsBefore: number,
): DepreciationCharged[] {
  const parts: DepreciationCharged[] = [];
  const count = Math.max(1, Math.ceil(group.assetIds.length / CHARGES_PER_EVENT));
  const charged = new Set(group.assetIds);
  for (let p = 0; p < count; p++) {
    const assetIds = group.assetIds.slice(p * CHARGES_PER_EVENT, (p + 1) * CHARGES_PER_EVENT);
    const amountsFen = group.amountsFen.slice(p * CHARGES_PER_EVENT, (p + 1) * CHARGES_PER_EVENT);
    const inPart = new Set(assetIds);
    // A schedule travels with its asset's charge; schedules without a charge this month ride on the first part.
    const schedules = group.schedules.filter((s) => inPart.has(s.assetId) || (p === 0 && !charged.has(s.assetId)));
    const totalFen = amountsFen.reduce((sum, fen) => sum + fen, 0);
    parts.push({
      type: 'depreciation.charged.v1',
      data: { month, departmentId, part: partsBefore + p + 1, tableVersion, assetIds, amountsFen, totalFen, schedules },
    });
  }
  return parts;
}

/**
 * EventStoreDB refuses an event over 1 MiB (its default max append size, 1,048,576 bytes, which the metadata
 * shares): a table's event carries at most 900 KiB of data. Typical rows (~100 bytes) fit 5,000 of them.
 */
export const LIFE_TABLE_EVENT_MAX_BYTES = 900 * 1024;

const utf8Bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

function decideLoad(command: LoadLifeTable, state: LedgerState): Decision<DepreciationEvent> {
  const refused = mayKeep(command.actor);
  if (refused) return refused;
  const problems = lifeTableProblems(command.rows, command.effectiveFrom);
  if (problems.length > 0) {
    return new DepreciationError('LIFE_TABLE_INVALID', `折旧年限表有误：${problems[0].field} ${problems[0].problem}`, {
      field: problems[0].field,
      problems,
    });
  }
  const lastClosed = state.open?.month ?? state.closed[state.closed.length - 1];
  if (lastClosed !== undefined && command.effectiveFrom <= lastClosed) {
    return new DepreciationError('LIFE_TABLE_FOR_CLOSED_MONTH', `${lastClosed} 及以前的月份已计提，新表只能从之后的月份起施行`, {
      field: 'effectiveFrom',
      lastClosed,
    });
  }
  const latest = state.tables[state.tables.length - 1];
  if (latest !== undefined && command.effectiveFrom < latest.effectiveFrom) {
    return new DepreciationError('LIFE_TABLE_OVERLAPS', `已有自 ${latest.effectiveFrom} 起施行的版本`, {
      field: 'effectiveFrom',
      latest: latest.effectiveFrom,
    });
  }
  const data = {
    version: (latest?.version ?? 0) + 1,
    effectiveFrom: command.effectiveFrom,
    source: command.source,
    reason: command.reason,
    rows: command.rows.map((r) => ({ prefix: r.prefix, name: r.name, years: r.years, basis: r.basis })),
    loadedBy: command.actor.userId,
  };
  const bytes = utf8Bytes(data);
  if (bytes > LIFE_TABLE_EVENT_MAX_BYTES) {
    return new DepreciationError(
      'LIFE_TABLE_TOO_LARGE',
      `折旧年限表过大：${command.rows.length} 行共 ${bytes} 字节，超过单个事件上限 ${LIFE_TABLE_EVENT_MAX_BYTES} 字节；请精简名称和依据，或拆分后分别施行`,
      { field: 'rows', bytes, limitBytes: LIFE_TABLE_EVENT_MAX_BYTES, rows: command.rows.length },
    );
  }
  return [{ type: 'depreciation.life-table-loaded.v1', data }];
}

export function decideDepreciation(command: DepreciationCommand, state: LedgerState): Decision<DepreciationEvent> {
  switch (command.kind) {
    case 'CloseDepreciationMonth':
      return decideClose(command, state);
    case 'LoadLifeTable':
      return decideLoad(command, state);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/** Decides on the ledger's state; given events may be asset events as well as the ledger's own. */
export const depreciationDecider: {
  decide: (command: DepreciationCommand, state: LedgerState) => Decision<LedgerEvent>;
  evolve: (state: LedgerState, event: LedgerEvent) => LedgerState;
  initialState: () => LedgerState;
} = {
  decide: decideDepreciation,
  evolve: (state: LedgerState, event: LedgerEvent) => evolveLedger(state, event),
  initialState: initialLedgerState,
};
