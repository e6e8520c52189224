import { OrgEvent, UnitLevel, UnitType } from './org.events';

/** One version of a unit: what it was called and where it sat from `from` on. */
export interface UnitVersion {
  readonly from: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly closed: boolean;
}

export interface OrgUnit {
  readonly unitId: string;
  readonly level: UnitLevel;
  readonly unitType: UnitType;
  readonly creditCode: string;
  readonly financeBureau: boolean;
  /** Oldest first; the last one is the unit now. Renames, moves and closure add versions, never edit. */
  readonly history: readonly UnitVersion[];
}

export interface OrgState {
  readonly units: Readonly<Record<string, OrgUnit>>;
}

export const initialOrgState = (): OrgState => ({ units: {} });

export function current(unit: OrgUnit): UnitVersion {
  return unit.history[unit.history.length - 1];
}

/** The version in force at `at` (ISO time), or undefined before the unit existed. */
export function versionAt(unit: OrgUnit, at: string): UnitVersion | undefined {
  let found: UnitVersion | undefined;
  for (const v of unit.history) if (v.from <= at) found = v;
  return found;
}

function amend(state: OrgState, unitId: string, at: string, change: Partial<UnitVersion>): OrgState {
  const unit = state.units[unitId];
  if (!unit) return state;
  const next: UnitVersion = { ...current(unit), ...change, from: at };
  return { units: { ...state.units, [unitId]: { ...unit, history: [...unit.history, next] } } };
}

/** State from events only; each event carries when it took effect, so history answers as-of questions. */
export function evolveOrg(state: OrgState, event: OrgEvent): OrgState {
  const at = event.data.at;
  switch (event.type) {
    case 'org.unit-created.v1': {
      const { unitId, name, parentId, level, unitType, creditCode, financeBureau } = event.data;
      const unit: OrgUnit = { unitId, level, unitType, creditCode, financeBureau, history: [{ from: at, name, parentId, closed: false }] };
      return { units: { ...state.units, [unitId]: unit } };
    }
    case 'org.unit-renamed.v1':
      return amend(state, event.data.unitId, at, { name: event.data.to });
    case 'org.unit-moved.v1':
      return amend(state, event.data.unitId, at, { parentId: event.data.toParentId });
    case 'org.unit-closed.v1':
      return amend(state, event.data.unitId, at, { closed: true });
  }
}
