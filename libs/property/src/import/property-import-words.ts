import type { CoordinateSystem } from '../domain/property.events';
import type { PropertyKind, PropertyStatus, PropertyUse } from '../domain/property.constants';

/** The words a register writes in each coded column → the code the register keeps (compared without spaces). */
export const KIND_WORDS: Readonly<Record<string, PropertyKind>> = {
  地块: 'parcel',
  宗地: 'parcel',
  楼栋: 'building',
  楼宇: 'building',
  建筑: 'building',
  楼层: 'floor',
  房间: 'room',
  场地: 'room',
  '房间/场地': 'room',
};

export const USE_WORDS: Readonly<Record<string, PropertyUse>> = {
  办公用房: 'office',
  办公: 'office',
  业务用房: 'business',
  业务: 'business',
  学校: 'school',
  停车场: 'parking',
  体育场馆: 'sports_venue',
  体育场地: 'sports_venue',
  桥下空间: 'under_bridge',
  住宅: 'residential',
  其他: 'other',
};

export const STATUS_WORDS: Readonly<Record<string, PropertyStatus>> = {
  在用: 'in_use',
  闲置: 'idle',
  出租出借: 'leased',
  出租: 'leased',
  出借: 'leased',
  待处置: 'pending_disposal',
};

/**
 * Coordinate systems by the names people give them. 天地图 and survey data use CGCS2000, which differs from
 * WGS-84 by centimetres: read as WGS-84. 百度 (BD-09) is a third system the register does not convert: refused.
 */
export const COORDINATE_SYSTEM_WORDS: Readonly<Record<string, CoordinateSystem | 'BD09'>> = {
  'WGS-84': 'WGS84',
  WGS84: 'WGS84',
  GPS: 'WGS84',
  CGCS2000: 'WGS84',
  天地图: 'WGS84',
  'GCJ-02': 'GCJ02',
  GCJ02: 'GCJ02',
  火星坐标: 'GCJ02',
  国测局坐标: 'GCJ02',
  高德: 'GCJ02',
  腾讯: 'GCJ02',
  'BD-09': 'BD09',
  BD09: 'BD09',
  百度: 'BD09',
};

/**
 * The system a row without 坐标系 is read in. GCJ-02: coordinates in a unit's spreadsheet are mostly picked
 * on 高德 or 腾讯 maps, which show GCJ-02; the report says how many rows were read this way, so a file
 * taken from GPS or 天地图 is noticed and given the column.
 */
export const DEFAULT_COORDINATE_SYSTEM: CoordinateSystem = 'GCJ02';

export const wordKey = (text: string): string => text.replace(/\s+/g, '').toUpperCase();

/** Looks a cell up in a word table, ignoring spaces and letter case. */
export function lookUpWord<T>(table: Readonly<Record<string, T>>, text: string): T | undefined {
  const key = wordKey(text);
  const found = Object.keys(table).find((word) => wordKey(word) === key);
  return found === undefined ? undefined : table[found];
}
