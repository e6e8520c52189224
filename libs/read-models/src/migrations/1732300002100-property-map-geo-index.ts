import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The map's spatial index on the property register. The embedded PostgreSQL has no PostGIS; a GiST
 * index on the built-in `point(lng, lat)` answers both the viewport (`<@ box`) and the box around a
 * radius, where the exact haversine then decides. Measured against earthdistance's
 * `ll_to_earth` + `earth_box` (cube GiST) on 50,000 properties: see BENCHMARKS.md, property map.
 */
export const PROPERTY_GEO_INDEX_SQL = `CREATE INDEX IF NOT EXISTS "properties_geo_idx" ON "properties" USING gist (point("lng", "lat"))`;

export class PropertyMapGeoIndex1732300002100 implements MigrationInterface {
  name = 'PropertyMapGeoIndex1732300002100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(PROPERTY_GEO_INDEX_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "properties_geo_idx"`);
  }
}
