import { Decision } from '../domain-error';
import { Actor } from '../identity';
import { OrgError } from './org.errors';
import { OrgEvent, UNIT_LEVELS, UnitLevel, UnitType } from './org.events';
import { current, evolveOrg, initialOrgState, OrgState } from './org.state';

export type OrgCommand =
  | {
      kind: 'CreateUnit';
      actor: Actor;
      now: string;
      unitId: string;
      name: string;
      parentId: string | null;
      level: UnitLevel;
      unitType: UnitType;
      creditCode: string;
      financeBureau: boolean;
    }
  | { kind: 'RenameUnit'; actor: Actor; now: string; unitId: string; name: string }
  | { kind: 'MoveUnit'; actor: Actor; now: string; unitId: string; parentId: string }
  | {
      kind: 'CloseUnit';
      actor: Actor;
      now: string;
      unitId: string;
      reason: string;
      /** Asset cards on the unit's books, counted from the asset streams by the command's handler (UnitHoldings). */
      assetsHeld: number;
    };

/** 统一社会信用代码: 18 characters from the code set, the last a check character (GB 32100-2015). */
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  const sum = [...first17].reduce((s, ch, i) => s + CREDIT_CHARS.indexOf(ch) * CREDIT_WEIGHTS[i], 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31];
}

export function isCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

const rank = (level: UnitLevel) => UNIT_LEVELS.indexOf(level);

function mayAdminister(actor: Actor): OrgError | null {
  return actor.role === 'system_admin' || actor.role === 'system'
    ? null
    : new OrgError('NOT_AN_ADMINISTRATOR', '只有系统管理员可以维护组织架构 (only a system administrator changes the organisation)');
}

function openUnit(state: OrgState, unitId: string, code: 'UNIT_NOT_FOUND' | 'PARENT_NOT_FOUND' = 'UNIT_NOT_FOUND') {
  const unit = state.units[unitId];
  if (!unit) return new OrgError(code, `单位 ${unitId} 不存在 (no unit ${unitId})`, { unitId });
  if (current(unit).closed) return new OrgError('UNIT_CLOSED', `单位 ${unitId} 已撤销 (unit ${unitId} is closed)`, { unitId });
  return unit;
}

/** A child sits at its parent's level or below: a city holds districts, a 主管部门 holds units, a unit may hold sub-units. */
function levelFits(state: OrgState, level: UnitLevel, parentId: string | null): OrgError | null {
  if (parentId === null) {
    return level === 'city' || level === 'district'
      ? null
      : new OrgError('INVALID_LEVEL', '只有市或区可以作为顶层 (only a city or district is a root)');
  }
  const parent = state.units[parentId];
  if (
    rank(level) <= rank(parent.level) &&
    !(level === 'unit' && parent.level === 'unit') &&
    !(level === 'department' && parent.level === 'department')
  )
    return new OrgError('INVALID_LEVEL', `${level} 不能设在 ${parent.level} 之下 (a ${level} cannot sit under a ${parent.level})`, {
      field: 'level',
    });
  return null;
}

function isAncestorOrSelf(state: OrgState, candidate: string, of: string): boolean {
  for (let id: string | null = of; id !== null; id = current(state.units[id]).parentId) if (id === candidate) return true;
  return false;
}

