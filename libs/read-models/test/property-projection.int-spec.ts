import { DataSource } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { propertyIdFor, propertyStreamId } from '@app/property';
import { PropertyProjection } from '@app/read-models/property/property.projection';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { createTestDatabase } from '@test/support/test-database';

let position = 0n;
const revisions = new Map<string, bigint>();
/** An event as the store records it: the next revision of its property's stream, the next global position. */
function recorded(type: string, data: Record<string, unknown>, occurredAt = '2026-11-20T02:00:00.000Z'): RecordedEvent {
  position += 1n;
  const streamId = propertyStreamId(String(data.propertyId));
  const revision = (revisions.get(streamId) ?? -1n) + 1n;
  revisions.set(streamId, revision);
  return {
    id: `00000000-0000-4000-8000-${position.toString().padStart(12, '0')}`,
    streamId,
    revision,
    position: { commit: position, prepare: position },
    type,
    data,
    metadata: { actorId: 'mgr', actorRole: 'asset_manager', departmentId: 'D-EDU', correlationId: 'c', causationId: 'c', occurredAt },
    recordedAt: new Date(occurredAt),
  };
}

const buildingId = propertyIdFor('LH-B-001');
const roomId = propertyIdFor('LH-B-001-301');
const registered = (propertyId: string, propertyNo: string, extra: Record<string, unknown>) =>
  recorded('property.registered.v1', {
    propertyId,
    propertyNo,
    kind: 'building',
    parentId: null,
    name: '教育局办公楼',
    address: '罗湖区文锦中路1008号',
    location: { lng: 114.131611, lat: 22.548309 },
    enteredLocation: { lng: 114.136, lat: 22.545, system: 'GCJ02' },
    grossAreaSqm: 8600.5,
    usableAreaSqm: 6200,
    use: 'office',
    ownerUnitId: 'D-EDU',
    occupantUnitId: null,
    occupiedSince: null,
    status: 'in_use',
    assetId: null,
    ...extra,
  });

