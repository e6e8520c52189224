import { categoryOptions, categoryPath } from './category-tree';

const rows = [
  { code: 'A05000000', name: '家具和用具', parent: null },
  { code: 'A02010105', name: '台式计算机', parent: 'A02010100' },
  { code: 'A02000000', name: '设备', parent: null },
  { code: 'A02010000', name: '信息化设备', parent: 'A02000000' },
  { code: 'A02010100', name: '计算机', parent: 'A02010000' },
];

describe('category table as a cascader tree', () => {
  it('nests each level under its parent in code order', () => {
    expect(categoryOptions(rows)).toEqual([
      {
        value: 'A02000000',
        label: 'A02000000 设备',
        children: [
          {
            value: 'A02010000',
            label: 'A02010000 信息化设备',
            children: [
              { value: 'A02010100', label: 'A02010100 计算机', children: [{ value: 'A02010105', label: 'A02010105 台式计算机' }] },
            ],
          },
        ],
      },
      { value: 'A05000000', label: 'A05000000 家具和用具' },
    ]);
  });

  it('gives the path from the 门类 down to a code', () => {
    expect(categoryPath(rows, 'A02010105')).toEqual(['A02000000', 'A02010000', 'A02010100', 'A02010105']);
    expect(categoryPath(rows, undefined)).toEqual([]);
  });
});
