import { registerByCategory } from './register-by-category';

const classes = [
  { code: 'A01000000', name: '房屋和构筑物' },
  { code: 'A02000000', name: '设备' },
];
const row = (departmentId: string, categoryCode: string, count: number, o: number, n: number) => ({
  departmentId,
  categoryCode,
  categoryName: { A02000000: '设备', A02010100: '计算机', A02010200: '网络设备' }[categoryCode] ?? '家具和用具',
  count,
  originalValueFen: o,
  netBookValueFen: n,
});

describe('register by category', () => {
  it('given rows of several units by 门类, then one line per 门类 with exact sums, empty classes at zero', () => {
    const { lines, total } = registerByCategory(classes, [
      row('D-A', 'A02000000', 2, 9007199254740000, 100),
      row('D-B', 'A02000000', 1, 991, 1),
      row('D-B', 'A05000000', 1, 500, 400),
    ]);
    expect(lines.map((l) => [l.code, l.count, l.originalValueFen])).toEqual([
      ['A01000000', 0, 0n],
      ['A02000000', 3, 9007199254740991n],
      ['A05000000', 1, 500n],
    ]);
    expect(total).toEqual({ count: 4, originalValueFen: 9007199254741491n, netBookValueFen: 501n });
  });

  it('given rows at 二级 and no listed groups, then only the groups held, named by the rows', () => {
    const { lines } = registerByCategory(
      [],
      [row('D-A', 'A02010200', 1, 30, 20), row('D-A', 'A02010100', 2, 10, 5), row('D-B', 'A02010100', 1, 7, 7)],
    );
    expect(lines.map((l) => [l.code, l.name, l.count, l.originalValueFen])).toEqual([
      ['A02010100', '计算机', 3, 17n],
      ['A02010200', '网络设备', 1, 30n],
    ]);
  });

  it('given a unit, then only its rows count', () => {
    const { total } = registerByCategory(classes, [row('D-A', 'A02000000', 2, 10, 5), row('D-B', 'A02000000', 1, 7, 7)], 'D-B');
    expect(total).toEqual({ count: 1, originalValueFen: 7n, netBookValueFen: 7n });
  });
});
