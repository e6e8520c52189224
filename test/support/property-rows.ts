import { randomUUID } from 'node:crypto';
import { Queryable } from '@app/read-models/property-map/property-map.queries';

/** One row of the core's `properties` read model, as a test writes it straight into the table. */
export interface PropertyFixture {
  propertyId?: string;
  propertyNo?: string;
  kind?: string;
  name?: string;
  address?: string;
  lng: number | null;
  lat: number | null;
  grossAreaSqm?: number;
  use?: string;
  status?: string;
  ownerUnitId?: string;
  occupantUnitId?: string | null;
}

let serial = 0;

/** Writes property rows (the projection's columns, with defaults for what a test does not care about). */
export async function insertProperties(db: Queryable, rows: readonly PropertyFixture[]): Promise<string[]> {
  const ids: string[] = [];
  for (const r of rows) {
    const id = r.propertyId ?? randomUUID();
    ids.push(id);
    serial += 1;
    await db.query(
      `INSERT INTO properties (property_id, property_no, kind, parent_id, name, address, lng, lat, gross_area_sqm, usable_area_sqm,
         use, owner_unit_id, occupant_unit_id, occupied_since, status, asset_id, sharing_eligible, sharing_eligibility_reason,
         registered_at, updated_at, stream_revision)
       VALUES ($1, $2, $3, NULL, $4, $5, $6, $7, $8, NULL, $9, $10, $11, NULL, $12, NULL, NULL, NULL, now(), now(), 0)`,
      [
        id,
        r.propertyNo ?? `WY-TEST-${serial}-${id.slice(0, 8)}`,
        r.kind ?? 'building',
        r.name ?? `测试楼${serial}`,
        r.address ?? `深圳市罗湖区测试路${serial}号`,
        r.lng,
        r.lat,
        r.grossAreaSqm ?? 1000,
        r.use ?? 'office',
        r.ownerUnitId ?? 'D-SCH1',
        r.occupantUnitId ?? null,
        r.status ?? 'in_use',
      ],
    );
  }
  return ids;
}
