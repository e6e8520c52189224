import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DepartmentDirectory } from '@app/shared';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { VenueSurveyQueries } from '@app/read-models/property-sharing/venue-survey.queries';
import { VacancyQueries } from '@app/read-models/property-sharing/vacancy.queries';
import { OpenSpacesNearbyQueries } from '@app/read-models/property-sharing/open-spaces-nearby.queries';
import { PropertySpacesQueries } from '@app/read-models/property-sharing/property-spaces.queries';
import { createTestDatabase } from '@test/support/test-database';

interface Row {
  kind?: string;
  parentId?: string | null;
  name?: string;
  use?: string;
  status?: string;
  owner?: string;
  occupant?: string | null;
  area?: number;
  eligible?: boolean | null;
  lng?: number | null;
  lat?: number | null;
}

let serial = 0;

/** A row of the register's `properties` read model, as its projection writes it. */
async function property(db: DataSource, r: Row): Promise<string> {
  const id = randomUUID();
  serial += 1;
  await db.query(
    `INSERT INTO properties (property_id, property_no, kind, parent_id, name, address, lng, lat, gross_area_sqm, usable_area_sqm, use,
       owner_unit_id, occupant_unit_id, occupied_since, status, asset_id, sharing_eligible, sharing_eligibility_reason,
       registered_at, updated_at, stream_revision)
     VALUES ($1, $2, $3, $4, $5, '测试路1号', $6, $7, $8, NULL, $9, $10, $11, NULL, $12, NULL, $13, $14, now(), now(), 0)`,
    [
      id,
      `WY-${String(serial).padStart(4, '0')}`,
      r.kind ?? 'room',
      r.parentId ?? null,
      r.name ?? `物业${serial}`,
      r.lng ?? null,
      r.lat ?? null,
      r.area ?? 100,
      r.use ?? 'parking',
      r.owner ?? 'D-SCH1',
      r.occupant === undefined ? (r.owner ?? 'D-SCH1') : r.occupant,
      r.status ?? 'in_use',
      r.eligible ?? null,
      r.eligible === undefined || r.eligible === null ? null : r.eligible ? '课后可开放' : '校内无独立出入口',
    ],
  );
  return id;
}

/** A published shared space on a property, as the sharing projection writes it. */
async function space(db: DataSource, propertyId: string | null, name: string, audiences = ['residents'], departmentId = 'D-SCH1') {
  const id = randomUUID();
  await db.query(
    `INSERT INTO sharing_spaces (space_id, name, kind, department_id, location, audiences, approval, schedule, blackouts, published_at, property_id)
     VALUES ($1, $2, 'parking', $3, '东门', $4, 'automatic', $5, '[]', now(), $6)`,
    [
      id,
      name,
      departmentId,
      JSON.stringify(audiences),
      JSON.stringify({
        windows: [{ days: 'every_day', start: '18:00', end: '22:00' }],
        slotMinutes: 60,
        capacity: 5,
        horizonDays: 7,
        minNoticeMinutes: 0,
      }),
      propertyId,
    ],
  );
  return id;
}

