import { DataSource } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { SpaceNeedsProjection } from '@app/read-models/space-needs/space-needs.projection';
import { SpaceNeedQueries } from '@app/read-models/space-needs/space-needs.queries';
import { createTestDatabase } from '@test/support/test-database';

let position = 0n;
const at = '2026-11-23T02:00:00.000Z';
function recorded(type: string, data: Record<string, unknown>): RecordedEvent {
  position += 1n;
  return {
    id: `00000000-0000-4000-8000-${position.toString().padStart(12, '0')}`,
    streamId: 's',
    revision: 0n,
    position: { commit: position, prepare: position },
    type,
    data,
    metadata: {
      actorId: 'mgr-hosp1',
      actorRole: 'asset_manager',
      departmentId: 'D-HOSP1',
      correlationId: 'c',
      causationId: 'c',
      occurredAt: at,
    },
    recordedAt: new Date(at),
  };
}

const NEED_ID = '11111111-1111-4111-8111-111111111111';
const DISTRICT_NEED_ID = '11111111-1111-4111-8111-222222222222';
const CENTRE = { lng: 114.131, lat: 22.548 };
/** A point `metres` east of the centre (1° of longitude at 22.548° N is about 102.8 km). */
const east = (metres: number) => CENTRE.lng + metres / (111_320 * Math.cos((CENTRE.lat * Math.PI) / 180));

interface Place {
  no: string;
  use?: string;
  kind?: string;
  area: number;
  metresEast: number | null;
  owner?: string;
  status?: string;
  occupant?: string | null;
}

/**
 * Matching a space need to the property register on PostgreSQL: only vacant property of other units
 * whose use serves the need, within three radii; ranked by criteria met, then area and nearness; every
 * match with its reasons in Chinese.
 */
