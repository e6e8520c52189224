import { ParsedRegisterFile } from '@app/platform/import/register-file.parser';
import { Actor, DomainError } from '@app/shared';
import { catalogueMessage } from '@app/platform/http/error-catalogue';
import { PropertyError } from '../domain/property.errors';
import { PROPERTY_OFFICE_RULE } from '../domain/property.constants';
import { gcj02ToWgs84 } from '../domain/coordinates';
import { propertyIdFor } from '../domain/property.events';
import { checkPropertyFile, jobRowRefusal, KnownProperty, PropertyImportFacts } from './property-import-row';
import { PROPERTY_FIELD_LABELS, PROPERTY_IMPORT_FIELDS } from './property-columns';

const HEADER = PROPERTY_IMPORT_FIELDS.map((f) => PROPERTY_FIELD_LABELS[f]);
const manager: Actor = { userId: 'mgr-sch1', role: 'asset_manager', departmentId: 'D-SCH1', displayName: '实验小学资产管理员' };

type Row = Partial<Record<(typeof PROPERTY_IMPORT_FIELDS)[number], string>>;
const parcel: Row = {
  propertyNo: 'LH-P1',
  kind: '地块',
  name: '实验小学校园',
  address: '罗湖区东门路 1 号',
  grossArea: '12000',
  use: '学校',
  status: '在用',
};
const building: Row = {
  propertyNo: 'LH-B1',
  kind: '楼栋',
  parentNo: 'LH-P1',
  name: '教学楼',
  address: '罗湖区东门路 1 号',
  grossArea: '3,200.50',
  usableArea: '2800',
  use: '学校',
  status: '在用',
};
const floor: Row = {
  propertyNo: 'LH-F1',
  kind: '楼层',
  parentNo: 'LH-B1',
  name: '教学楼一层',
  grossArea: '800',
  use: '学校',
  status: '在用',
};

/** A parsed file: header in row 1, the rows from row 2 on, as the parser gives them. */
function file(rows: Row[], headers: string[] = HEADER): ParsedRegisterFile {
  return {
    format: 'xlsx',
    encoding: 'xlsx',
    headers,
    cellSlots: headers.map((_, i) => i),
    rows: rows.map((row, i) => ({ rowNumber: i + 2, cells: PROPERTY_IMPORT_FIELDS.map((f) => row[f] ?? '') })),
    problems: [],
    unread: new Set(),
  };
}

function facts(properties: [string, KnownProperty][] = [], assets: PropertyImportFacts['assets'] = new Map()): PropertyImportFacts {
  return {
    properties: new Map(properties),
    assets,
    units: new Map([
      ['D-SCH1', 'D-SCH1'],
      ['实验小学', 'D-SCH1'],
      ['D-SCH2', 'D-SCH2'],
      ['第二小学', 'D-SCH2'],
    ]),
    assetIdFor: (no) => `00000000-0000-4000-8000-${no.replace(/\D/g, '').padStart(12, '0')}`,
  };
}

const check = (rows: Row[], given = facts()) => checkPropertyFile(file(rows), { actor: manager, today: '2026-11-29', facts: given });
const where = (checked: ReturnType<typeof check>) => checked.problems.map((p) => [p.row, p.column, p.code]);

