import { DEPARTMENT_CODE_PATTERN, isRealDate } from '@app/shared';
import { gcj02ToWgs84, LngLat, roundCoordinate } from './coordinates';
import { PROPERTY_KINDS, PROPERTY_STATUSES, PROPERTY_USES } from './property.constants';
import { COORDINATE_SYSTEMS, EnteredLocation } from './property.events';
import { PropertyError } from './property.errors';

/**
 * Field checks the domain makes whatever the HTTP layer let through (imports and other callers send commands
 * too): a property is never stored with a value the register, the map or the reports cannot read.
 */
const invalid = (field: string, problem: string) => new PropertyError('INVALID_PROPERTY_FIELD', `${field}: ${problem}`, { field, problem });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** 物业编号: letters, digits and - _ . / only, so it reads the same in a file name, a URL and a spreadsheet. */
const PROPERTY_NO = /^[\p{L}\p{N}][\p{L}\p{N}\-_./]{0,39}$/u;
/** numeric(12,2) holds up to 9,999,999,999.99; no property comes near, so a hundred million m² is the ceiling. */
const MAX_AREA = 100_000_000;

export function checkText(value: unknown, field: string, min: number, max: number): PropertyError | null {
  if (typeof value !== 'string') return invalid(field, 'must be text');
  const length = [...value.trim()].length;
  if (length < min || length > max) return invalid(field, min === 0 ? `at most ${max} characters` : `${min}–${max} characters`);
  return null;
}

export function checkPropertyNo(value: unknown): PropertyError | null {
  return typeof value === 'string' && PROPERTY_NO.test(value)
    ? null
    : invalid('propertyNo', 'letters and digits (and - _ . /), at most 40, starting with a letter or digit');
}

export function checkOneOf(value: unknown, field: string, allowed: readonly string[]): PropertyError | null {
  return typeof value === 'string' && allowed.includes(value) ? null : invalid(field, `one of ${allowed.join(', ')}`);
}

export const checkKind = (value: unknown) => checkOneOf(value, 'kind', PROPERTY_KINDS);
export const checkUse = (value: unknown) => checkOneOf(value, 'use', PROPERTY_USES);
export const checkStatus = (value: unknown, field = 'status') => checkOneOf(value, field, PROPERTY_STATUSES);

/** Areas in m²: positive (usable may be 0), at most two decimals. */
export function checkArea(value: unknown, field: string, allowZero = false): PropertyError | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return invalid(field, 'must be a number of m²');
  if (value < 0 || (!allowZero && value === 0)) return invalid(field, allowZero ? 'must not be negative' : 'must be more than 0');
  if (value > MAX_AREA) return invalid(field, `at most ${MAX_AREA} m²`);
  // Exactly what two decimals can write: 85.5 passes, 85.555 and 2e-323 (which rounds to 0.00) do not.
  if (Number(value.toFixed(2)) !== value) return invalid(field, 'at most two decimals');
  return null;
}

export function checkAreas(gross: unknown, usable: unknown): PropertyError | null {
  const problem = checkArea(gross, 'grossAreaSqm') ?? (usable === null ? null : checkArea(usable, 'usableAreaSqm', true));
  if (problem) return problem;
  if (typeof usable === 'number' && usable > (gross as number)) return invalid('usableAreaSqm', '使用面积 cannot exceed 建筑面积');
  return null;
}

export function checkUnitId(value: unknown, field: string): PropertyError | null {
  return typeof value === 'string' && DEPARTMENT_CODE_PATTERN.test(value) ? null : invalid(field, 'must be a unit code such as D-EDU');
}

export function checkUuid(value: unknown, field: string): PropertyError | null {
  return typeof value === 'string' && UUID.test(value) ? null : invalid(field, 'must be a uuid');
}

/** A China date, YYYY-MM-DD, that exists and is not after today. */
export function checkPastDate(value: unknown, field: string, today: string): PropertyError | null {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return invalid(field, 'must be a date YYYY-MM-DD');
  if ((value as string) > today) return invalid(field, 'must not be after today');
  return null;
}

/** The stored WGS-84 point for what was entered (GCJ-02 converted), or the field's problem. */
export function storedLocation(
  entered: EnteredLocation | null,
): { location: LngLat | null; entered: EnteredLocation | null } | PropertyError {
  if (entered === null) return { location: null, entered: null };
  if (typeof entered !== 'object') return invalid('location', 'must be { lng, lat, system }');
  const { lng, lat, system } = entered;
  if (!COORDINATE_SYSTEMS.includes(system)) return invalid('location.system', 'WGS84 or GCJ02');
  if (typeof lng !== 'number' || !Number.isFinite(lng) || lng < -180 || lng > 180) return invalid('location.lng', 'a longitude −180–180');
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) return invalid('location.lat', 'a latitude −90–90');
  const wgs = system === 'GCJ02' ? gcj02ToWgs84({ lng, lat }) : { lng, lat };
  return {
    location: { lng: roundCoordinate(wgs.lng), lat: roundCoordinate(wgs.lat) },
    entered: { lng, lat, system },
  };
}
