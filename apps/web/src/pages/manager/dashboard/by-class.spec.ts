import { byClass } from './by-class';

describe('dashboard by 门类', () => {
  it('sums 大类 rows of my department exactly and keeps empty 门类 as zero', () => {
    const rows = [
      {
        departmentId: 'D-SCH1',
        classCode: 'A02000000',
        className: '设备',
        majorCode: 'A02010000',
        count: 2,
        originalValueFen: 9007199254740,
        netBookValueFen: 10,
      },
      {
        departmentId: 'D-SCH1',
        classCode: 'A02000000',
        className: '设备',
        majorCode: null,
        count: 1,
        originalValueFen: 1,
        netBookValueFen: 1,
      },
      {
        departmentId: 'D-EDU',
        classCode: 'A02000000',
        className: '设备',
        majorCode: null,
        count: 5,
        originalValueFen: 500,
        netBookValueFen: 500,
      },
    ];
    const classes = [
      { code: 'A01000000', name: '房屋和构筑物' },
      { code: 'A02000000', name: '设备' },
    ];
    expect(byClass(rows, classes, 'D-SCH1')).toEqual([
      { classCode: 'A01000000', className: '房屋和构筑物', count: 0, originalValueFen: 0n, netBookValueFen: 0n },
      { classCode: 'A02000000', className: '设备', count: 3, originalValueFen: 9007199254741n, netBookValueFen: 11n },
    ]);
  });
});