describe('property import rows (物业导入)', () => {
  it('given a parcel, its building and a floor: all registrable, parents first, ids from the 物业编号', () => {
    const checked = check([floor, building, parcel]);
    expect(checked.problems).toEqual([]);
    expect(checked.registrations.map((r) => [r.propertyNo, r.depth, r.parentId])).toEqual([
      ['LH-P1', 0, null],
      ['LH-B1', 1, propertyIdFor('LH-P1')],
      ['LH-F1', 2, propertyIdFor('LH-B1')],
    ]);
    expect(checked.registrations[1]).toMatchObject({ grossAreaSqm: 3200.5, usableAreaSqm: 2800, use: 'school', status: 'in_use' });
    expect(checked.registrations[0].propertyId).toBe(propertyIdFor('LH-P1'));
  });

  it('given GCJ-02 coordinates: the decider converts them; a row without 坐标系 is read as GCJ-02 and the report says so', () => {
    const checked = check([
      { ...parcel, lng: '114.131245', lat: '22.548456', coordinateSystem: 'GCJ-02' },
      { ...building, lng: '114.131245', lat: '22.548456' },
      { ...floor, lng: '114.12', lat: '22.54', coordinateSystem: 'WGS-84' },
    ]);
    expect(checked.problems).toEqual([]);
    expect(checked.registrations.map((r) => r.location)).toEqual([
      { lng: 114.131245, lat: 22.548456, system: 'GCJ02' },
      { lng: 114.131245, lat: 22.548456, system: 'GCJ02' },
      { lng: 114.12, lat: 22.54, system: 'WGS84' },
    ]);
    // What the register stores is WGS-84: the GCJ-02 rows moved by Shenzhen's offset (about 500 m), the WGS-84 row not.
    const wgs = gcj02ToWgs84({ lng: 114.131245, lat: 22.548456 });
    const six = (n: number) => Math.round(n * 1e6) / 1e6;
    expect(checked.registrations.map((r) => r.wgs84)).toEqual([
      { lng: six(wgs.lng), lat: six(wgs.lat) },
      { lng: six(wgs.lng), lat: six(wgs.lat) },
      { lng: 114.12, lat: 22.54 },
    ]);
    expect(Math.abs(114.131245 - wgs.lng)).toBeGreaterThan(0.004);
    expect(Math.abs(22.548456 - wgs.lat)).toBeGreaterThan(0.002);
    expect(checked.warnings).toEqual([
      expect.objectContaining({
        row: null,
        column: '坐标系',
        code: 'COORDINATE_SYSTEM_DEFAULTED',
        problem: expect.stringContaining('1 行未填坐标系'),
      }),
    ]);
  });

  it('reports bad coordinates with row and column: not a number, out of range, swapped, outside China, half given, BD-09', () => {
    const checked = check([
      { ...parcel, propertyNo: 'C1', lng: '东经114度', lat: '22.5' },
      { ...parcel, propertyNo: 'C2', lng: '22.548456', lat: '114.131245' },
      { ...parcel, propertyNo: 'C3', lng: '-0.12', lat: '51.5', coordinateSystem: 'WGS-84' },
      { ...parcel, propertyNo: 'C4', lng: '114.1' },
      { ...parcel, propertyNo: 'C5', lng: '114.1', lat: '22.5', coordinateSystem: '百度' },
      { ...parcel, propertyNo: 'C6', lng: '114.1', lat: '22.5', coordinateSystem: '北京54' },
    ]);
    expect(where(checked)).toEqual([
      [2, '经度', 'COORDINATE_FORMAT'],
      [3, '纬度', 'COORDINATE_FORMAT'],
      [4, '经度', 'COORDINATE_OUT_OF_CHINA'],
      [5, '纬度', 'COORDINATE_INCOMPLETE'],
      [6, '坐标系', 'COORDINATE_SYSTEM_UNSUPPORTED'],
      [7, '坐标系', 'COORDINATE_SYSTEM_UNKNOWN'],
    ]);
    expect(checked.problems[1].problem).toContain('经度和纬度可能填反了');
    expect(checked.registrations).toEqual([]);
    expect(checked.badRows).toBe(6);
  });

  it('reports bad areas, uses, kinds and statuses in Chinese, naming the value', () => {
    const checked = check([
      { ...parcel, propertyNo: 'A1', grossArea: '0' },
      { ...parcel, propertyNo: 'A2', grossArea: '120.555' },
      { ...parcel, propertyNo: 'A3', usableArea: '13000' },
      { ...parcel, propertyNo: 'A4', use: '仓库' },
      { ...parcel, propertyNo: 'A5', kind: '小区' },
      { ...parcel, propertyNo: 'A6', status: '报废' },
      { ...parcel, propertyNo: 'A7', grossArea: '' },
    ]);
    expect(where(checked)).toEqual([
      [2, '建筑面积', 'AREA_FORMAT'],
      [3, '建筑面积', 'AREA_FORMAT'],
      [4, '使用面积', 'AREA_FORMAT'],
      [5, '用途', 'PROPERTY_USE_UNKNOWN'],
      [6, '类型', 'PROPERTY_KIND_UNKNOWN'],
      [7, '使用状况', 'PROPERTY_STATUS_UNKNOWN'],
      [8, '建筑面积', 'REQUIRED'],
    ]);
    expect(checked.problems[1].problem).toBe('建筑面积“120.555”须为大于 0 的平方米数，最多两位小数');
    expect(checked.problems[3].problem).toContain('用途“仓库”无法识别（可用：办公用房');
  });

  it('reports an unknown parent, a parent of the wrong kind, a floor without a parent and a loop, row by row', () => {
    const checked = check([
      { ...building, propertyNo: 'P1', parentNo: 'NOWHERE' },
      { ...floor, propertyNo: 'P2', parentNo: 'LH-P1' },
      parcel,
      { ...floor, propertyNo: 'P3', parentNo: '' },
      { ...building, propertyNo: 'P4', parentNo: 'P5' },
      { ...building, propertyNo: 'P5', parentNo: 'P4' },
    ]);
    expect(where(checked)).toEqual([
      [2, '上级物业编号', 'PARENT_PROPERTY_NOT_FOUND'],
      [3, '上级物业编号', 'PROPERTY_PARENT_INVALID'],
      [5, '上级物业编号', 'PROPERTY_PARENT_INVALID'],
      [6, '上级物业编号', 'PARENT_CYCLE'],
      [7, '上级物业编号', 'PARENT_CYCLE'],
    ]);
    expect(checked.problems[1].problem).toBe('上级物业是地块：楼层的上级应为楼栋');
    expect(checked.problems[2].problem).toBe('楼层须填写上级物业编号（上级应为楼栋）');
    expect(checked.registrations.map((r) => r.propertyNo)).toEqual(['LH-P1']);
  });

  it('a child of a row with a problem is reported too; a parent registered earlier is found in the register', () => {
    const old: KnownProperty = { propertyId: propertyIdFor('LH-OLD'), kind: 'building', use: 'office', ownerUnitId: 'D-SCH1' };
    const checked = check(
      [
        { ...parcel, grossArea: 'x' },
        { ...building, parentNo: 'LH-P1' },
        { ...floor, propertyNo: 'LH-F9', parentNo: 'LH-OLD', use: '办公用房' },
      ],
      facts([['LH-OLD', old]]),
    );
    expect(where(checked)).toEqual([
      [2, '建筑面积', 'AREA_FORMAT'],
      [3, '上级物业编号', 'PARENT_ROW_INVALID'],
    ]);
    expect(checked.registrations.map((r) => [r.propertyNo, r.parentId])).toEqual([['LH-F9', propertyIdFor('LH-OLD')]]);
  });

  it('a parent registered by another unit is refused: a unit places its property only under its own', () => {
    const theirs: KnownProperty = { propertyId: propertyIdFor('LH-X-B'), kind: 'building', use: 'business', ownerUnitId: 'D-SCH2' };
    const checked = check([{ ...floor, propertyNo: 'LH-F8', parentNo: 'LH-X-B' }], facts([['LH-X-B', theirs]]));
    expect(where(checked)).toEqual([[2, '上级物业编号', 'PROPERTY_NOT_YOUR_UNIT']]);
    expect(checked.registrations).toEqual([]);
  });

  it('numbers this unit holds are counted as registered already; another unit’s are refused; duplicates in the file too', () => {
    const mine: KnownProperty = { propertyId: propertyIdFor('LH-P1'), kind: 'parcel', use: 'school', ownerUnitId: 'D-SCH1' };
    const theirs: KnownProperty = { propertyId: propertyIdFor('LH-X'), kind: 'parcel', use: 'school', ownerUnitId: 'D-SCH2' };
    const given = facts([
      ['LH-P1', mine],
      ['LH-X', theirs],
    ]);
    const checked = check([parcel, { ...parcel, propertyNo: 'LH-X' }, { ...parcel, name: '重复' }], given);
    expect(where(checked)).toEqual([
      [3, '物业编号', 'PROPERTY_NO_TAKEN'],
      [4, '物业编号', 'PROPERTY_NO_DUPLICATE_IN_FILE'],
    ]);
    expect(checked.alreadyRegistered).toBe(1);
    expect(checked.registrations.map((r) => r.propertyNo)).toEqual(['LH-P1']);
  });

  it('units by name or code: another owner unit is refused, an unknown occupant reported, an occupant kept', () => {
    const checked = check([
      { ...parcel, propertyNo: 'U1', ownerUnit: '第二小学' },
      { ...parcel, propertyNo: 'U2', occupantUnit: '不存在的单位' },
      { ...parcel, propertyNo: 'U3', ownerUnit: '实验小学', occupantUnit: 'D-SCH2' },
    ]);
    expect(where(checked)).toEqual([
      [2, '权属单位', 'OTHER_UNIT_PROPERTY'],
      [3, '使用单位', 'UNIT_UNKNOWN'],
    ]);
    expect(checked.registrations).toEqual([expect.objectContaining({ propertyNo: 'U3', ownerUnitId: null, occupantUnitId: 'D-SCH2' })]);
  });

  it('使用起始日期: read in the ways registers write dates; a bad date, a future one or one without an occupant is reported', () => {
    const checked = check([
      { ...parcel, propertyNo: 'S1', occupantUnit: 'D-SCH2', occupiedSince: '2019/3/1' },
      { ...parcel, propertyNo: 'S2', occupantUnit: 'D-SCH2', occupiedSince: '2019-02-30' },
      { ...parcel, propertyNo: 'S3', occupantUnit: 'D-SCH2', occupiedSince: '2027-01-01' },
      { ...parcel, propertyNo: 'S4', occupiedSince: '2019-03-01' },
      { ...parcel, propertyNo: 'S5', occupantUnit: 'D-SCH2' },
    ]);
    expect(where(checked)).toEqual([
      [3, '使用起始日期', 'DATE_FORMAT'],
      [4, '使用起始日期', 'INVALID_PROPERTY_FIELD'],
      [5, '使用起始日期', 'INVALID_PROPERTY_FIELD'],
    ]);
    // Given, it is kept; left empty with an occupant, the register takes the import day.
    expect(checked.registrations.map((r) => [r.propertyNo, r.occupiedSince])).toEqual([
      ['S1', '2019-03-01'],
      ['S5', null],
    ]);
  });

  it('the office rule and the asset card go through the register decider', () => {
    const assets = new Map([
      ['FW-1', { assetId: '00000000-0000-4000-8000-000000000001', categoryCode: 'A01010100', departmentId: 'D-SCH1' }],
      ['PC-2', { assetId: '00000000-0000-4000-8000-000000000002', categoryCode: 'A02010100', departmentId: 'D-SCH1' }],
    ]);
    const checked = check(
      [
        { ...parcel, propertyNo: 'O1', use: '办公用房', status: '出租出借' },
        { ...parcel, propertyNo: 'O2', assetNo: 'PC-2' },
        { ...parcel, propertyNo: 'O3', assetNo: 'NONE-3' },
        { ...parcel, propertyNo: 'O4', assetNo: 'FW-1' },
      ],
      facts([], assets),
    );
    expect(where(checked)).toEqual([
      [2, '使用状况', 'OFFICE_SPACE_NOT_LENDABLE'],
      [3, '关联资产编号', 'PROPERTY_ASSET_CARD_INVALID'],
      [4, '关联资产编号', 'ASSET_CARD_NOT_FOUND'],
    ]);
    expect(checked.problems[0].problem).toContain('《机关事务管理条例》第二十三条');
    expect(checked.registrations).toEqual([expect.objectContaining({ propertyNo: 'O4', assetId: '00000000-0000-4000-8000-000000000001' })]);
  });

  it('a formula in 经度 (reported by the parser) is not reported again as half a point', () => {
    const parsed = file([{ ...parcel, lng: '', lat: '22.5' }]);
    const withFormula: ParsedRegisterFile = {
      ...parsed,
      problems: [{ row: 2, column: 'F2', code: 'FORMULA_CELL', problem: '公式单元格' }],
      unread: new Set(['2:5']),
    };
    const checked = checkPropertyFile(withFormula, { actor: manager, today: '2026-11-29', facts: facts() });
    expect(where(checked)).toEqual([[2, 'F2', 'FORMULA_CELL']]);
    expect(checked).toMatchObject({ badRows: 1, registrations: [] });
  });

  it('a file without a required column is refused as a whole, naming the column', () => {
    const headers = HEADER.filter((h) => h !== '用途');
    const checked = checkPropertyFile(file([parcel], headers), { actor: manager, today: '2026-11-29', facts: facts() });
    expect(checked.problems).toEqual([expect.objectContaining({ row: null, column: '用途', code: 'COLUMN_MISSING' })]);
    expect(checked.registrations).toEqual([]);
  });
});

