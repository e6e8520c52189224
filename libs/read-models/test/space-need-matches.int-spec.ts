import { DataSource } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { PropertyProjection } from '@app/read-models/property/property.projection';
import { SpaceNeedsProjection } from '@app/read-models/space-needs/space-needs.projection';
import { SpaceNeedQueries } from '@app/read-models/space-needs/space-needs.queries';
import { createTestDatabase } from '@test/support/test-database';

let position = 0n;
const at = '2026-11-23T02:00:00.000Z';
function recorded(type: string, data: Record<string, unknown>, revision = 0n, occurredAt = at): RecordedEvent {
  position += 1n;
  return {
    id: `00000000-0000-4000-8000-${position.toString().padStart(12, '0')}`,
    streamId: 's',
    revision,
    position: { commit: position, prepare: position },
    type,
    data,
    metadata: {
      actorId: 'mgr-hosp1',
      actorRole: 'asset_manager',
      departmentId: 'D-HOSP1',
      correlationId: 'c',
      causationId: 'c',
      occurredAt,
    },
    recordedAt: new Date(occurredAt),
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
  const properties = new PropertyProjection();
  /** Registered through the core's projection, on 2026-01-05 (China date), as the register would hold it. */
  const register = async (p: Place) => {
    serial += 1;
    const id = `22222222-2222-4222-8222-${String(serial).padStart(12, '0')}`;
    const location = p.metresEast === null ? null : { lng: east(p.metresEast), lat: CENTRE.lat };
    const registered = recorded(
      'property.registered.v1',
      {
        propertyId: id,
        propertyNo: p.no,
        kind: p.kind ?? 'room',
        parentId: null,
        name: `房间 ${p.no}`,
        address: '深圳市罗湖区',
        location,
        enteredLocation: location && { ...location, system: 'WGS84' },
        grossAreaSqm: p.area,
        usableAreaSqm: null,
        use: p.use ?? 'office',
        ownerUnitId: p.owner ?? 'D-SCH2',
        occupantUnitId: p.occupant ?? null,
        occupiedSince: p.occupant ? '2025-01-01' : null,
        status: p.status ?? 'idle',
        assetId: null,
      },
      0n,
      '2026-01-05T02:00:00.000Z',
    );
    await db.transaction((tx) => properties.apply(tx, [registered]));
    return id;
  };
  /** Occupied from 2020 until `until`, then vacated: vacant since that day. */
  const vacated = async (propertyId: string, until: string) => {
    const change = (revision: bigint, toUnitId: string | null, since: string) =>
      recorded(
        'property.occupancy-changed.v1',
        { propertyId, fromUnitId: null, toUnitId, since, reason: '使用', allocationId: null },
        revision,
      );
    await db.transaction((tx) => properties.apply(tx, [change(1n, 'D-SCH1', '2020-01-01'), change(2n, null, until)]));
  };

  beforeAll(async () => {
    const url = await createTestDatabase('space_needs');
    db = await new DataSource(dataSourceOptions(url, DATABASE_SCHEMA)).initialize();
    queries = new SpaceNeedQueries(db);
    const best = await register({ no: 'A-120-500m', area: 120, metresEast: 500 });
    await vacated(best, '2026-03-01');
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

  it('leaves out property another need’s approved allocation is about to take, and says availability is unmet while one is in approval', async () => {
    const pending = await register({ no: 'L-pending', area: 120, metresEast: 600 });
    const approved = await register({ no: 'M-approved', area: 120, metresEast: 700 });
    const allocationOf = (n: number, propertyId: string, steps: { kind: string; approverDepartmentId: string | null }[]) =>
      recorded('space-allocation.started.v1', {
        allocationId: `22222222-2222-4222-8222-00000000000${n}`,
        needId: `33333333-3333-4333-8333-00000000000${n}`,
        needTitle: '另一需求',
        property: { propertyId, propertyNo: 'x', name: 'x', use: 'office', grossAreaSqm: 120 },
        fromUnitId: 'D-SCH1',
        toDepartmentId: 'D-SCH2',
        steps,
        policyVersion: null,
        requestedBy: 'mgr-sch2',
      });
    await apply([allocationOf(1, pending, [{ kind: 'supervisor_review', approverDepartmentId: 'D-EDU' }]), allocationOf(2, approved, [])]);
    const need = await queries.need(NEED_ID);
    const matches = await queries.matches(need!, { districtUnits: null, districtName: null });
    expect(matches.map((m) => m.propertyNo)).not.toContain('M-approved');
    const l = matches.find((m) => m.propertyNo === 'L-pending');
    expect(l?.allocationPending).toBe(true);
    expect(l?.reasons.find((r) => r.criterion === 'availability')).toEqual({
      criterion: 'availability',
      met: false,
      text: expect.stringContaining('已有其他单位申请调配'),
    });
    // Otherwise as good as A-120-500m, it ranks after every property meeting all criteria.
    expect(matches.map((m) => m.propertyNo).indexOf('L-pending')).toBeGreaterThan(matches.map((m) => m.propertyNo).indexOf('B-145-1500m'));
    expect(matches.find((m) => m.propertyNo === 'A-120-500m')?.reasons.every((r) => r.met)).toBe(true);
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
