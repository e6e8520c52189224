import { allKeys, buildTree, descendantsOf, flatten, UnitRow } from './org-tree';

const u = (code: string, parentId: string | null, level: UnitRow['level']): UnitRow => ({
  code,
  name: code,
  parentId,
  level,
  unitType: '机关',
  creditCode: '',
  closed: false,
});
const units = [
  u('D-SCH1', 'D-EDU', 'unit'),
  u('R', 'C', 'district'),
  u('D-EDU', 'R', 'department'),
  u('C', null, 'city'),
  u('D-FIN', 'R', 'department'),
];

describe('organisation tree for the page', () => {
  it('nests units under their parents, siblings in code order', () => {
    const [city] = buildTree(units);
    expect(city.code).toBe('C');
    expect(city.children?.[0].children?.map((n) => n.code)).toEqual(['D-EDU', 'D-FIN']);
    expect(city.children?.[0].children?.[0].children?.map((n) => n.code)).toEqual(['D-SCH1']);
    expect(allKeys(buildTree(units)).sort()).toEqual(['C', 'D-EDU', 'D-FIN', 'D-SCH1', 'R']);
  });

  it('a unit whose parent is not in the list is shown at the top rather than lost', () => {
    expect(buildTree([u('D-X', 'D-GONE', 'unit')]).map((n) => n.code)).toEqual(['D-X']);
  });

  it('a unit cannot move under itself or anything below it', () => {
    expect([...descendantsOf(units, 'R')].sort()).toEqual(['D-EDU', 'D-FIN', 'D-SCH1', 'R']);
    expect([...descendantsOf(units, 'D-SCH1')]).toEqual(['D-SCH1']);
  });
});

describe('flattened for the table', () => {
  it('lists parents before their units, with their depth', () => {
    expect(flatten(buildTree(units)).map((r) => `${r.depth}:${r.code}`)).toEqual(['0:C', '1:R', '2:D-EDU', '3:D-SCH1', '2:D-FIN']);
  });
});
