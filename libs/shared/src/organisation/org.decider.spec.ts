import { deciderSpec } from '../testing/decider-spec';
import { Actor, SYSTEM_ACTOR } from '../identity';
import { DepartmentDirectory } from '../departments/department-directory';
import { creditCodeCheckChar, isCreditCode, OrgCommand, orgDecider } from './org.decider';
import { OrgEvent } from './org.events';

const admin: Actor = { userId: 'admin', role: 'system_admin', departmentId: 'C-1', displayName: '管理员' };
const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-06-01T00:00:00.000Z';
const code = (n: number) => `12110000${String(n).padStart(9, '0')}` + creditCodeCheckChar(`12110000${String(n).padStart(9, '0')}`);

const created = (
  unitId: string,
  parentId: string | null,
  level: 'city' | 'district' | 'department' | 'unit',
  n: number,
  financeBureau = false,
): OrgEvent => ({
  type: 'org.unit-created.v1',
  data: { unitId, at: T0, name: unitId, parentId, level, unitType: '机关', creditCode: code(n), financeBureau },
});
const tree = [
  created('C-1', null, 'city', 1),
  created('R-1', 'C-1', 'district', 2),
  created('D-A', 'R-1', 'department', 3),
  created('U-A1', 'D-A', 'unit', 4),
];
const create = (o: Partial<Extract<OrgCommand, { kind: 'CreateUnit' }>> = {}): OrgCommand => ({
  kind: 'CreateUnit',
  actor: admin,
  now: T1,
  unitId: 'U-A2',
  name: '新单位',
  parentId: 'D-A',
  level: 'unit',
  unitType: '学校',
  creditCode: code(9),
  financeBureau: false,
  ...o,
});

describe('the organisation tree', () => {
  const spec = deciderSpec(orgDecider);

  it('creates a unit under an open parent', () => {
    spec
      .given(tree)
      .when(create())
      .then([
        {
          type: 'org.unit-created.v1',
          data: {
            unitId: 'U-A2',
            at: T1,
            name: '新单位',
            parentId: 'D-A',
            level: 'unit',
            unitType: '学校',
            creditCode: code(9),
            financeBureau: false,
          },
        },
      ]);
  });

  it('is changed only by a system administrator', () => {
    spec
      .given(tree)
      .when(create({ actor: { ...admin, role: 'asset_manager' } }))
      .thenError('NOT_AN_ADMINISTRATOR');
  });

  it('refuses an unknown parent, a taken code, a bad credit code and a unit above its parent', () => {
    spec
      .given(tree)
      .when(create({ parentId: 'D-NONE' }))
      .thenError('PARENT_NOT_FOUND');
    spec
      .given(tree)
      .when(create({ unitId: 'U-A1' }))
      .thenError('UNIT_ALREADY_EXISTS');
    spec
      .given(tree)
      .when(create({ creditCode: '121100000000000090' }))
      .thenError('INVALID_CREDIT_CODE', { field: 'creditCode' });
    spec
      .given(tree)
      .when(create({ creditCode: code(4) }))
      .thenError('CREDIT_CODE_IN_USE');
    spec
      .given(tree)
      .when(create({ level: 'district', parentId: 'D-A' }))
      .thenError('INVALID_LEVEL');
    spec
      .given(tree)
      .when(create({ level: 'unit', parentId: null }))
      .thenError('INVALID_LEVEL');
  });

  it('moves a unit, but never under itself or its own sub-unit', () => {
    spec
      .given([...tree, created('D-B', 'R-1', 'department', 5)])
      .when({ kind: 'MoveUnit', actor: admin, now: T1, unitId: 'U-A1', parentId: 'D-B' })
      .then([{ type: 'org.unit-moved.v1', data: { unitId: 'U-A1', at: T1, fromParentId: 'D-A', toParentId: 'D-B' } }]);
    spec.given(tree).when({ kind: 'MoveUnit', actor: admin, now: T1, unitId: 'D-A', parentId: 'U-A1' }).thenError('TREE_CYCLE');
    spec.given(tree).when({ kind: 'MoveUnit', actor: admin, now: T1, unitId: 'D-A', parentId: 'D-A' }).thenError('TREE_CYCLE');
  });

  it('renames, and closes only a unit with no open sub-units', () => {
    spec
      .given(tree)
      .when({ kind: 'RenameUnit', actor: admin, now: T1, unitId: 'U-A1', name: '新名' })
      .then([{ type: 'org.unit-renamed.v1', data: { unitId: 'U-A1', at: T1, from: 'U-A1', to: '新名' } }]);
    spec
      .given(tree)
      .when({ kind: 'CloseUnit', actor: admin, now: T1, unitId: 'D-A', reason: '撤并', assetsHeld: 0 })
      .thenError('UNIT_HAS_OPEN_CHILDREN');
    const closed: OrgEvent = { type: 'org.unit-closed.v1', data: { unitId: 'U-A1', at: T1, reason: '撤并' } };
    spec
      .given(tree)
      .when({ kind: 'CloseUnit', actor: admin, now: T1, unitId: 'U-A1', reason: '撤并', assetsHeld: 2 })
      .thenError('UNIT_HOLDS_ASSETS', { assetsHeld: 2 });
    spec.given(tree).when({ kind: 'CloseUnit', actor: admin, now: T1, unitId: 'U-A1', reason: '撤并', assetsHeld: 0 }).then([closed]);
    spec
      .given([...tree, closed])
      .when({ kind: 'RenameUnit', actor: admin, now: T1, unitId: 'U-A1', name: 'x' })
      .thenError('UNIT_CLOSED');
  });

  it('checks the credit code check character', () => {
    expect(isCreditCode('91350100M000100Y43')).toBe(true);
    expect(isCreditCode('91350100M000100Y44')).toBe(false);
    expect(isCreditCode(code(1))).toBe(true);
  });
});

