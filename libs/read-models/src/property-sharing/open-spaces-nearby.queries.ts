import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DepartmentDirectory } from '@app/shared';
import { SharingSpaceRow } from '../sharing/sharing.entities';

/** Mean Earth radius (IUGG), as the property map measures (libs/read-models/src/property-map/geo.ts on i16-map). */
const EARTH_RADIUS_M = 6_371_008.8;

export interface NearbySpace extends SharingSpaceRow {
  propertyName: string | null;
  propertyAddress: string | null;
  lng: number | null;
  lat: number | null;
  /** Great-circle metres from the point asked; null when the space's property has no coordinates (or none is tied). */
  distanceM: number | null;
}

export interface ReferencePlace {
  /** The district's code. */
  districtId: string;
  lng: number;
  lat: number;
  /** Located properties the centre is the mean of. */
  properties: number;
}

/**
 * The resident's "open spaces nearest first": every space open to an audience, ordered by the
 * haversine distance from a point to its property, in PostgreSQL. Spaces are few (hundreds, not the
 * register's tens of thousands), so every one is measured; those without a located property come last.
 */
@Injectable()
export class OpenSpacesNearbyQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DepartmentDirectory,
  ) {}

  async nearest(audience: 'residents' | 'departments', lng: number, lat: number, limit = 200): Promise<NearbySpace[]> {
    // To a centimetre: finer is noise for a phone's position, and PostgreSQL refuses subnormal doubles such as 5e-324.
    [lng, lat] = [lng, lat].map((v) => Math.round(v * 1e7) / 1e7);
    const rows = await this.dataSource.query<
      (Record<string, unknown> & { space_id: string; property_name: string | null; distance_m: number | null })[]
    >(
      `SELECT s.space_id, p.name AS property_name, p.address AS property_address, p.lng, p.lat,
              CASE WHEN p.lng IS NULL OR p.lat IS NULL THEN NULL ELSE
                2 * ${EARTH_RADIUS_M} * asin(least(1, sqrt(power(sin(radians(p.lat - $2) / 2), 2)
                  + cos(radians($2)) * cos(radians(p.lat)) * power(sin(radians(p.lng - $1) / 2), 2)))) END AS distance_m
         FROM sharing_spaces s LEFT JOIN properties p ON p.property_id = s.property_id
        WHERE s.audiences ? $3
        ORDER BY distance_m ASC NULLS LAST, s.name, s.space_id
        LIMIT $4`,
      [lng, lat, audience, limit],
    );
    if (rows.length === 0) return [];
    const spaces = await this.dataSource.getRepository(SharingSpaceRow).findBy(rows.map((r) => ({ spaceId: r.space_id })));
    const byId = new Map(spaces.map((s) => [s.spaceId, s]));
    return rows.flatMap((r) => {
      const space = byId.get(r.space_id);
      if (!space) return [];
      return [
        {
          ...space,
          propertyName: r.property_name,
          propertyAddress: (r.property_address as string | null) ?? null,
          lng: r.lng === null ? null : Number(r.lng),
          lat: r.lat === null ? null : Number(r.lat),
          distanceM: r.distance_m === null ? null : Math.round(Number(r.distance_m)),
        },
      ];
    });
  }

  /**
   * Where to measure from when the browser gives no location: each district's centre, the mean of
   * the located properties of its units (our own data; no geocoder is reachable).
   */
  async districtCentres(): Promise<ReferencePlace[]> {
    const rows = await this.dataSource.query<{ unit_id: string; lng: string; lat: string; n: string }[]>(
      `SELECT owner_unit_id AS unit_id, sum(lng) AS lng, sum(lat) AS lat, count(*) AS n
         FROM properties WHERE lng IS NOT NULL AND lat IS NOT NULL GROUP BY owner_unit_id`,
    );
    const districts = new Map<string, { lng: number; lat: number; n: number }>();
    for (const r of rows) {
      const d = this.directory.districtOf(r.unit_id) ?? r.unit_id;
      const sum = districts.get(d) ?? { lng: 0, lat: 0, n: 0 };
      districts.set(d, { lng: sum.lng + Number(r.lng), lat: sum.lat + Number(r.lat), n: sum.n + Number(r.n) });
    }
    return [...districts.entries()]
      .map(([districtId, s]) => ({
        districtId,
        lng: Math.round((s.lng / s.n) * 1e6) / 1e6,
        lat: Math.round((s.lat / s.n) * 1e6) / 1e6,
        properties: s.n,
      }))
      .sort((a, b) => a.districtId.localeCompare(b.districtId));
  }
}
