import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Bbox, clusterCellDegrees, convexHull, EARTH_RADIUS_M, LngLat } from './geo';
import { PropertyMapError } from './property-map.errors';

/** What the map may narrow by; every list is "any of". */
export interface PropertyMapFilters {
  readonly uses?: readonly string[];
  readonly statuses?: readonly string[];
  readonly kinds?: readonly string[];
  readonly minAreaSqm?: number;
  readonly maxAreaSqm?: number;
}

/** Units whose property a person sees (owner or occupant among them); null: every unit. */
export type UnitScope = readonly string[] | null;

export interface MapPoint {
  readonly propertyId: string;
  readonly propertyNo: string;
  readonly name: string;
  readonly address: string;
  readonly kind: string;
  readonly use: string;
  readonly status: string;
  readonly lng: number;
  readonly lat: number;
  readonly grossAreaSqm: number;
  readonly ownerUnitId: string;
  readonly occupantUnitId: string | null;
}

export interface MapCluster {
  readonly count: number;
  /** Mean position of the cell's points. */
  readonly lng: number;
  readonly lat: number;
  /** Count per status in the cell. */
  readonly statuses: Readonly<Record<string, number>>;
}

export type ViewportAnswer =
  | { readonly mode: 'points'; readonly total: number; readonly points: MapPoint[] }
  | { readonly mode: 'clusters'; readonly total: number; readonly cellDegrees: number; readonly clusters: MapCluster[] };

export interface NearbyProperty extends MapPoint {
  /** Great-circle distance from the centre, metres (one decimal). */
  readonly distanceM: number;
}

/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner. */
export interface Queryable {
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
}

/** More points than this in a viewport are answered as grid clusters. */
export const MAX_VIEWPORT_POINTS = 500;
export const MAX_NEARBY = 200;
/** The register's statuses (core's PROPERTY_STATUSES); a stored value outside them is counted as `other`. */
const KNOWN_STATUSES = ['in_use', 'idle', 'leased', 'pending_disposal'] as const;
/** Enough to sort a city's property by cell in memory (50,000 rows take about 4.5 MB). */
const CLUSTER_WORK_MEM = '32MB';

/**
 * The expression the GiST index is built on (migration 1732300002100): a query must name it
 * exactly for PostgreSQL to use the index.
 */
const POINT = 'point(p.lng, p.lat)';
const BOX = (at: number) => `box(point($${at}, $${at + 1}), point($${at + 2}, $${at + 3}))`;

/** Haversine on the same sphere as `haversineMetres`, against the centre in $1 (lng) and $2 (lat). */
const DISTANCE_SQL = `2 * ${EARTH_RADIUS_M} * asin(least(1, sqrt(
  power(sin(radians(p.lat - $2) / 2), 2) + cos(radians($2)) * cos(radians(p.lat)) * power(sin(radians(p.lng - $1) / 2), 2))))`;

const COLUMNS = `p.property_id, p.property_no, p.name, p.address, p.kind, p.use, p.status, p.lng, p.lat,
  p.gross_area_sqm, p.owner_unit_id, p.occupant_unit_id`;

interface PointRow {
  property_id: string;
  property_no: string;
  name: string;
  address: string;
  kind: string;
  use: string;
  status: string;
  lng: number;
  lat: number;
  gross_area_sqm: string;
  owner_unit_id: string;
  occupant_unit_id: string | null;
}

const toPoint = (r: PointRow): MapPoint => ({
  propertyId: r.property_id,
  propertyNo: r.property_no,
  name: r.name,
  address: r.address,
  kind: r.kind,
  use: r.use,
  status: r.status,
  lng: Number(r.lng),
  lat: Number(r.lat),
  grossAreaSqm: Number(r.gross_area_sqm),
  ownerUnitId: r.owner_unit_id,
  occupantUnitId: r.occupant_unit_id,
});

/** The WHERE conditions for the filters and scope, numbering parameters after `params`. */
function conditions(filters: PropertyMapFilters, units: UnitScope, params: unknown[]): string[] {
  const where: string[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filters.minAreaSqm !== undefined && filters.maxAreaSqm !== undefined && filters.minAreaSqm > filters.maxAreaSqm)
    throw new PropertyMapError('MAP_AREA_RANGE_INVALID', 'minArea must not be more than maxArea', { field: 'minArea,maxArea' });
  if (filters.uses?.length) where.push(`p.use = ANY(${add([...filters.uses])}::text[])`);
  if (filters.statuses?.length) where.push(`p.status = ANY(${add([...filters.statuses])}::text[])`);
  if (filters.kinds?.length) where.push(`p.kind = ANY(${add([...filters.kinds])}::text[])`);
  if (filters.minAreaSqm !== undefined) where.push(`p.gross_area_sqm >= ${add(filters.minAreaSqm)}`);
  if (filters.maxAreaSqm !== undefined) where.push(`p.gross_area_sqm <= ${add(filters.maxAreaSqm)}`);
  if (units !== null) {
    if (units.length === 0) where.push('FALSE');
    else {
      const list = add([...units]);
      where.push(`(p.owner_unit_id = ANY(${list}::text[]) OR p.occupant_unit_id = ANY(${list}::text[]))`);
    }
  }
  return where;
}