describe('a row the import job refuses (the register changed after the dry run)', () => {
  it('is worded as the dry run words it, with the column, not in the decider’s English', () => {
    const office = new PropertyError('OFFICE_SPACE_NOT_LENDABLE', 'office space may not be leased or lent');
    expect(jobRowRefusal(office, 'room')).toBe(`登记被拒绝（使用状况）：办公用房不能登记为出租出借：${PROPERTY_OFFICE_RULE}`);
    const parent = new PropertyError('PROPERTY_PARENT_INVALID', 'a room sits in a building or a floor', {
      parentKind: 'parcel',
      allowed: ['building', 'floor'],
    });
    expect(jobRowRefusal(parent, 'room')).toBe('登记被拒绝（上级物业编号）：上级物业是地块：房间/场地的上级应为楼栋或楼层');
  });

  it('words an error of another context by the error catalogue', () => {
    class ClosedUnit extends DomainError {
      readonly code = 'UNIT_CLOSED';
      readonly kind = 'conflict' as const;
    }
    const problem = jobRowRefusal(new ClosedUnit('the unit is closed'), 'building');
    expect(problem).toBe(`登记被拒绝：${catalogueMessage('UNIT_CLOSED', 'zh-CN')}`);
    expect(problem).not.toMatch(/[a-z]{3}/);
  });
});
