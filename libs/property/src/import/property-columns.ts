import { resolveColumnsBy } from '@app/platform/import/import-columns';

/** The fields a property import row can fill, in the template's column order. */
export const PROPERTY_IMPORT_FIELDS = [
  'propertyNo',
  'kind',
  'parentNo',
  'name',
  'address',
  'lng',
  'lat',
  'coordinateSystem',
  'grossArea',
  'usableArea',
  'use',
  'ownerUnit',
  'occupantUnit',
  'occupiedSince',
  'status',
  'assetNo',
] as const;
export type PropertyImportField = (typeof PROPERTY_IMPORT_FIELDS)[number];

/** The header each field is reported by, and the template's header row. */
export const PROPERTY_FIELD_LABELS: Readonly<Record<PropertyImportField, string>> = {
  propertyNo: '物业编号',
  kind: '类型',
  parentNo: '上级物业编号',
  name: '名称',
  address: '地址',
  lng: '经度',
  lat: '纬度',
  coordinateSystem: '坐标系',
  grossArea: '建筑面积',
  usableArea: '使用面积',
  use: '用途',
  ownerUnit: '权属单位',
  occupantUnit: '使用单位',
  occupiedSince: '使用起始日期',
  status: '使用状况',
  assetNo: '关联资产编号',
};

/** Headers registers and map exports use for each field (compared without spaces and a unit in brackets). */
const KNOWN_HEADERS: Readonly<Record<PropertyImportField, readonly string[]>> = {
  propertyNo: ['物业编号', '物业代码', '房产编号'],
  kind: ['类型', '物业类型'],
  parentNo: ['上级物业编号', '上级编号', '所属物业编号'],
  name: ['名称', '物业名称'],
  address: ['地址', '坐落', '坐落位置', '物业地址'],
  lng: ['经度', 'lng', 'lon', 'longitude'],
  lat: ['纬度', 'lat', 'latitude'],
  coordinateSystem: ['坐标系', '坐标系统'],
  grossArea: ['建筑面积'],
  usableArea: ['使用面积'],
  use: ['用途', '物业用途'],
  ownerUnit: ['权属单位', '产权单位'],
  occupantUnit: ['使用单位'],
  occupiedSince: ['使用起始日期', '使用起始日', '入驻日期'],
  status: ['使用状况', '使用状态'],
  assetNo: ['关联资产编号', '资产编号'],
};

/** Columns a file must have (a row may still leave 上级物业编号, coordinates and the rest empty). */
export const PROPERTY_REQUIRED_COLUMNS: readonly PropertyImportField[] = [
  'propertyNo',
  'kind',
  'name',
  'address',
  'grossArea',
  'use',
  'status',
];

export function resolvePropertyColumns(headers: readonly string[]): Partial<Record<PropertyImportField, number>> {
  return resolveColumnsBy(headers, PROPERTY_IMPORT_FIELDS, KNOWN_HEADERS, {});
}
