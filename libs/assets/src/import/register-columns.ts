import { resolveColumnsBy } from '@app/platform/import/import-columns';

/** The fields an import row can fill, and the headers a 资产卡片 export gives them. */
export const IMPORT_FIELDS = [
  'assetNo',
  'name',
  'categoryCode',
  'usingDepartment',
  'custodian',
  'location',
  'acquiredOn',
  'originalValue',
  'accumulatedDepreciation',
  'quantity',
  'unit',
  'usageStatus',
  'brand',
  'specification',
  'condition',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The label each field is shown and reported by; the first header of each list in STANDARD_HEADERS. */
export const FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  assetNo: '资产编号',
  name: '名称',
  categoryCode: '分类代码',
  usingDepartment: '使用部门',
  custodian: '使用人',
  location: '存放地点',
  acquiredOn: '取得日期',
  originalValue: '原值',
  accumulatedDepreciation: '累计折旧',
  quantity: '数量',
  unit: '计量单位',
  usageStatus: '使用状况',
  brand: '品牌',
  specification: '规格型号',
  condition: '成色',
};

/** Headers real exports use for each field (compared without spaces and the 元 unit in brackets). */
const STANDARD_HEADERS: Readonly<Record<ImportField, readonly string[]>> = {
  assetNo: ['资产编号', '资产代码', '卡片编号'],
  name: ['名称', '资产名称'],
  categoryCode: ['分类代码', '资产分类代码', '资产分类编码', '分类编码'],
  usingDepartment: ['使用部门'],
  custodian: ['使用人', '保管人'],
  location: ['存放地点', '存放位置'],
  acquiredOn: ['取得日期', '购置日期', '投入使用日期'],
  originalValue: ['原值', '价值', '资产原值'],
  accumulatedDepreciation: ['累计折旧', '累计折旧额'],
  quantity: ['数量'],
  unit: ['计量单位', '单位'],
  usageStatus: ['使用状况', '使用状态'],
  brand: ['品牌'],
  specification: ['规格型号', '规格', '型号'],
  condition: ['成色'],
};

export const REQUIRED_FIELDS: readonly ImportField[] = [
  'assetNo',
  'name',
  'categoryCode',
  'custodian',
  'location',
  'acquiredOn',
  'originalValue',
  'quantity',
  'unit',
];

/** A column mapping a user gives: the file's header → the field it holds. */
export type ColumnMapping = Readonly<Record<string, ImportField>>;

/**
 * Which column holds each field: the user's mapping first, then the standard headers. Returns the
 * column index per field; headers the import does not use are left out (they are not errors).
 */
export function resolveColumns(headers: readonly string[], mapping: ColumnMapping = {}): Partial<Record<ImportField, number>> {
  return resolveColumnsBy(headers, IMPORT_FIELDS, STANDARD_HEADERS, mapping);
}