describe('scope follows the tree (three levels under the district)', () => {
  const events: OrgEvent[] = [
    ...tree,
    created('D-B', 'R-1', 'department', 5),
    created('U-B1', 'D-B', 'unit', 6),
    created('U-A1X', 'U-A1', 'unit', 7),
    created('D-FIN', 'R-1', 'department', 8, true),
    created('R-2', 'C-1', 'district', 9),
    created('D-C', 'R-2', 'department', 10),
  ];
  const dir = DepartmentDirectory.fromEvents(events);
  const person = (role: Actor['role'], departmentId: string): Actor => ({ userId: 'p', role, departmentId, displayName: 'p' });

  it('a 主管部门 supervises every unit below it, at any depth', () => {
    expect(dir.supervisorOf('U-A1X')).toBe('D-A');
    expect(dir.supervisorOf('U-A1')).toBe('D-A');
    expect(dir.sameSupervisor('U-A1X', 'U-B1')).toBe(false);
  });

  it('a 主管部门 sees its units, a unit itself, district finance its district, the city admin all', () => {
    const scope = dir.scopeOf(person('asset_manager', 'D-A'));
    expect(scope.all ? 'all' : [...scope.units].sort()).toEqual(['D-A', 'U-A1', 'U-A1X']);
    expect(dir.covers(person('asset_manager', 'U-A1'), 'D-A')).toBe(false);
    expect(dir.covers(person('finance_approver', 'D-FIN'), 'U-B1')).toBe(true);
    expect(dir.covers(person('finance_approver', 'D-FIN'), 'D-C')).toBe(false);
    expect(dir.covers(person('auditor', 'C-1'), 'D-C')).toBe(true);
    expect(dir.covers(person('system_admin', 'C-1'), 'D-C')).toBe(true);
    expect(dir.covers({ ...SYSTEM_ACTOR, role: 'resident' }, 'D-C')).toBe(false);
  });

  it('keeps history: the tree as of before a move and rename shows the old parent and name', () => {
    const moved = DepartmentDirectory.fromEvents([
      ...events,
      { type: 'org.unit-moved.v1', data: { unitId: 'U-A1', at: T1, fromParentId: 'D-A', toParentId: 'D-B' } },
      { type: 'org.unit-renamed.v1', data: { unitId: 'U-A1', at: T1, from: 'U-A1', to: '改名后' } },
    ]);
    expect(moved.supervisorOf('U-A1X')).toBe('D-B');
    expect(moved.asOf('2026-03-01T00:00:00.000Z').find((u) => u.code === 'U-A1')).toMatchObject({ parentId: 'D-A', name: 'U-A1' });
    expect(moved.asOf(T1).find((u) => u.code === 'U-A1')).toMatchObject({ parentId: 'D-B', name: '改名后' });
    expect(moved.asOf('2025-01-01T00:00:00.000Z')).toEqual([]);
  });

  it('the demo tree keeps the demo department codes and their 主管部门', () => {
    const demo = DepartmentDirectory.demo();
    expect(demo.supervisorOf('D-SCH1')).toBe('D-EDU');
    expect(demo.supervisorOf('D-HOSP1')).toBe('D-HEALTH');
    expect(demo.districtOf('D-FINANCE')).toBe('R-DEMO');
  });
});