describe('property sharing reports over the register (应开尽开, vacancy by area, nearest spaces, card bookings)', () => {
  let db: DataSource;
  const directory = DepartmentDirectory.demo();

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(await createTestDatabase('propshare'), DATABASE_SCHEMA)).initialize();
  });
  afterAll(async () => db?.destroy());
  beforeEach(async () => {
    await db.query('DELETE FROM sharing_bookings');
    await db.query('DELETE FROM sharing_spaces');
    await db.query('DELETE FROM properties');
  });

  it('counts eligible vs opened by district and kind: school grounds, parking, sports venues; office and other units’ buildings left out', async () => {
    const school = await property(db, { kind: 'parcel', use: 'school', name: '实验小学校园', eligible: true });
    const track = await property(db, { parentId: school, use: 'sports_venue', name: '田径场', eligible: true });
    await property(db, { parentId: school, use: 'business', name: '风雨操场', eligible: false });
    await property(db, { parentId: school, use: 'office', name: '教务处' });
    const lot = await property(db, { use: 'parking', owner: 'D-SCH2', name: '二中停车场', eligible: true });
    await property(db, { use: 'parking', owner: 'D-HOSP1', name: '医院停车场' });
    await property(db, { kind: 'building', use: 'parking', name: '立体车库楼', eligible: true });
    await space(db, track, '田径场夜间开放');
    await space(db, lot, '二中停车场错峰');
    await space(db, lot, '二中停车场周末');

    const report = await new VenueSurveyQueries(db, directory).eligibility(null);
    const row = (kind: string) => report.rows.find((r) => r.districtId === 'R-DEMO' && r.kind === kind);
    expect(row('school')).toMatchObject({ venues: 2, assessed: 2, eligible: 1, notEligible: 1, eligibleOpened: 0, eligibleNotOpened: 1 });
    expect(row('sports_venue')).toMatchObject({ venues: 1, eligible: 1, eligibleOpened: 1, openRate: 1 });
    expect(row('parking')).toMatchObject({ venues: 2, assessed: 1, eligible: 1, eligibleOpened: 1, opened: 1 });
    expect(row('all')).toMatchObject({ venues: 5, assessed: 4, eligible: 3, eligibleOpened: 2, openRate: 0.6667 });
    expect(report.byKind.find((r) => r.kind === 'all')).toMatchObject({ venues: 5 });

    // A 主管部门's manager sees its schools only.
    const edu = await new VenueSurveyQueries(db, directory).eligibility(directory.subtree('D-EDU'));
    expect(edu.rows.find((r) => r.kind === 'all')).toMatchObject({ venues: 4 });
  });

  it('lists the venues to assess, not assessed first, filtered by kind and by assessed or not', async () => {
    const school = await property(db, { kind: 'parcel', use: 'school', name: '实验小学校园', eligible: true });
    await property(db, { parentId: school, use: 'sports_venue', name: '田径场' });
    await property(db, { use: 'parking', owner: 'D-HOSP1', name: '医院停车场', eligible: false });
    const queries = new VenueSurveyQueries(db, directory);
    const all = await queries.venues({ units: null, offset: 0, limit: 50 });
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => [r.name, r.venueKind, r.sharingEligible])).toEqual([
      ['田径场', 'sports_venue', null],
      ['实验小学校园', 'school', true],
      ['医院停车场', 'parking', false],
    ]);
    expect(all.rows[0]).toMatchObject({ districtId: 'R-DEMO', ownerUnitId: 'D-SCH1', sharedSpaces: 0 });
    expect((await queries.venues({ units: null, assessed: false, offset: 0, limit: 50 })).rows.map((r) => r.name)).toEqual(['田径场']);
    expect((await queries.venues({ units: null, kind: 'parking', offset: 0, limit: 50 })).rows.map((r) => r.name)).toEqual(['医院停车场']);
    expect((await queries.venues({ units: ['D-SCH1'], offset: 1, limit: 1 })).rows.map((r) => r.name)).toEqual(['实验小学校园']);
  });

  it('sums vacant and occupied area per district and 主管部门 over the finest level registered', async () => {
    const building = await property(db, { kind: 'building', use: 'office', area: 5000, owner: 'D-EDU', occupant: null });
    await property(db, { kind: 'floor', parentId: building, use: 'office', area: 1200.5, owner: 'D-EDU', occupant: 'D-SCH1' });
    await property(db, { kind: 'floor', parentId: building, use: 'office', area: 800.25, owner: 'D-EDU', occupant: null, status: 'idle' });
    await property(db, { kind: 'room', use: 'business', area: 300, owner: 'D-HOSP1', status: 'leased' });
    await property(db, { kind: 'room', use: 'business', area: 200, owner: 'D-HOSP1', occupant: null, status: 'pending_disposal' });

    const report = await new VacancyQueries(db, directory).vacancy(null);
    expect(report.byDistrict).toEqual([
      {
        unitId: 'R-DEMO',
        properties: 4,
        totalSqm: 2500.75,
        vacantSqm: 800.25,
        occupiedSqm: 1500.5,
        otherSqm: 200,
        vacancyRate: 0.32,
        utilisationRate: 0.6,
      },
    ]);
    expect(report.byDepartment).toEqual([
      expect.objectContaining({ unitId: 'D-EDU', properties: 2, totalSqm: 2000.75, vacantSqm: 800.25, occupiedSqm: 1200.5 }),
      expect.objectContaining({ unitId: 'D-HEALTH', properties: 2, totalSqm: 500, vacantSqm: 0, occupiedSqm: 300, otherSqm: 200 }),
    ]);
    // The health commission's reader sees its own units only.
    const health = await new VacancyQueries(db, directory).vacancy(directory.subtree('D-HEALTH'));
    expect(health.byDepartment.map((r) => r.unitId)).toEqual(['D-HEALTH']);
  });

  it("orders the spaces open to residents by distance from the resident, unlocated ones last; the district's centre to fall back on", async () => {
    const near = await property(db, { name: '近处停车场', lng: 114.1225, lat: 22.5487 });
    const far = await property(db, { name: '远处球场', use: 'sports_venue', lng: 114.15, lat: 22.56 });
    await space(db, far, '远处球场');
    await space(db, near, '近处停车场');
    await space(db, null, '未关联物业的场地');
    await space(db, near, '只对单位开放', ['departments']);

    const nearby = new OpenSpacesNearbyQueries(db, directory);
    const spaces = await nearby.nearest('residents', 114.1219, 22.5487);
    expect(spaces.map((s) => s.name)).toEqual(['近处停车场', '远处球场', '未关联物业的场地']);
    expect(spaces[0].distanceM).toBeGreaterThan(55);
    expect(spaces[0].distanceM).toBeLessThan(70);
    expect(spaces[1].distanceM).toBeGreaterThan(3000);
    expect(spaces[2]).toMatchObject({ distanceM: null, propertyName: null });
    expect(await nearby.districtCentres()).toEqual([{ districtId: 'R-DEMO', lng: 114.13625, lat: 22.55435, properties: 2 }]);
  });

  it("shows a property's shared spaces, on it and on the rooms below it, with their next live bookings", async () => {
    const school = await property(db, { kind: 'parcel', use: 'school' });
    const track = await property(db, { parentId: school, use: 'sports_venue' });
    const spaceId = await space(db, track, '田径场');
    const now = new Date('2026-11-29T10:00:00Z');
    const booking = async (start: string, status: string, bookerKind = 'resident') =>
      db.query(
        `INSERT INTO sharing_bookings (booking_id, space_id, slot_start, slot_end, booker_id, booker_kind, department_id, places, status, placed_at)
         VALUES ($1, $2, $3, $3::timestamptz + interval '1 hour', 'r-1', $5, $6, 1, $4, now())`,
        [randomUUID(), spaceId, start, status, bookerKind, bookerKind === 'department' ? 'D-SCH2' : null],
      );
    await booking('2026-11-29T08:00:00Z', 'checked_out');
    await booking('2026-11-29T12:00:00Z', 'confirmed');
    await booking('2026-11-30T12:00:00Z', 'cancelled');
    await booking('2026-11-30T13:00:00Z', 'waitlisted', 'department');

    const spaces = await new PropertySpacesQueries(db).onProperty(school, now);
    expect(spaces).toHaveLength(1);
    expect(spaces[0]).toMatchObject({ spaceId, name: '田径场', propertyId: track, capacity: 5 });
    expect(spaces[0].upcoming.map((b) => [b.slotStart.toISOString(), b.status, b.departmentId])).toEqual([
      ['2026-11-29T12:00:00.000Z', 'confirmed', null],
      ['2026-11-30T13:00:00.000Z', 'waitlisted', 'D-SCH2'],
    ]);
    expect(await new PropertySpacesQueries(db).onProperty(randomUUID(), now)).toEqual([]);
  });
});
