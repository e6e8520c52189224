import { isRealDate } from '@app/shared';

/**
 * Readers of stored property events that never throw: an event written by an older or careless writer
 * (an import, a hand-made fix) gives a sensible column value or null, never a stopped projection.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** numeric(12,2) holds less than 1e10. */
const NUMERIC_12_2_LIMIT = 9_999_999_999.99;

export const textOr = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : fallback;

export const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export const uuidOrNull = (value: unknown): string | null => (typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null);

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

export function dateOrNull(value: unknown): string | null {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? m[0] : null;
}

export function areaOrNull(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || Math.abs(n) > NUMERIC_12_2_LIMIT) return null;
  return Math.round(n * 100) / 100;
}

function coordinate(value: unknown, limit: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

/** A stored point as two columns; both null unless both are usable. */
export function pointOrNull(value: unknown): { lng: number | null; lat: number | null } {
  const p = typeof value === 'object' && value !== null ? (value as { lng?: unknown; lat?: unknown }) : {};
  const lng = coordinate(p.lng, 180);
  const lat = coordinate(p.lat, 90);
  return lng === null || lat === null ? { lng: null, lat: null } : { lng, lat };
}

export const boolOrNull = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
