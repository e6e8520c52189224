import { CategoryCatalog } from './category-catalog';

describe('GB/T 14885-2022 category catalog', () => {
  const standard = CategoryCatalog.standard();

  it('knows the seven 门类', () => {
    expect(standard.classes().map((c) => c.name)).toEqual([
      '房屋和构筑物',
      '设备',
      '文物和陈列品',
      '图书和档案',
      '家具和用具',
      '特种动植物',
      '物资',
    ]);
  });

  it('resolves a code to its 门类 and 大类', () => {
    expect(standard.resolve('A020100')).toEqual({
      code: 'A020100',
      classCode: 'A020000',
      className: '设备',
      majorCode: 'A020100',
      majorName: null,
    });
    expect(standard.resolve('A050000')).toMatchObject({ classCode: 'A050000', majorCode: null });
  });

  it('rejects malformed codes and unknown 门类', () => {
    for (const bad of ['', 'B020000', 'A08000', 'A0800000', 'A020', 'a020000', 'A0201000']) expect(standard.resolve(bad)).toBeNull();
  });

  it('checks 大类 once the table lists 大类 for that 门类', () => {
    const fuller = new CategoryCatalog([
      { code: 'A020000', name: '设备', level: 'class' },
      { code: 'A020100', name: '计算机', level: 'major' },
    ]);
    expect(fuller.resolve('A02010101')).toMatchObject({ majorCode: 'A020100', majorName: '计算机' });
    expect(fuller.resolve('A029900')).toBeNull();
  });
});