/** The property register on PostgreSQL: rows and occupancy history from the events, odd values tolerated, replays idle. */
describe('property projection on PostgreSQL', () => {
  let db: DataSource;
  const projection = new PropertyProjection();
  const apply = (events: RecordedEvent[]) => db.transaction((tx) => projection.apply(tx, events));
  const row = async (id: string) =>
    (
      await db.query(
        `SELECT property_no, kind, parent_id, name, lng, lat, gross_area_sqm::float8 AS gross, usable_area_sqm::float8 AS usable, use, status,
                occupant_unit_id, occupied_since::text, sharing_eligible, sharing_eligibility_reason, stream_revision::int AS revision
           FROM properties WHERE property_id = $1`,
        [id],
      )
    )[0];
  const history = (id: string) =>
    db.query(
      `SELECT unit_id, from_date::text, to_date::text, allocation_id FROM property_occupancies WHERE property_id = $1 ORDER BY opened_revision`,
      [id],
    );

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(await createTestDatabase('property'), DATABASE_SCHEMA)).initialize();
  });
  afterAll(() => db?.destroy());

  it('register → correct → status → occupancy: the row and its occupancy history', async () => {
    const allocationId = '5f0a3c2e-8b7d-4e6f-9a1b-2c3d4e5f6a7b';
    const batch = [
      registered(buildingId, 'LH-B-001', {}),
      registered(roomId, 'LH-B-001-301', {
        kind: 'room',
        parentId: buildingId,
        name: '301',
        location: null,
        enteredLocation: null,
        grossAreaSqm: 85.5,
        usableAreaSqm: null,
        occupantUnitId: 'D-EDU',
        occupiedSince: '2015-03-01',
        status: 'in_use',
      }),
    ];
    await apply(batch);
    await apply([
      recorded('property.corrected.v1', { propertyId: roomId, changes: { name: '301 会议室', grossAreaSqm: 86.25 }, reason: '测绘' }),
      recorded('property.status-changed.v1', { propertyId: roomId, from: 'in_use', to: 'idle', reason: '搬离' }),
      recorded('property.occupancy-changed.v1', {
        propertyId: roomId,
        fromUnitId: 'D-EDU',
        toUnitId: null,
        since: '2026-10-01',
        reason: '搬离',
        allocationId: null,
      }),
      recorded('property.occupancy-changed.v1', {
        propertyId: roomId,
        fromUnitId: null,
        toUnitId: 'D-HEALTH',
        since: '2026-11-15',
        reason: '调配交接',
        allocationId,
      }),
      recorded('property.sharing-eligibility-assessed.v1', { propertyId: roomId, eligible: false, reason: '办公区域' }),
    ]);
    expect(await row(roomId)).toEqual({
      property_no: 'LH-B-001-301',
      kind: 'room',
      parent_id: buildingId,
      name: '301 会议室',
      lng: null,
      lat: null,
      gross: 86.25,
      usable: null,
      use: 'office',
      status: 'idle',
      occupant_unit_id: 'D-HEALTH',
      occupied_since: '2026-11-15',
      sharing_eligible: false,
      sharing_eligibility_reason: '办公区域',
      revision: 5,
    });
    expect(await history(roomId)).toEqual([
      { unit_id: 'D-EDU', from_date: '2015-03-01', to_date: '2026-10-01', allocation_id: null },
      { unit_id: 'D-HEALTH', from_date: '2026-11-15', to_date: null, allocation_id: allocationId },
    ]);
    expect(await row(buildingId)).toMatchObject({ lng: 114.131611, lat: 22.548309, gross: 8600.5, usable: 6200, occupant_unit_id: null });
  });

  it('writes nothing when a batch is delivered again', async () => {
    const stamp = () =>
      db.query(
        `SELECT xmin::text AS x FROM properties WHERE property_id = ANY($1) UNION ALL SELECT xmin::text FROM property_occupancies WHERE property_id = ANY($1)`,
        [[buildingId, roomId]],
      );
    const before = await stamp();
    // The same events (same streams, revisions at or below the rows'): rebuilt by hand with revision 0.
    await apply([
      { ...registered(buildingId, 'LH-B-001', { name: '别的名字' }), revision: 0n },
      {
        ...recorded('property.status-changed.v1', { propertyId: roomId, from: 'in_use', to: 'leased', reason: 'x' }),
        revision: 1n,
      },
    ]);
    expect(await stamp()).toEqual(before);
    expect(await row(buildingId)).toMatchObject({ name: '教育局办公楼' });
  });

  it('goes on past odd stored values: they become null or a fallback', async () => {
    const oddId = propertyIdFor('ODD-1');
    const takenNo = propertyIdFor('ODD-2');
    await apply([
      registered(oddId, 'ODD-1', {
        kind: 42,
        parentId: 'not-a-uuid',
        location: { lng: 'east', lat: 22.5 },
        grossAreaSqm: 'a lot',
        usableAreaSqm: 1e15,
        occupantUnitId: 'D-EDU',
        occupiedSince: '2026-02-30',
        assetId: 'card-7',
      }),
      // Another id claiming a number already held: kept under a marked number.
      registered(takenNo, 'ODD-1', {}),
      recorded('property.corrected.v1', { propertyId: oddId, changes: 'everything', reason: null }),
      recorded('property.corrected.v1', { propertyId: oddId, changes: { location: { lng: 114.1, lat: 22.55 }, usableAreaSqm: -3.333 } }),
      recorded('property.status-changed.v1', { propertyId: oddId, to: { nested: true } }),
      recorded('property.occupancy-changed.v1', { propertyId: oddId, toUnitId: 'D-SCH1', since: 'yesterday', allocationId: 'x' }),
      recorded('property.sharing-eligibility-assessed.v1', { propertyId: oddId, eligible: 'yes' }),
      recorded('property.status-changed.v1', { propertyId: propertyIdFor('NEVER-REGISTERED'), from: 'idle', to: 'in_use' }),
      recorded('property.registered.v1', { propertyId: 'not-a-uuid', propertyNo: 'X' }),
    ]);
    expect(await row(oddId)).toMatchObject({
      property_no: 'ODD-1',
      kind: '42',
      parent_id: null,
      lng: 114.1,
      lat: 22.55,
      gross: 0,
      usable: -3.33,
      status: 'in_use',
      occupant_unit_id: 'D-SCH1',
      occupied_since: '2026-11-20',
      sharing_eligible: null,
    });
    expect(await history(oddId)).toEqual([
      { unit_id: 'D-EDU', from_date: '2026-11-20', to_date: '2026-11-20', allocation_id: null },
      { unit_id: 'D-SCH1', from_date: '2026-11-20', to_date: null, allocation_id: null },
    ]);
    expect((await row(takenNo)).property_no).toBe(`ODD-1#${takenNo.slice(0, 8)}`);
    expect(await row(propertyIdFor('NEVER-REGISTERED'))).toBeUndefined();
  });
});