const and = (where: string[]) => (where.length ? ` AND ${where.join(' AND ')}` : '');

/**
 * Property in a viewport: its points, or — past `maxPoints` — grid clusters (count, mean position,
 * status mix per cell) so a whole district never ships 50,000 markers.
 */
export async function viewportQuery(
  db: Queryable,
  bbox: Bbox,
  filters: PropertyMapFilters,
  units: UnitScope,
  options: { zoom?: number; maxPoints?: number } = {},
): Promise<ViewportAnswer> {
  const maxPoints = options.maxPoints ?? MAX_VIEWPORT_POINTS;
  const params: unknown[] = [bbox.west, bbox.south, bbox.east, bbox.north];
  const where = `${POINT} <@ ${BOX(1)}${and(conditions(filters, units, params))}`;
  const rows = await db.query<PointRow[]>(
    // No ORDER BY: when the rows fit they all come back (sorted here); when they do not, any 501 tell so.
    `SELECT ${COLUMNS} FROM properties p WHERE ${where} LIMIT ${maxPoints + 1}`,
    params,
  );
  if (rows.length <= maxPoints)
    return { mode: 'points', total: rows.length, points: rows.map(toPoint).sort((a, b) => (a.propertyId < b.propertyId ? -1 : 1)) };
  const cell = clusterCellDegrees(bbox, options.zoom);
  params.push(cell);
  const c = `$${params.length}`;
  // One pass: each cell's count, mean position and a count per known status (the rest counted as other).
  const known = KNOWN_STATUSES.map((st, k) => `count(*) FILTER (WHERE p.status = '${st}') AS s${k}`).join(', ');
  // PostgreSQL cannot estimate a `<@` box (it guesses 0.1% of rows), so it sorts to group: with the
  // default work_mem a whole district's 50,000 rows went to disk (150 ms). Room for it in memory, for
  // this transaction only (a no-op outside one). Measured against plain lng/lat ranges, which let it
  // estimate and hash: those scan the whole table, 10x slower for a neighbourhood, 1.6x faster for all.
  await db.query(`SET LOCAL work_mem = '${CLUSTER_WORK_MEM}'`);
  const cells = await db.query<({ n: string; lng: number; lat: number } & Record<string, string | number>)[]>(
    // sum()/count rather than avg(): avg of a double also keeps a sum of squares it does not need here.
    `SELECT count(*) AS n, sum(p.lng) / count(*) AS lng, sum(p.lat) / count(*) AS lat, ${known}
     FROM properties p WHERE ${where} GROUP BY floor(p.lng / ${c}), floor(p.lat / ${c})`,
    params,
  );
  const clusters = cells.map((row) => {
    const statuses: Record<string, number> = {};
    let counted = 0;
    KNOWN_STATUSES.forEach((st, k) => {
      const n = Number(row[`s${k}`]);
      counted += n;
      if (n) statuses[st] = n;
    });
    if (Number(row.n) > counted) statuses.other = Number(row.n) - counted;
    return { count: Number(row.n), lng: Number(row.lng), lat: Number(row.lat), statuses };
  });
  return { mode: 'clusters', total: clusters.reduce((sum, c) => sum + c.count, 0), cellDegrees: cell, clusters };
}

/**
 * Property within `radiusM` of a point, nearest first, with the great-circle distance. Exported for
 * other read sides (the resident's nearest-first spaces) to call with their own scope.
 *
 * Two steps in one statement, both on the GiST index: the `limit` nearest by the index's own (flat,
 * degree) distance give a reach — the farthest of them by haversine — that surely holds the `limit`
 * truly nearest; then only the box around min(reach, radius) is measured exactly and ordered. Without
 * the first step a 2 km radius measures every property in a 4 km square.
 */
export async function nearbyProperties(
  db: Queryable,
  centre: LngLat,
  radiusM: number,
  filters: PropertyMapFilters,
  units: UnitScope,
  limit = 50,
): Promise<NearbyProperty[]> {
  const n = Math.min(Math.max(1, Math.trunc(limit)), MAX_NEARBY);
  const params: unknown[] = [centre.lng, centre.lat, radiusM];
  const where = and(conditions(filters, units, params));
  const located = 'p.lng IS NOT NULL AND p.lat IS NOT NULL';
  const rows = await db.query<(PointRow & { distance_m: number })[]>(
    `WITH knn AS (
       SELECT ${DISTANCE_SQL} AS d FROM properties p WHERE ${located}${where}
       ORDER BY ${POINT} <-> point($1, $2) LIMIT ${n}
     ), reach AS (
       SELECT least($3::float8, coalesce(max(d), $3::float8)) AS r FROM knn
     ), bounds AS (
       SELECT r, degrees(r / ${EARTH_RADIUS_M}) AS dlat FROM reach
     ), area AS (
       SELECT r, box(point($1 - dlng, $2 - dlat), point($1 + dlng, $2 + dlat)) AS b
       FROM (SELECT r, dlat, dlat / cos(radians(least(89.9, abs($2::float8) + dlat))) AS dlng FROM bounds) x
     )
     SELECT * FROM (
       SELECT ${COLUMNS}, ${DISTANCE_SQL} AS distance_m FROM properties p
       WHERE ${POINT} <@ (SELECT b FROM area)${where}
     ) near WHERE distance_m <= (SELECT r FROM area) ORDER BY distance_m, property_id LIMIT ${n}`,
    params,
  );
  return rows.map((r) => ({ ...toPoint(r), distanceM: Math.round(Number(r.distance_m) * 10) / 10 }));
}

