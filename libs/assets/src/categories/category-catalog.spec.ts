import { CategoryCatalog, classCodeOf, isWellFormedCategoryCode, levelOf, majorCodeOf, upcastCategoryCode } from './category-catalog';

describe('category codes (letter + eight digits, four levels)', () => {
  it('knows a code is well formed only with every level after a 00 also 00', () => {
    for (const good of ['A02000000', 'A02010000', 'A02010100', 'A02010105']) expect(isWellFormedCategoryCode(good)).toBe(true);
    for (const bad of ['', 'A020000', 'A0201010', 'A020101050', 'a02010105', 'A00010000', 'A02000100', 'A02001005', '102010105'])
      expect(isWellFormedCategoryCode(bad)).toBe(false);
    expect([levelOf('A02000000'), levelOf('A02010000'), levelOf('A02010100'), levelOf('A02010105')]).toEqual([1, 2, 3, 4]);
  });

  it('reads a stored 7-character code by appending the missing 品目 level', () => {
    expect(upcastCategoryCode('A020000')).toBe('A02000000');
    expect(upcastCategoryCode('A020100')).toBe('A02010000');
    expect(upcastCategoryCode('A020101')).toBe('A02010100');
    expect(upcastCategoryCode('A02010105')).toBe('A02010105');
    expect(classCodeOf('A050100')).toBe('A05000000');
    expect(majorCodeOf('A050100')).toBe('A05010000');
    expect(majorCodeOf('A050000')).toBeNull();
    expect(majorCodeOf('A02010105')).toBe('A02010000');
  });
});

describe('the shipped category table', () => {
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

  it('resolves a leaf to every level above it', () => {
    expect(standard.resolve('A02010105')).toEqual({
      code: 'A02010105',
      level: 4,
      classCode: 'A02000000',
      className: '设备',
      majorCode: 'A02010000',
      majorName: '信息化设备',
      path: [
        { code: 'A02000000', name: '设备' },
        { code: 'A02010000', name: '信息化设备' },
        { code: 'A02010100', name: '计算机' },
        { code: 'A02010105', name: '台式计算机' },
      ],
    });
  });

  it('refuses a code where the table lists that level but not the code (A029999 made up, 计算机 leaves listed)', () => {
    expect(standard.resolve('A02999900')).toBeNull();
    expect(standard.resolve('A02010199')).toBeNull();
    expect(standard.resolve('A08000000')).toBeNull();
    expect(standard.resolve('A020000')).toBeNull();
  });

  it('accepts a code below its deepest listed ancestor where the table goes no deeper', () => {
    expect(standard.resolve('A02010201')).toMatchObject({ level: 4, path: [{}, {}, { name: '网络设备' }, { name: null }] });
    expect(standard.resolve('A03010000')).toMatchObject({ className: '文物和陈列品', majorName: null });
  });
});
