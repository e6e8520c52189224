import { PropertyMapError } from './property-map.errors';

/** Mean Earth radius (IUGG), the sphere every distance here is measured on. */
export const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE = (EARTH_RADIUS_M * Math.PI) / 180;

export interface LngLat {
  readonly lng: number;
  readonly lat: number;
}

/** A viewport: west, south, east, north in degrees (WGS-84). */
export interface Bbox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** Largest radius a nearby query takes: a district is ~10 km across, a city ~100 km. */
export const MAX_RADIUS_M = 50_000;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine on the mean-radius sphere), as the SQL computes it. */
export function haversineMetres(a: LngLat, b: LngLat): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The smallest lng/lat box holding every point within `radiusM` of the centre: the index narrows to
 * it, the exact haversine decides. Longitude degrees shrink towards the poles, so the box is widened
 * by the cosine of the latitude farthest from the equator inside it.
 */
export function boxAround(centre: LngLat, radiusM: number): Bbox {
  const dLat = radiusM / METRES_PER_DEGREE;
  const south = Math.max(-90, centre.lat - dLat);
  const north = Math.min(90, centre.lat + dLat);
  const widest = Math.max(Math.abs(south), Math.abs(north));
  const cos = Math.cos(rad(Math.min(widest, 89.9)));
  const dLng = Math.min(180, dLat / cos);
  return { west: Math.max(-180, centre.lng - dLng), south, east: Math.min(180, centre.lng + dLng), north };
}

const finite = (s: string) => (/^\s*-?\d+(\.\d+)?\s*$/.test(s) ? Number(s) : NaN);

/** `w,s,e,n` in degrees; west < east (no box across the antimeridian), south < north. */
export function parseBbox(text: string | undefined): Bbox {
  const parts = (text ?? '').split(',').map(finite);
  const [west, south, east, north] = parts;
  const ok =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    west >= -180 &&
    east <= 180 &&
    south >= -90 &&
    north <= 90 &&
    west < east &&
    south < north;
  if (!ok)
    throw new PropertyMapError(
      'MAP_BBOX_INVALID',
      `bbox must be west,south,east,north in degrees with west < east and south < north (got ${JSON.stringify(text ?? '')})`,
      { field: 'bbox' },
    );
  return { west, south, east, north };
}

/** A centre and radius for a nearby query, checked: a real point and 1 m – 50 km. */
export function checkCentre(lng: number | undefined, lat: number | undefined, radiusM: number): LngLat {
  if (lng === undefined || lat === undefined || !Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90)
    throw new PropertyMapError('MAP_POINT_INVALID', 'lng and lat must be a point in degrees (lng -180..180, lat -90..90)', {
      field: 'lng,lat',
    });
  if (!Number.isFinite(radiusM) || radiusM < 1 || radiusM > MAX_RADIUS_M)
    throw new PropertyMapError('MAP_RADIUS_INVALID', `radiusM must be 1 to ${MAX_RADIUS_M} metres`, {
      field: 'radiusM',
      max: MAX_RADIUS_M,
    });
  return { lng, lat };
}

/** A viewport is cut into at most this many cells a side, whatever zoom is claimed. */
export const MAX_CLUSTER_CELLS_PER_SIDE = 64;

/**
 * Size in degrees of one cluster cell: about 64 screen pixels at the zoom (a 256-pixel tile spans
 * 360/2^zoom degrees of longitude); without a zoom, a sixteenth of the viewport's width. Never
 * finer than a 64th of the viewport's longer side: a city-wide box sent with zoom 22 would
 * otherwise make every property a cluster of its own and answer tens of thousands of rows.
 */
export function clusterCellDegrees(bbox: Bbox, zoom: number | undefined): number {
  const floor = Math.max(bbox.east - bbox.west, bbox.north - bbox.south) / MAX_CLUSTER_CELLS_PER_SIDE;
  if (zoom !== undefined) return Math.max((360 / 2 ** zoom) * (64 / 256), floor);
  return (bbox.east - bbox.west) / 16;
}

/** Convex hull (Andrew's monotone chain), counter-clockwise, closed; fewer than 3 distinct points: none. */
export function convexHull(points: readonly LngLat[]): LngLat[] | null {
  const sorted = [...points].sort((a, b) => a.lng - b.lng || a.lat - b.lat);
  const cross = (o: LngLat, a: LngLat, b: LngLat) => (a.lng - o.lng) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lng - o.lng);
  const half = (list: LngLat[]) => {
    const out: LngLat[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2], out[out.length - 1], p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  const hull = [...half(sorted), ...half([...sorted].reverse())];
  if (hull.length < 3) return null;
  return [...hull, hull[0]];
}