export interface PlaceHit {
  readonly kind: 'property';
  readonly propertyId: string;
  readonly name: string;
  readonly address: string;
  readonly lng: number;
  readonly lat: number;
}

/** Property whose name, number or address holds the text (our own data: no geocoder is reachable). */
export async function findPlaces(db: Queryable, text: string, units: UnitScope, limit = 10): Promise<PlaceHit[]> {
  const params: unknown[] = [`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`];
  const where = and(conditions({}, units, params));
  const rows = await db.query<{ property_id: string; name: string; address: string; lng: number; lat: number }[]>(
    `SELECT p.property_id, p.name, p.address, p.lng, p.lat FROM properties p
     WHERE p.lng IS NOT NULL AND p.lat IS NOT NULL AND (p.name ILIKE $1 OR p.address ILIKE $1 OR p.property_no ILIKE $1)${where}
     ORDER BY (p.name ILIKE $1) DESC, p.kind, p.name LIMIT ${limit}`,
    params,
  );
  return rows.map((r) => ({
    kind: 'property',
    propertyId: r.property_id,
    name: r.name,
    address: r.address,
    lng: Number(r.lng),
    lat: Number(r.lat),
  }));
}

/** Mean position of each unit's located property (owner or occupant): where a unit's name search lands. */
export async function unitCentres(db: Queryable, unitIds: readonly string[]): Promise<Map<string, LngLat & { count: number }>> {
  if (!unitIds.length) return new Map();
  const rows = await db.query<{ unit_id: string; lng: number; lat: number; n: string }[]>(
    `SELECT u.unit_id, avg(p.lng) AS lng, avg(p.lat) AS lat, count(*) AS n
     FROM unnest($1::text[]) AS u(unit_id) JOIN properties p ON (p.owner_unit_id = u.unit_id OR p.occupant_unit_id = u.unit_id)
     WHERE p.lng IS NOT NULL AND p.lat IS NOT NULL GROUP BY u.unit_id`,
    [[...unitIds]],
  );
  return new Map(rows.map((r) => [r.unit_id, { lng: Number(r.lng), lat: Number(r.lat), count: Number(r.n) }]));
}

/** The hull of each owner unit's located property, for the units given: an outline drawn from our own data. */
export async function propertyHulls(db: Queryable, units: UnitScope): Promise<{ unitId: string; ring: LngLat[] }[]> {
  const params: unknown[] = [];
  const where = and(conditions({}, units, params));
  const rows = await db.query<{ owner_unit_id: string; lng: number; lat: number }[]>(
    `SELECT p.owner_unit_id, p.lng, p.lat FROM properties p WHERE p.lng IS NOT NULL AND p.lat IS NOT NULL${where}`,
    params,
  );
  const byUnit = new Map<string, LngLat[]>();
  for (const r of rows) byUnit.set(r.owner_unit_id, [...(byUnit.get(r.owner_unit_id) ?? []), { lng: Number(r.lng), lat: Number(r.lat) }]);
  return [...byUnit].flatMap(([unitId, points]) => {
    const ring = convexHull(points);
    return ring ? [{ unitId, ring }] : [];
  });
}

/** The map's questions, for the API (the functions above take any connection). */
@Injectable()
export class PropertyMapQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** In a transaction, so the cluster query's work_mem stays its own. */
  viewport(bbox: Bbox, filters: PropertyMapFilters, units: UnitScope, zoom?: number): Promise<ViewportAnswer> {
    return this.dataSource.transaction('READ COMMITTED', (m) => viewportQuery(m, bbox, filters, units, { zoom }));
  }

  nearby(centre: LngLat, radiusM: number, filters: PropertyMapFilters, units: UnitScope, limit?: number): Promise<NearbyProperty[]> {
    return nearbyProperties(this.dataSource, centre, radiusM, filters, units, limit);
  }

  places(text: string, units: UnitScope, limit?: number): Promise<PlaceHit[]> {
    return findPlaces(this.dataSource, text, units, limit);
  }

  unitCentres(unitIds: readonly string[]) {
    return unitCentres(this.dataSource, unitIds);
  }

  hulls(units: UnitScope) {
    return propertyHulls(this.dataSource, units);
  }
}
