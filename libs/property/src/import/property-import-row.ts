import { Actor, DomainError } from '@app/shared';
import { catalogueMessage } from '@app/platform/http/error-catalogue';
import { ImportProblem } from '@app/platform/import/import-problem';
import { cellOf, ParsedRegisterFile, SheetRow } from '@app/platform/import/register-file.parser';
import { calendarDate } from '@app/platform/import/calendar-date';
import { LngLat, outOfChina } from '../domain/coordinates';
import type { LinkedAssetFacts, PropertyFacts, RegisterProperty } from '../domain/property.commands';
import {
  PROPERTY_KIND_LABELS,
  PROPERTY_OFFICE_RULE,
  PROPERTY_STATUS_LABELS,
  PROPERTY_USE_LABELS,
  PropertyKind,
  PropertyStatus,
  PropertyUse,
} from '../domain/property.constants';
import { decideProperty } from '../domain/property.decider';
import { PropertyError } from '../domain/property.errors';
import { EnteredLocation, PropertyEvent, propertyIdFor } from '../domain/property.events';
import { initialPropertyState } from '../domain/property.state';
import { PROPERTY_FIELD_LABELS, PROPERTY_REQUIRED_COLUMNS, PropertyImportField, resolvePropertyColumns } from './property-columns';
import {
  COORDINATE_SYSTEM_WORDS,
  DEFAULT_COORDINATE_SYSTEM,
  KIND_WORDS,
  lookUpWord,
  STATUS_WORDS,
  USE_WORDS,
} from './property-import-words';

/** One row, checked: what the register command is given for it (and where it came from, for the report). */
export interface PropertyImportRegistration {
  readonly rowNumber: number;
  /** 0 for a row whose parent is not in the file; one more than its parent's otherwise. Rows import by depth. */
  readonly depth: number;
  readonly propertyId: string;
  readonly propertyNo: string;
  readonly propertyKind: PropertyKind;
  readonly parentId: string | null;
  readonly name: string;
  readonly address: string;
  readonly location: EnteredLocation | null;
  /** The point the register stores (GCJ-02 converted by the decider), for the report and the tests. */
  readonly wgs84: LngLat | null;
  readonly grossAreaSqm: number;
  readonly usableAreaSqm: number | null;
  readonly use: PropertyUse;
  /** null: the importing unit (an asset manager registers for their own unit). */
  readonly ownerUnitId: string | null;
  readonly occupantUnitId: string | null;
  /** 使用起始日期 as the file gives it; null: the import day (the register's default). */
  readonly occupiedSince: string | null;
  readonly status: PropertyStatus;
  readonly assetId: string | null;
}

/** What the register (its read model) knows of a 物业编号 already. */
export interface KnownProperty extends PropertyFacts {
  readonly ownerUnitId: string;
}

/** The facts the dry run looks up before checking (read by the caller: a pure check reads nothing). */
export interface PropertyImportFacts {
  /** Registered properties by 物业编号 (those the file names as rows or as parents). */
  readonly properties: ReadonlyMap<string, KnownProperty>;
  /** Asset cards by 资产编号 (those 关联资产编号 names). */
  readonly assets: ReadonlyMap<string, LinkedAssetFacts>;
  /** Units of the tree by code and by name → code. */
  readonly units: ReadonlyMap<string, string>;
  /** How an asset number becomes its card id (the asset import's rule). */
  readonly assetIdFor: (assetNo: string) => string;
}

export interface CheckedPropertyFile {
  /** Rows to register, parents before children; rows this unit registered already are left in (the job skips them). */
  readonly registrations: readonly PropertyImportRegistration[];
  readonly problems: readonly ImportProblem[];
  readonly warnings: readonly ImportProblem[];
  readonly badRows: number;
  /** Valid rows whose 物业编号 this unit has registered already. */
  readonly alreadyRegistered: number;
  /** Which header each field was read from. */
  readonly columns: Readonly<Record<PropertyImportField, string | null>>;
}