describe('space need matches on PostgreSQL', () => {
  let db: DataSource;
  let queries: SpaceNeedQueries;
  const projection = new SpaceNeedsProjection();
  const apply = (events: RecordedEvent[]) => db.transaction((tx) => projection.apply(tx, events));
  let serial = 0;
  const register = async (p: Place) => {
    serial += 1;
    const id = `22222222-2222-4222-8222-${String(serial).padStart(12, '0')}`;
    await db.query(
      `INSERT INTO properties (property_id, property_no, kind, parent_id, name, address, lng, lat, gross_area_sqm, usable_area_sqm, use,
                               owner_unit_id, occupant_unit_id, occupied_since, status, asset_id, registered_at, updated_at)
       VALUES ($1, $2, $3, NULL, $4, '深圳市罗湖区', $5, $6, $7, NULL, $8, $9, $10, NULL, $11, NULL, '2026-01-05T02:00:00Z', now())`,
      [
        id,
        p.no,
        p.kind ?? 'room',
        `房间 ${p.no}`,
        p.metresEast === null ? null : east(p.metresEast),
        p.metresEast === null ? null : CENTRE.lat,
        p.area,
        p.use ?? 'office',
        p.owner ?? 'D-SCH2',
        p.occupant ?? null,
        p.status ?? 'idle',
      ],
    );
    return id;
  };

  beforeAll(async () => {
    const url = await createTestDatabase('space_needs');
    db = await new DataSource(dataSourceOptions(url, DATABASE_SCHEMA)).initialize();
    queries = new SpaceNeedQueries(db);
    // The register's tables as the contract of issue 16 defines them (the core's migration creates them when present).
    await db.query(`CREATE TABLE IF NOT EXISTS properties (property_id uuid PRIMARY KEY, property_no text UNIQUE NOT NULL, kind text NOT NULL,
      parent_id uuid, name text NOT NULL, address text NOT NULL, lng double precision, lat double precision, gross_area_sqm numeric(12,2) NOT NULL,
      usable_area_sqm numeric(12,2), use text NOT NULL, owner_unit_id text NOT NULL, occupant_unit_id text, occupied_since date, status text NOT NULL,
      asset_id uuid, sharing_eligible boolean, sharing_eligibility_reason text, registered_at timestamptz NOT NULL, updated_at timestamptz NOT NULL)`);
    await db.query(`CREATE TABLE IF NOT EXISTS property_occupancies (property_id uuid NOT NULL, unit_id text NOT NULL, from_date date NOT NULL,
      to_date date, allocation_id uuid)`);
    const best = await register({ no: 'A-120-500m', area: 120, metresEast: 500 });
    await db.query(`INSERT INTO property_occupancies VALUES ($1, 'D-SCH1', '2020-01-01', '2026-03-01', NULL)`, [best]);
    await register({ no: 'B-145-1500m', area: 145, metresEast: 1500 });
    await register({ no: 'C-90-300m', area: 90, metresEast: 300 });
    await register({ no: 'D-130-4km', area: 130, metresEast: 4000 });
    await register({ no: 'E-business', use: 'business', area: 120, metresEast: 200 });
    await register({ no: 'F-in-use', status: 'in_use', occupant: 'D-SCH2', area: 120, metresEast: 200 });
    await register({ no: 'G-own', owner: 'D-HOSP1', area: 120, metresEast: 200 });
    await register({ no: 'H-floor', kind: 'floor', area: 120, metresEast: 200 });
    await register({ no: 'I-10km', area: 120, metresEast: 10_000 });
    await register({ no: 'J-occupied', occupant: 'D-SCH1', area: 120, metresEast: 200 });
    await register({ no: 'K-other-district', owner: 'D-SCH9', area: 125, metresEast: null });
    await apply([
      recorded('space-need.posted.v1', {
        needId: NEED_ID,
        departmentId: 'D-HOSP1',
        title: '医务科办公用房',
        use: 'office',
        minAreaSqm: 100,
        maxAreaSqm: 150,
        location: CENTRE,
        enteredLocation: { ...CENTRE, system: 'WGS84' },
        radiusM: 2000,
        districtId: null,
        neededFrom: '2026-12-01',
        durationMonths: 24,
        purpose: '扩编',
        postedBy: 'mgr-hosp1',
      }),
      recorded('space-need.posted.v1', {
        needId: DISTRICT_NEED_ID,
        departmentId: 'D-HOSP1',
        title: '档案室',
        use: 'office',
        minAreaSqm: 100,
        maxAreaSqm: 150,
        location: null,
        enteredLocation: null,
        radiusM: null,
        districtId: 'R2',
        neededFrom: '2026-12-01',
        durationMonths: 12,
        purpose: '档案',
        postedBy: 'mgr-hosp1',
      }),
    ]);
  });
  afterAll(() => db?.destroy());

  it('ranks vacant property whose use serves the need: all criteria met first, then by area and nearness', async () => {
    const need = await queries.need(NEED_ID);
    const matches = await queries.matches(need!, { districtUnits: null, districtName: null });
    expect(matches.map((m) => m.propertyNo)).toEqual(['A-120-500m', 'B-145-1500m', 'C-90-300m', 'D-130-4km']);
    expect(matches.map((m) => m.unmet)).toEqual([0, 0, 1, 1]);
    expect(matches[0].reasons.map((r) => r.text)).toEqual([
      '用途相符（办公用房）',
      '面积 120.0㎡ 在需求 100.0–150.0㎡ 内',
      `距离 ${matches[0].distanceM} 米，在 2.0 公里范围内`,
      '自 2026-03-01 起空置，2026-12-01 起可用',
    ]);
    expect(matches[0].distanceM).toBeGreaterThan(495);
    expect(matches[0].distanceM).toBeLessThan(505);
    expect(matches[2].reasons.find((r) => !r.met)?.text).toBe('面积 90.0㎡ 小于需求 100.0–150.0㎡ 的下限');
    expect(matches[3].reasons.find((r) => !r.met)?.text).toBe('距离 4.0 公里，超出 2.0 公里范围');
    // Registered and never occupied: vacant since its registration (China date).
    expect(matches[1].reasons[3].text).toBe('自 2026-01-05 起空置，2026-12-01 起可用');
  });

  it('takes a need by district from the units of that district only', async () => {
    const need = await queries.need(DISTRICT_NEED_ID);
    const matches = await queries.matches(need!, { districtUnits: ['R2', 'D-FIN2', 'D-SCH9'], districtName: '第二区' });
    expect(matches.map((m) => m.propertyNo)).toEqual(['K-other-district']);
    expect(matches[0].reasons.map((r) => r.text)).toContain('位于第二区');
  });

  it('keeps odd stored values out of the rows instead of stopping', async () => {
    const odd = '11111111-1111-4111-8111-333333333333';
    await apply([
      recorded('space-need.posted.v1', { needId: odd, minAreaSqm: 'lots', maxAreaSqm: 1e300, location: 'here', neededFrom: '2026-13-45' }),
      recorded('space-need.match-taken.v1', { needId: odd, allocationId: 'not-a-uuid', propertyId: null }),
      recorded('space-need.posted.v1', { needId: 'not-a-uuid' }),
      recorded('space-allocation.started.v1', { allocationId: '33333333-3333-4333-8333-333333333333', property: null }),
    ]);
    const row = await queries.need(odd);
    expect(row).toMatchObject({
      status: 'allocating',
      allocationId: null,
      minAreaSqm: '0.00',
      maxAreaSqm: '0.00',
      lng: null,
      neededFrom: '2026-11-23',
    });
    expect(await queries.allocation('33333333-3333-4333-8333-333333333333')).toBeNull();
  });
});
