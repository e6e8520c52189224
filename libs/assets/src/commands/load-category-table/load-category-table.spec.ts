import { deciderSpec } from '@app/shared/testing/decider-spec';
import { contentHashOf } from '../../categories/category-table';
import {
  catalogInForce,
  CategoryTableEvent,
  categoryTableDecider,
  evolveCategoryTable,
  initialCategoryTableState,
  LoadCategoryTable,
  tableInForce,
} from '../../categories/category-table.decider';
import { upcastAssetEvent } from '../../categories/asset-event-upcaster';
import { evolveAsset, initialAssetState } from '../../domain/asset.state';
import { actor, educationManager } from '../../testing/asset-fixtures';

const NOW = '2026-11-29T02:00:00.000Z';
const admin = actor('admin', 'system_admin', null);
const GOOD =
  'code,name,parent\nA02000000,设备,\nA02010000,信息化设备,A02000000\nA02010100,计算机,A02010000\nA02010105,台式计算机,A02010100\n';
const load = (csv: string, who = admin): LoadCategoryTable => ({
  kind: 'LoadCategoryTable',
  actor: who,
  now: NOW,
  csv,
  source: '品目表.csv',
});
const rows = [
  { code: 'A02000000', name: '设备', parent: null },
  { code: 'A02010000', name: '信息化设备', parent: 'A02000000' },
  { code: 'A02010100', name: '计算机', parent: 'A02010000' },
  { code: 'A02010105', name: '台式计算机', parent: 'A02010100' },
];
const loaded = (version: number, loadedAt: string, r = rows): CategoryTableEvent => ({
  type: 'category-table.loaded.v1',
  data: { version, contentHash: contentHashOf(r), rowCount: r.length, rows: r, source: '品目表.csv', loadedAt, loadedBy: 'admin' },
});

describe('载入分类表 (load the category table)', () => {
  const spec = deciderSpec(categoryTableDecider);

  it('given no table loaded, when the administrator loads a valid CSV, then the whole table is recorded with its hash', () => {
    spec
      .given([])
      .when(load(GOOD))
      .then([loaded(1, NOW)]);
  });

  it('given a table loaded, when the same content comes again (other order, CRLF, BOM), then nothing new is written', () => {
    const again =
      '\uFEFFcode,name,parent\r\nA02010105,台式计算机,A02010100\r\nA02000000,设备,\r\nA02010000,信息化设备,A02000000\r\nA02010100,计算机,A02010000\r\n';
    spec
      .given([loaded(1, '2026-01-01T00:00:00.000Z')])
      .when(load(again))
      .then([]);
  });

  it('given any table, when someone other than the administrator loads one, then it is refused', () => {
    spec.given([]).when(load(GOOD, educationManager)).thenError('CATEGORY_TABLE_ADMIN_ONLY');
  });

  it('when the file has bad rows, then every problem is reported by row and column and nothing is loaded', () => {
    const bad =
      'code,name,parent\nA02000000,设备,\nA0201000,信息化设备,A02000000\nA02010100,,A02010000\nA02010100,计算机,A02010000\nA02020100,复印机,A02020000\n';
    spec
      .given([])
      .when(load(bad))
      .thenError('CATEGORY_TABLE_INVALID', {
        problemCount: 6,
        problems: [
          { row: 3, column: 'code', problem: 'CODE_MALFORMED' },
          { row: 4, column: 'name', problem: 'NAME_EMPTY' },
          { row: 4, column: 'parent', problem: 'PARENT_MISSING' },
          { row: 5, column: 'code', problem: 'CODE_DUPLICATE', message: '第5行代码 A02010100 与第4行重复' },
          { row: 5, column: 'parent', problem: 'PARENT_MISSING' },
          { row: 6, column: 'parent', problem: 'PARENT_MISSING' },
        ],
      });
  });

  it('when the parent column names another level, or the header is missing, then it is refused', () => {
    spec
      .given([])
      .when(load('code,name,parent\nA02000000,设备,\nA02010100,计算机,A02000000\n'))
      .thenError('CATEGORY_TABLE_INVALID', { problems: [{ row: 3, column: 'parent', problem: 'PARENT_WRONG' }] });
    spec
      .given([])
      .when(load('A02000000,设备\n'))
      .thenError('CATEGORY_TABLE_INVALID', { problems: [{ row: 1, problem: 'MISSING_HEADER' }] });
    spec
      .given([])
      .when(load('code,name\n'))
      .thenError('CATEGORY_TABLE_INVALID', { problems: [{ problem: 'EMPTY_TABLE' }] });
  });

  it('without a parent column, a row’s parent is the code one level up', () => {
    spec
      .given([])
      .when(load('代码,名称\nA02000000,设备\nA02010000,信息化设备\n'))
      .then([
        loaded(1, NOW, [
          { code: 'A02000000', name: '设备', parent: null },
          { code: 'A02010000', name: '信息化设备', parent: 'A02000000' },
        ]),
      ]);
  });

  it('as of an instant, the table loaded last before it is in force; before any load, the shipped one', () => {
    const smaller = rows.slice(0, 3);
    const state = [loaded(1, '2026-03-01T00:00:00.000Z'), loaded(2, '2026-06-01T00:00:00.000Z', smaller)].reduce(
      evolveCategoryTable,
      initialCategoryTableState(),
    );
    expect(tableInForce(state, '2026-02-01T00:00:00.000Z').version).toBe(0);
    expect(tableInForce(state, '2026-04-01T00:00:00.000Z').version).toBe(1);
    expect(tableInForce(state).version).toBe(2);
    expect(catalogInForce(state, '2026-04-01T00:00:00.000Z').resolve('A02010105')?.path.at(-1)?.name).toBe('台式计算机');
    // Version 2 lists 计算机 without children: a leaf under it is accepted there, but by its deepest listed ancestor only.
    expect(catalogInForce(state).resolve('A02010105')?.path.at(-1)?.name).toBeNull();
    expect(catalogInForce(state).resolve('A02020100')).toBeNull();
  });
});

describe('stored 7-character category codes', () => {
  const registered = {
    type: 'asset.registered.v1',
    data: {
      assetId: 'a-1',
      assetNo: 'OLD-1',
      departmentId: 'D-EDU',
      name: '椅子',
      categoryCode: 'A050100',
      custodian: '张三',
      location: '库房',
    },
  };

  it('read as 9 characters in every place an asset event holds one, the stored event untouched', () => {
    expect(upcastAssetEvent(registered).data).toMatchObject({ categoryCode: 'A05010000' });
    expect(registered.data.categoryCode).toBe('A050100');
    const corrected = upcastAssetEvent({
      type: 'asset.corrected.v1',
      data: { assetId: 'a-1', previous: { categoryCode: 'A050100' }, corrected: { categoryCode: 'A020101' }, reason: '录错' },
    });
    expect(corrected.data).toMatchObject({ previous: { categoryCode: 'A05010000' }, corrected: { categoryCode: 'A02010100' } });
    const listed = upcastAssetEvent({ type: 'asset.listed.v1', data: { asset: { categoryCode: 'A020000' } } });
    expect(listed.data).toMatchObject({ asset: { categoryCode: 'A02000000' } });
  });

  it('fold into a card with the 9-character code', () => {
    const state = evolveAsset(initialAssetState(), registered as never);
    expect(state).toMatchObject({ categoryCode: 'A05010000' });
  });
});