/** A number in a cell: thousands separators and a unit (㎡, m², 平方米) after it allowed. */
export function cellNumber(text: string, unit?: 'area'): number | null {
  let cleaned = text.replace(/[,，\s]/g, '');
  if (unit === 'area') cleaned = cleaned.replace(/(㎡|m²|m2|平方米|平米)$/i, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}

/** Decimals written in a number cell (the register keeps at most two for areas). */
const decimals = (text: string) => /\.(\d+)/.exec(text.replace(/[,，\s]/g, ''))?.[1].length ?? 0;

type Report = (field: PropertyImportField | null, code: string, problem: string) => void;

/** The decider's refusals in the words of the report, with the column at fault. */
function refusal(error: PropertyError, kindLabel: string): { field: PropertyImportField | null; problem: string } {
  const details = error.details as { field?: string; problem?: string } | undefined;
  const field = details?.field ?? '';
  switch (error.code) {
    case 'PROPERTY_NOT_YOUR_UNIT':
      return field === 'parentId'
        ? { field: 'parentNo', problem: '上级物业属于其他单位：物业只能登记在本单位的楼栋、楼层或地块下' }
        : { field: 'ownerUnit', problem: '只能为本单位导入物业' };
    case 'PROPERTY_PARENT_INVALID': {
      const { allowed, parentKind } = error.details as { allowed?: PropertyKind[]; parentKind?: PropertyKind };
      const names = (allowed ?? []).map((k) => PROPERTY_KIND_LABELS[k]).join('或');
      if (parentKind)
        return { field: 'parentNo', problem: `上级物业是${PROPERTY_KIND_LABELS[parentKind]}：${kindLabel}的上级应为${names || '空'}` };
      if (allowed) return { field: 'parentNo', problem: `${kindLabel}须填写上级物业编号（上级应为${names}）` };
      return { field: 'parentNo', problem: '上级物业不符合要求' };
    }
    case 'PROPERTY_ASSET_CARD_INVALID': {
      const { categoryCode } = error.details as { categoryCode?: string };
      return {
        field: 'assetNo',
        problem: categoryCode
          ? `关联资产不是房屋和构筑物卡片（分类代码 ${categoryCode}）`
          : '关联资产不在本单位账上：只能关联权属单位自己的房屋和构筑物卡片',
      };
    }
    case 'OFFICE_SPACE_NOT_LENDABLE':
      return { field: 'status', problem: `办公用房不能登记为出租出借：${PROPERTY_OFFICE_RULE}` };
    case 'INVALID_PROPERTY_FIELD': {
      const byField: Readonly<Record<string, PropertyImportField>> = {
        propertyNo: 'propertyNo',
        name: 'name',
        address: 'address',
        grossAreaSqm: 'grossArea',
        usableAreaSqm: 'usableArea',
        use: 'use',
        status: 'status',
        kind: 'kind',
        ownerUnitId: 'ownerUnit',
        occupantUnitId: 'occupantUnit',
        occupiedSince: 'occupiedSince',
        'location.lng': 'lng',
        'location.lat': 'lat',
        location: 'lng',
        'location.system': 'coordinateSystem',
      };
      const words: Readonly<Record<string, string>> = {
        propertyNo: '物业编号须为 1–40 位字母、数字或 - _ . /，以字母或数字开头',
        name: '名称须为 1–100 个字',
        address: '地块和楼栋须填写地址；地址最多 200 字',
        usableAreaSqm: '使用面积不能大于建筑面积',
      };
      const imported = byField[field] ?? null;
      return {
        field: imported,
        problem: words[field] ?? `${imported ? PROPERTY_FIELD_LABELS[imported] : field}：${details?.problem ?? error.message}`,
      };
    }
    default:
      return { field: null, problem: `不能登记：${catalogueMessage(error.code, 'zh-CN') ?? error.code}` };
  }
}

/**
 * A row the import job's register command refused (the register changed after the dry run): the dry run's
 * words for the same refusal, with the column at fault, never the decider's English sentence.
 */
export function jobRowRefusal(error: DomainError, kind: PropertyKind): string {
  if (!(error instanceof PropertyError)) return `登记被拒绝：${catalogueMessage(error.code, 'zh-CN') ?? error.code}`;
  const { field, problem } = refusal(error, PROPERTY_KIND_LABELS[kind]);
  return `登记被拒绝${field ? `（${PROPERTY_FIELD_LABELS[field]}）` : ''}：${problem}`;
}

/** A row's cells read into a registration, or its problems; the parent is resolved afterwards (it may be a later row). */
interface ReadRow {
  readonly rowNumber: number;
  readonly registration: Omit<PropertyImportRegistration, 'depth' | 'parentId' | 'wgs84'> | null;
  /** The 物业编号 cell as written (also for a row with problems, so its children name the right row). */
  readonly propertyNo: string | null;
  readonly parentNo: string | null;
  readonly assetNo: string | null;
  readonly defaultedSystem: boolean;
}

interface RowContext {
  readonly departmentId: string;
  readonly facts: PropertyImportFacts;
  readonly columns: Partial<Record<PropertyImportField, number>>;
  readonly cellSlots: readonly number[];
  readonly unread: ReadonlySet<string>;
}

function readRow(row: SheetRow, ctx: RowContext, report: Report): ReadRow {
  let bad = false;
  const unread = (field: PropertyImportField) => ctx.unread.has(`${row.rowNumber}:${ctx.columns[field]}`);
  const fail: Report = (field, code, problem) => {
    bad = true;
    report(field, code, problem);
  };
  const cell = (field: PropertyImportField) => {
    const index = ctx.columns[field];
    return index === undefined ? '' : cellOf(ctx, row, index).trim();
  };
  const required = (field: PropertyImportField): string | null => {
    const value = cell(field);
    if (value === '') {
      // A formula or merged cell was reported by the parser already.
      if (unread(field)) bad = true;
      else fail(field, 'REQUIRED', `${PROPERTY_FIELD_LABELS[field]}不能为空`);
      return null;
    }
    return value;
  };
  const word = <T>(field: PropertyImportField, table: Readonly<Record<string, T>>, allowed: readonly string[], code: string): T | null => {
    const text = required(field);
    if (text === null) return null;
    const found = lookUpWord(table, text);
    if (found === undefined) {
      fail(field, code, `${PROPERTY_FIELD_LABELS[field]}“${text}”无法识别（可用：${allowed.join('、')}）`);
      return null;
    }
    return found;
  };

  const propertyNo = required('propertyNo');
  const kind = word('kind', KIND_WORDS, ['地块', '楼栋', '楼层', '房间'], 'PROPERTY_KIND_UNKNOWN');
  const name = required('name');
  // Floors and rooms may leave 地址 empty (their building's holds); the decider says which kinds need one.
  const address = cell('address');
  const use = word('use', USE_WORDS, Object.values(PROPERTY_USE_LABELS), 'PROPERTY_USE_UNKNOWN');
  const status = word('status', STATUS_WORDS, Object.values(PROPERTY_STATUS_LABELS), 'PROPERTY_STATUS_UNKNOWN');

  const area = (field: 'grossArea' | 'usableArea', text: string): number | null => {
    const value = cellNumber(text, 'area');
    const label = PROPERTY_FIELD_LABELS[field];
    if (value === null || value < 0 || (field === 'grossArea' && value === 0) || decimals(text) > 2) {
      fail(field, 'AREA_FORMAT', `${label}“${text}”须为${field === 'grossArea' ? '大于 0 ' : '不小于 0 '}的平方米数，最多两位小数`);
      return null;
    }
    return value;
  };
  const grossText = required('grossArea');
  const grossAreaSqm = grossText === null ? null : area('grossArea', grossText);
  const usableText = cell('usableArea');
  const usableAreaSqm = usableText === '' ? null : area('usableArea', usableText);
  if (grossAreaSqm !== null && usableAreaSqm !== null && usableAreaSqm > grossAreaSqm) {
    fail('usableArea', 'AREA_FORMAT', `使用面积 ${usableText} 不能大于建筑面积 ${grossText}`);
  }

  // A coordinate cell the parser could not read (formula, merged) is reported already: not again as half a point.
  const location =
    unread('lng') || unread('lat') || unread('coordinateSystem')
      ? 'bad'
      : readLocation(cell('lng'), cell('lat'), cell('coordinateSystem'), fail);

  const unitOf = (field: 'ownerUnit' | 'occupantUnit'): string | null => {
    const text = cell(field);
    if (text === '') return null;
    const code = ctx.facts.units.get(text) ?? ctx.facts.units.get(text.toUpperCase());
    if (code === undefined) fail(field, 'UNIT_UNKNOWN', `${PROPERTY_FIELD_LABELS[field]}“${text}”不是组织机构中的单位（填单位名称或代码）`);
    return code ?? null;
  };
  const owner = unitOf('ownerUnit');
  if (owner !== null && owner !== ctx.departmentId) {
    fail('ownerUnit', 'OTHER_UNIT_PROPERTY', `权属单位“${cell('ownerUnit')}”是另一个单位：只能为本单位（${ctx.departmentId}）导入物业`);
  }
  const occupantUnitId = unitOf('occupantUnit');
  const sinceText = cell('occupiedSince');
  const occupiedSince = sinceText === '' ? null : calendarDate(sinceText);
  if (sinceText !== '' && occupiedSince === null)
    fail('occupiedSince', 'DATE_FORMAT', `使用起始日期“${sinceText}”不是有效日期（如 2019-03-01）`);

  const assetNo = cell('assetNo') || null;
  let assetId: string | null = null;
  if (assetNo !== null) {
    if (!ctx.facts.assets.has(assetNo)) {
      fail('assetNo', 'ASSET_CARD_NOT_FOUND', `关联资产编号 ${assetNo} 在资产台账中找不到：请先登记该房屋和构筑物卡片，或留空`);
    } else assetId = ctx.facts.assetIdFor(assetNo);
  }
  const parentNo = cell('parentNo') || null;
  if (bad || !propertyNo || !kind || !name || !use || !status || grossAreaSqm === null || location === 'bad') {
    return { rowNumber: row.rowNumber, registration: null, propertyNo, parentNo, assetNo, defaultedSystem: false };
  }
  return {
    rowNumber: row.rowNumber,
    propertyNo,
    parentNo,
    assetNo,
    defaultedSystem: location !== null && cell('coordinateSystem') === '',
    registration: {
      rowNumber: row.rowNumber,
      propertyId: propertyIdFor(propertyNo),
      propertyNo,
      propertyKind: kind,
      name,
      address,
      location,
      grossAreaSqm,
      usableAreaSqm,
      use,
      ownerUnitId: null,
      occupantUnitId,
      occupiedSince,
      status,
      assetId,
    },
  };
}

/** 经度, 纬度 and 坐标系 → the entered point; null when the row gives none; 'bad' when it was reported. */
function readLocation(lngText: string, latText: string, systemText: string, fail: Report): EnteredLocation | null | 'bad' {
  if (lngText === '' && latText === '') {
    if (systemText !== '') return null;
    return null;
  }
  if (lngText === '' || latText === '') {
    fail(lngText === '' ? 'lng' : 'lat', 'COORDINATE_INCOMPLETE', '经度和纬度须同时填写（或都留空）');
    return 'bad';
  }
  const system = systemText === '' ? DEFAULT_COORDINATE_SYSTEM : lookUpWord(COORDINATE_SYSTEM_WORDS, systemText);
  if (system === undefined) {
    fail('coordinateSystem', 'COORDINATE_SYSTEM_UNKNOWN', `坐标系“${systemText}”无法识别（可用：WGS-84、GCJ-02）`);
    return 'bad';
  }
  if (system === 'BD09') {
    fail('coordinateSystem', 'COORDINATE_SYSTEM_UNSUPPORTED', '百度坐标（BD-09）不能直接导入：请换算为 GCJ-02 或 WGS-84 后再导入');
    return 'bad';
  }
  const lng = cellNumber(lngText);
  const lat = cellNumber(latText);
  let bad = false;
  if (lng === null || lng < -180 || lng > 180) {
    fail('lng', 'COORDINATE_FORMAT', `经度“${lngText}”须为 -180 至 180 之间的小数度数（如 114.131245）`);
    bad = true;
  }
  if (lat === null || lat < -90 || lat > 90) {
    const swapped = lat !== null && lng !== null && lat >= 72 && lat <= 138 && lng >= 0 && lng <= 56;
    fail(
      'lat',
      'COORDINATE_FORMAT',
      `纬度“${latText}”须为 -90 至 90 之间的小数度数${swapped ? '：经度和纬度可能填反了' : '（如 22.548456）'}`,
    );
    bad = true;
  }
  if (bad) return 'bad';
  if (outOfChina({ lng: lng!, lat: lat! })) {
    const swapped = outOfChina({ lng: lat!, lat: lng! }) === false;
    fail('lng', 'COORDINATE_OUT_OF_CHINA', `坐标（${lngText}, ${latText}）不在中国境内${swapped ? '：经度和纬度可能填反了' : ''}`);
    return 'bad';
  }
  return { lng: lng!, lat: lat!, system };
}

/**
 * Every row of a parsed file checked as the register command would check it, without writing: the
 * dry run's report, and the rows an import may start with when there is no problem at all. Parents may
 * be rows of the same file (before or after their children): rows are returned parents first.
 */
export function checkPropertyFile(
  file: ParsedRegisterFile,
  options: { actor: Actor; today: string; facts: PropertyImportFacts },
): CheckedPropertyFile {
  const problems: ImportProblem[] = [...file.problems];
  const warnings: ImportProblem[] = [];
  const columns = resolvePropertyColumns(file.headers);
  const columnNames = Object.fromEntries(
    (Object.keys(PROPERTY_FIELD_LABELS) as PropertyImportField[]).map((f) => [
      f,
      columns[f] === undefined ? null : file.headers[columns[f]!],
    ]),
  ) as Record<PropertyImportField, string | null>;
  const done = (registrations: PropertyImportRegistration[], badRows: number, alreadyRegistered = 0): CheckedPropertyFile => ({
    registrations,
    problems,
    warnings,
    badRows,
    alreadyRegistered,
    columns: columnNames,
  });
  const departmentId = options.actor.departmentId;
  if (departmentId === null) {
    problems.push({ row: null, column: null, code: 'NO_UNIT', problem: '您不属于任何单位，不能导入物业' });
    return done([], 0);
  }
  const missing = PROPERTY_REQUIRED_COLUMNS.filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    for (const field of missing) {
      const label = PROPERTY_FIELD_LABELS[field];
      problems.push({ row: null, column: label, code: 'COLUMN_MISSING', problem: `缺少“${label}”列：请使用物业导入模板的表头` });
    }
    return done([], 0);
  }
  const columnOf = (field: PropertyImportField | null) => (field === null ? null : (columnNames[field] ?? PROPERTY_FIELD_LABELS[field]));
  const badRows = new Set<number>(file.problems.flatMap((p) => (p.row === null ? [] : [p.row])));
  for (const cell of file.unread) badRows.add(Number(cell.split(':')[0]));
  const reportFor =
    (rowNumber: number): Report =>
    (field, code, problem) => {
      problems.push({ row: rowNumber, column: columnOf(field), code, problem });
      badRows.add(rowNumber);
    };

  const ctx: RowContext = { departmentId, facts: options.facts, columns, cellSlots: file.cellSlots, unread: file.unread };
  const read = file.rows.map((row) => readRow(row, ctx, reportFor(row.rowNumber)));

  // 物业编号 once in the file; rows by number, for parents named by a later or earlier row.
  const rowOfNo = new Map<string, ReadRow>();
  const firstRowOf = new Map<string, number>();
  for (const row of read) {
    const no = row.propertyNo;
    if (!no) continue;
    const earlier = firstRowOf.get(no);
    if (earlier !== undefined) {
      reportFor(row.rowNumber)('propertyNo', 'PROPERTY_NO_DUPLICATE_IN_FILE', `物业编号 ${no} 与第 ${earlier} 行重复`);
      continue;
    }
    firstRowOf.set(no, row.rowNumber);
    rowOfNo.set(no, row);
  }

  // Depth of each row: 0 when its parent is registered already (or it has none), else its parent row's + 1.
  const depthOf = new Map<number, number | 'cycle'>();
  const depth = (row: ReadRow, seen: Set<number>): number | 'cycle' => {
    const known = depthOf.get(row.rowNumber);
    if (known !== undefined) return known;
    const parentRow = row.parentNo === null ? undefined : rowOfNo.get(row.parentNo);
    let result: number | 'cycle';
    if (parentRow === undefined) result = 0;
    else if (seen.has(parentRow.rowNumber)) result = 'cycle';
    else {
      const parentDepth = depth(parentRow, new Set([...seen, row.rowNumber]));
      result = parentDepth === 'cycle' ? 'cycle' : parentDepth + 1;
    }
    depthOf.set(row.rowNumber, result);
    return result;
  };

  const registrations: PropertyImportRegistration[] = [];
  let alreadyRegistered = 0;
  let defaultedSystem = 0;
  // Parents are judged before their children, so a child learns whether its parent row passed.
  const byDepth = read
    .map((row, i) => ({ row, i, d: depth(row, new Set([row.rowNumber])) }))
    .sort((a, b) => (a.d === 'cycle' ? 1 : 0) - (b.d === 'cycle' ? 1 : 0) || Number(a.d) - Number(b.d) || a.i - b.i);
  for (const { row } of byDepth) {
    const report = reportFor(row.rowNumber);
    const registration = row.registration;
    if (registration === null || badRows.has(row.rowNumber)) continue;
    const known = options.facts.properties.get(registration.propertyNo);
    if (known !== undefined && known.ownerUnitId !== departmentId) {
      report('propertyNo', 'PROPERTY_NO_TAKEN', `物业编号 ${registration.propertyNo} 已由其他单位（${known.ownerUnitId}）登记`);
      continue;
    }
    let parent: PropertyFacts | null = null;
    let parentId: string | null = null;
    if (row.parentNo !== null) {
      const parentRow = rowOfNo.get(row.parentNo);
      const registered = options.facts.properties.get(row.parentNo);
      if (row.parentNo === registration.propertyNo || depth(row, new Set([row.rowNumber])) === 'cycle') {
        report('parentNo', 'PARENT_CYCLE', `上级物业编号 ${row.parentNo} 形成循环：物业不能是自己的上级或下级`);
        continue;
      }
      if (parentRow !== undefined) {
        if (parentRow.registration === null || badRows.has(parentRow.rowNumber)) {
          report('parentNo', 'PARENT_ROW_INVALID', `上级物业 ${row.parentNo} 在第 ${parentRow.rowNumber} 行，该行有问题：请先修改该行`);
          continue;
        }
        parent = {
          propertyId: parentRow.registration.propertyId,
          kind: parentRow.registration.propertyKind,
          use: parentRow.registration.use,
          ownerUnitId: parentRow.registration.ownerUnitId ?? departmentId,
        };
      } else if (registered !== undefined) {
        parent = { propertyId: registered.propertyId, kind: registered.kind, use: registered.use, ownerUnitId: registered.ownerUnitId };
      } else {
        report('parentNo', 'PARENT_PROPERTY_NOT_FOUND', `上级物业编号 ${row.parentNo} 既不在本文件中，也未在物业台账中登记`);
        continue;
      }
      parentId = parent.propertyId;
    }
    const command: RegisterProperty = {
      kind: 'RegisterProperty',
      actor: options.actor,
      today: options.today,
      ...registration,
      parentId,
      parent,
      occupiedSince: registration.occupiedSince,
      asset: row.assetNo === null ? null : (options.facts.assets.get(row.assetNo) ?? null),
    };
    // The register's decider judges the row on an empty stream: exactly the rules a registration by hand meets.
    const decision = decideProperty(command, initialPropertyState());
    if (decision instanceof PropertyError) {
      const { field, problem } = refusal(decision, PROPERTY_KIND_LABELS[registration.propertyKind]);
      report(field, decision.code, problem);
      continue;
    }
    if (known !== undefined) alreadyRegistered++;
    if (row.defaultedSystem) defaultedSystem++;
    const registered = (decision as readonly PropertyEvent[]).find((e) => e.type === 'property.registered.v1');
    const wgs84 = registered?.type === 'property.registered.v1' ? registered.data.location : null;
    registrations.push({ ...registration, parentId, wgs84, depth: depth(row, new Set([row.rowNumber])) as number });
  }
  if (defaultedSystem > 0) {
    warnings.push({
      row: null,
      column: columnNames.coordinateSystem ?? PROPERTY_FIELD_LABELS.coordinateSystem,
      code: 'COORDINATE_SYSTEM_DEFAULTED',
      problem: `${defaultedSystem} 行未填坐标系，按 GCJ-02（高德、腾讯地图坐标）换算为 WGS-84；坐标如取自 GPS 或天地图，请在坐标系列填写 WGS-84`,
    });
  }
  // The report in the file's order, row by row and column by column (whole-file problems first); the
  // registrations stay parents first.
  const place = (p: ImportProblem) => (p.column === null ? -1 : file.headers.indexOf(p.column));
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || place(a) - place(b));
  return done(registrations, badRows.size, alreadyRegistered);
}

/** The 物业编号 (rows and parents) and 资产编号 a file names: what the dry run looks up before checking. */
export function numbersNamedIn(file: ParsedRegisterFile): { propertyNos: string[]; assetNos: string[] } {
  const columns = resolvePropertyColumns(file.headers);
  const values = (field: PropertyImportField) => {
    const index = columns[field];
    return index === undefined ? [] : file.rows.map((row) => cellOf(file, row, index).trim()).filter((v) => v !== '');
  };
  return {
    propertyNos: [...new Set([...values('propertyNo'), ...values('parentNo')])],
    assetNos: [...new Set(values('assetNo'))],
  };
}
