import { standardAssetDeps } from '../domain/asset.decider';
import { schoolManager } from '../testing/asset-fixtures';
import { calendarDate, checkRegisterFile, jobRowRefusal, yuanToFen } from './import-row';
import { AssetError } from '../domain/asset.errors';
import { DomainError } from '@app/shared';
import { catalogueMessage } from '@app/platform/http/error-catalogue';
import { ParsedRegisterFile } from '@app/platform/import/register-file.parser';

const HEADERS = [
  '资产编号',
  '名称',
  '分类代码',
  '使用部门',
  '使用人',
  '存放地点',
  '取得日期',
  '原值',
  '累计折旧',
  '数量',
  '计量单位',
  '使用状况',
];
const good = ['JY-1', '台式计算机', 'A02010100', '办公室', '张三', '行政楼302室', '2023/5/10', '4,999.00', '1200.5', '1', '台', '在用'];

const file = (rows: string[][], headers = HEADERS): ParsedRegisterFile => ({
  format: 'csv',
  encoding: 'utf-8',
  headers,
  cellSlots: headers.map((_, i) => i),
  rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
  problems: [],
  unread: new Set(),
});
const check = (f: ParsedRegisterFile, mapping?: Record<string, 'assetNo'>) =>
  checkRegisterFile(f, { actor: schoolManager, today: '2026-11-29', deps: standardAssetDeps(), mapping });
const withCell = (header: string, value: string) => good.map((v, i) => (HEADERS[i] === header ? value : v));

describe('checking import rows', () => {
  it('turns a 资产卡片 row into the register command: money in 分, dates normalised, the unit of the importer', () => {
    const result = check(file([good]));
    expect(result.problems).toEqual([]);
    expect(result.registrations).toEqual([
      expect.objectContaining({
        rowNumber: 2,
        assetNo: 'JY-1',
        departmentId: 'D-SCH1',
        card: expect.objectContaining({
          categoryCode: 'A02010100',
          acquiredOn: '2023-05-10',
          originalValueFen: 499900,
          accumulatedDepreciationFen: 120050,
          quantity: 1,
          condition: 'good',
        }),
      }),
    ]);
  });

  it('reads a 7-character code as the upcaster does (A020101 → A02010100)', () => {
    expect(check(file([withCell('分类代码', 'A020101')])).registrations[0].card.categoryCode).toBe('A02010100');
  });

  it('reports each bad cell with its row, its column and the problem in Chinese', () => {
    const result = check(
      file([withCell('原值', '12.345'), ['JY-3', '', 'A02010100', '', '李四', '库房', '2023-02-30', '100', '', '0', '台', '在用']]),
    );
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, '原值', 'MONEY_FORMAT'],
      [3, '名称', 'REQUIRED'],
      [3, '取得日期', 'DATE_FORMAT'],
      [3, '数量', 'QUANTITY_FORMAT'],
    ]);
    expect(result.problems[0].problem).toBe('原值“12.345”须为不小于 0 的金额（元，最多两位小数）');
    expect(result).toMatchObject({ badRows: 2, registrations: [] });
  });

  it('lets the register decider judge the card: category table, depreciation against value, future dates', () => {
    const result = check(file([withCell('分类代码', 'A09000000'), withCell('累计折旧', '5000'), withCell('取得日期', '2026-12-01')]));
    expect(result.problems.map((p) => [p.column, p.code])).toEqual([
      ['分类代码', 'UNKNOWN_CATEGORY'],
      ['累计折旧', 'DEPRECIATION_EXCEEDS_VALUE'],
      ['取得日期', 'ACQUISITION_DATE_IN_FUTURE'],
    ]);
  });

  it('imports 闲置 and 维修 as 在用 with a warning, and refuses states a new card cannot hold', () => {
    const result = check(
      file([
        withCell('使用状况', '闲置'),
        ['JY-2', ...withCell('使用状况', '维修').slice(1)],
        ['JY-3', ...withCell('使用状况', '出租出借').slice(1)],
        ['JY-4', ...withCell('使用状况', '待处置').slice(1)],
        ['JY-5', ...withCell('使用状况', '丢失').slice(1)],
      ]),
    );
    expect(result.registrations.map((r) => r.assetNo)).toEqual(['JY-1', 'JY-2']);
    expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
      [2, 'USAGE_STATUS_AS_IN_USE'],
      [3, 'USAGE_STATUS_AS_IN_USE'],
    ]);
    expect(result.problems.map((p) => [p.row, p.code])).toEqual([
      [4, 'USAGE_STATUS_NOT_IMPORTABLE'],
      [5, 'USAGE_STATUS_NOT_IMPORTABLE'],
      [6, 'USAGE_STATUS_UNKNOWN'],
    ]);
  });

  it('refuses an asset number twice in one file, and a 使用部门 that is another unit of the tree', () => {
    const result = check(file([good, good, ['JY-9', ...withCell('使用部门', '区第二中学').slice(1)]]));
    expect(result.problems.map((p) => [p.row, p.code, p.problem])).toEqual([
      [3, 'DUPLICATE_IN_FILE', '资产编号 JY-1 与第 2 行重复'],
      [4, 'OTHER_UNIT', '使用部门“区第二中学”是另一个单位：只能为本单位（D-SCH1）导入资产'],
    ]);
  });

  it('names a missing column, and takes it from the mapping for another layout', () => {
    const headers = ['固定资产号', ...HEADERS.slice(1)];
    expect(check(file([good], headers)).problems).toEqual([
      expect.objectContaining({ row: null, column: '资产编号', code: 'COLUMN_MISSING' }),
    ]);
    expect(check(file([good], headers), { 固定资产号: 'assetNo' }).registrations).toHaveLength(1);
  });
});

describe('money and dates in a register file', () => {
  it('reads 元 into 分 without floating point', () => {
    expect([yuanToFen('0.1'), yuanToFen('¥1,234.56'), yuanToFen('19.99'), yuanToFen('-1'), yuanToFen('1.234')]).toEqual([
      10,
      123456,
      1999,
      null,
      null,
    ]);
  });

  it('reads the date forms registers use, and only real dates', () => {
    expect([calendarDate('2023-5-1'), calendarDate('2023.05.01'), calendarDate('20230501'), calendarDate('2023年5月1日')]).toEqual([
      '2023-05-01',
      '2023-05-01',
      '2023-05-01',
      '2023-05-01',
    ]);
    expect(calendarDate('2023-02-29')).toBeNull();
  });
});

describe('a row the import job refuses (the books changed after the dry run)', () => {
  it('is worded as the dry run words it, with the column, not in the decider’s English', () => {
    const future = new AssetError('ACQUISITION_DATE_IN_FUTURE', 'acquisition date is after today');
    expect(jobRowRefusal(future)).toBe('登记被拒绝（取得日期）：取得日期晚于今天');
    expect(jobRowRefusal(new AssetError('UNIT_CLOSED', 'the unit is closed'))).toBe('登记被拒绝：本单位已撤销，不能再登记资产');
  });

  it('words an error of another context by the error catalogue', () => {
    class NotFound extends DomainError {
      readonly code = 'NOT_FOUND';
      readonly kind = 'not_found' as const;
    }
    expect(jobRowRefusal(new NotFound('gone'))).toBe(`登记被拒绝：${catalogueMessage('NOT_FOUND', 'zh-CN')}`);
  });
});