function create(c: Extract<OrgCommand, { kind: 'CreateUnit' }>, state: OrgState): Decision<OrgEvent> {
  if (state.units[c.unitId])
    return new OrgError('UNIT_ALREADY_EXISTS', `单位编码 ${c.unitId} 已存在 (unit ${c.unitId} exists)`, { field: 'unitId' });
  if (!isCreditCode(c.creditCode))
    return new OrgError('INVALID_CREDIT_CODE', '统一社会信用代码无效 (the unified social credit code fails its check)', {
      field: 'creditCode',
    });
  if (Object.values(state.units).some((u) => u.creditCode === c.creditCode))
    return new OrgError('CREDIT_CODE_IN_USE', `统一社会信用代码 ${c.creditCode} 已被使用`, { field: 'creditCode' });
  if (c.parentId !== null) {
    const parent = openUnit(state, c.parentId, 'PARENT_NOT_FOUND');
    if (parent instanceof OrgError) return parent;
  }
  const misfit = levelFits(state, c.level, c.parentId);
  if (misfit) return misfit;
  const { unitId, now: at, name, parentId, level, unitType, creditCode, financeBureau } = c;
  return [{ type: 'org.unit-created.v1', data: { unitId, at, name, parentId, level, unitType, creditCode, financeBureau } }];
}

function rename(c: Extract<OrgCommand, { kind: 'RenameUnit' }>, state: OrgState): Decision<OrgEvent> {
  const unit = openUnit(state, c.unitId);
  if (unit instanceof OrgError) return unit;
  const from = current(unit).name;
  if (from === c.name) return new OrgError('NOTHING_TO_CHANGE', `单位已叫 ${c.name} (already named so)`, { field: 'name' });
  return [{ type: 'org.unit-renamed.v1', data: { unitId: c.unitId, at: c.now, from, to: c.name } }];
}

function move(c: Extract<OrgCommand, { kind: 'MoveUnit' }>, state: OrgState): Decision<OrgEvent> {
  const unit = openUnit(state, c.unitId);
  if (unit instanceof OrgError) return unit;
  const parent = openUnit(state, c.parentId, 'PARENT_NOT_FOUND');
  if (parent instanceof OrgError) return parent;
  const fromParentId = current(unit).parentId;
  if (fromParentId === c.parentId)
    return new OrgError('NOTHING_TO_CHANGE', `单位已在 ${c.parentId} 之下 (already there)`, { field: 'parentId' });
  if (isAncestorOrSelf(state, c.unitId, c.parentId))
    return new OrgError('TREE_CYCLE', `不能把 ${c.unitId} 移到它自己或其下级之下 (the move would make a cycle)`, { field: 'parentId' });
  const misfit = levelFits(state, unit.level, c.parentId);
  if (misfit) return misfit;
  return [{ type: 'org.unit-moved.v1', data: { unitId: c.unitId, at: c.now, fromParentId, toParentId: c.parentId } }];
}

/** Closing a unit with open sub-units is refused: move or close them first, so no unit is left without a parent. */
function close(c: Extract<OrgCommand, { kind: 'CloseUnit' }>, state: OrgState): Decision<OrgEvent> {
  const unit = openUnit(state, c.unitId);
  if (unit instanceof OrgError) return unit;
  const children = Object.values(state.units).filter((u) => current(u).parentId === c.unitId && !current(u).closed);
  if (children.length > 0)
    return new OrgError('UNIT_HAS_OPEN_CHILDREN', `${c.unitId} 仍有下级单位 (still has open sub-units)`, {
      children: children.map((u) => u.unitId),
    });
  if (c.assetsHeld > 0)
    return new OrgError('UNIT_HOLDS_ASSETS', `${c.unitId} 账上还有 ${c.assetsHeld} 张资产卡片 (transfer or dispose of them first)`, {
      assetsHeld: c.assetsHeld,
    });
  return [{ type: 'org.unit-closed.v1', data: { unitId: c.unitId, at: c.now, reason: c.reason } }];
}

export function decideOrg(command: OrgCommand, state: OrgState): Decision<OrgEvent> {
  const refused = mayAdminister(command.actor);
  if (refused) return refused;
  switch (command.kind) {
    case 'CreateUnit':
      return create(command, state);
    case 'RenameUnit':
      return rename(command, state);
    case 'MoveUnit':
      return move(command, state);
    case 'CloseUnit':
      return close(command, state);
  }
}

export const orgDecider = { decide: decideOrg, evolve: evolveOrg, initialState: initialOrgState };
