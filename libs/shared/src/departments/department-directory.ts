import { DomainError } from '../domain-error';
import { Actor } from '../identity';
import { demoOrganisationCommands } from '../organisation/demo-organisation';
import { decideOrg } from '../organisation/org.decider';
import { OrgEvent, UnitLevel, UnitType } from '../organisation/org.events';
import { current, evolveOrg, initialOrgState, OrgState, OrgUnit, versionAt } from '../organisation/org.state';

export interface Department {
  readonly code: string;
  readonly name: string;
  /** 主管部门: the department that reviews this one's transfers. */
  readonly supervisor: string;
  readonly parentId: string | null;
  readonly level: UnitLevel;
  readonly unitType: UnitType;
  readonly creditCode: string;
  readonly closed: boolean;
}

/** Who may see or act on which units: every unit's code, or the listed ones. */
export type Scope = { readonly all: true } | { readonly all: false; readonly units: ReadonlySet<string> };

/**
 * The organisation tree (市 → 区 → 主管部门 → 单位), folded from the `org-tree` events. Deciders and
 * queries ask it who supervises whom and whose units a person covers; it is replaced whenever the tree
 * changes (see the organisation module), so a move applies to every decision after it.
 */
export class DepartmentDirectory {
  private state: OrgState;

  constructor(state: OrgState = initialOrgState()) {
    this.state = state;
  }

  static fromEvents(events: readonly OrgEvent[]): DepartmentDirectory {
    return new DepartmentDirectory(events.reduce(evolveOrg, initialOrgState()));
  }

  /** The demo tree, built through the same decider an administrator's commands go through. */
  static demo(now = '2020-01-01T00:00:00.000Z'): DepartmentDirectory {
    let state = initialOrgState();
    for (const command of demoOrganisationCommands(now)) {
      const events = decideOrg(command, state);
      if (events instanceof DomainError) throw events;
      state = events.reduce(evolveOrg, state);
    }
    return new DepartmentDirectory(state);
  }

  replace(state: OrgState): void {
    this.state = state;
  }

  get orgState(): OrgState {
    return this.state;
  }

  private unit(code: string): OrgUnit | undefined {
    return this.state.units[code];
  }

  private nearest(code: string, levels: readonly UnitLevel[]): string | null {
    for (let id: string | null = code; id !== null; id = current(this.state.units[id]).parentId) {
      const unit = this.unit(id);
      if (!unit) return null;
      if (levels.includes(unit.level)) return id;
    }
    return null;
  }

  get(code: string): Department | undefined {
    const unit = this.unit(code);
    if (!unit) return undefined;
    const now = current(unit);
    return {
      code,
      name: now.name,
      supervisor: this.supervisorOf(code),
      parentId: now.parentId,
      level: unit.level,
      unitType: unit.unitType,
      creditCode: unit.creditCode,
      closed: now.closed,
    };
  }

  /** The nearest 主管部门 at or above the unit; a unit outside any 主管部门 (or unknown) supervises itself. */
  supervisorOf(code: string): string {
    return this.nearest(code, ['department']) ?? code;
  }

  sameSupervisor(a: string, b: string): boolean {
    return this.supervisorOf(a) === this.supervisorOf(b);
  }

  /** The district (or city) a unit belongs to: the reach of its finance bureau and auditors. */
  districtOf(code: string): string | null {
    return this.nearest(code, ['district', 'city']);
  }

  /** The unit and every open unit below it (a unit the tree does not know is just itself). */
  subtree(code: string): string[] {
    if (!this.unit(code)) return [code];
    const children = new Map<string, string[]>();
    for (const u of Object.values(this.state.units)) {
      const v = current(u);
      if (v.parentId !== null && !v.closed) children.set(v.parentId, [...(children.get(v.parentId) ?? []), u.unitId]);
    }
    const out: string[] = [];
    const walk = (id: string) => {
      out.push(id);
      for (const child of children.get(id) ?? []) walk(child);
    };
    walk(code);
    return out;
  }

  /**
   * Whose units a person covers. Department people see their unit and the units below it (a 主管部门
   * sees its units); finance and audit see their district (the city's, the whole city); the
   * administrator sees all; residents no unit.
   */
  scopeOf(actor: Actor): Scope {
    if (actor.role === 'system_admin' || actor.role === 'system') return { all: true };
    if (actor.departmentId === null) return { all: false, units: new Set() };
    const root =
      actor.role === 'finance_approver' || actor.role === 'auditor'
        ? (this.districtOf(actor.departmentId) ?? actor.departmentId)
        : actor.departmentId;
    return { all: false, units: new Set(this.subtree(root)) };
  }

  /**
   * The units a query shows this person: their scope, narrowed to `asked` and the units below it;
   * null means every unit (no filter). A unit outside the scope is simply not shown.
   */
  visibleUnits(actor: Actor, asked?: string): string[] | null {
    const scope = this.scopeOf(actor);
    const narrowed = asked ? this.subtree(asked) : null;
    if (scope.all) return narrowed;
    return (narrowed ?? [...scope.units]).filter((u) => scope.units.has(u));
  }

  covers(actor: Actor, departmentId: string): boolean {
    const scope = this.scopeOf(actor);
    return scope.all || scope.units.has(departmentId);
  }

  all(): Department[] {
    return Object.keys(this.state.units).map((code) => this.get(code)!);
  }

  /** The tree as it stood at `at`: names and parents then, units not yet created left out. */
  asOf(at: string): {
    code: string;
    name: string;
    parentId: string | null;
    level: UnitLevel;
    unitType: UnitType;
    creditCode: string;
    closed: boolean;
  }[] {
    return Object.values(this.state.units).flatMap((u) => {
      const v = versionAt(u, at);
      return v
        ? [
            {
              code: u.unitId,
              name: v.name,
              parentId: v.parentId,
              level: u.level,
              unitType: u.unitType,
              creditCode: u.creditCode,
              closed: v.closed,
            },
          ]
        : [];
    });
  }
}
