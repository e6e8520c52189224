import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { haversineMetres, LngLat } from '@app/read-models/property-map/geo';
import { PropertyMapError } from '@app/read-models/property-map/property-map.errors';
import { findPlaces, nearbyProperties, propertyHulls, viewportQuery } from '@app/read-models/property-map/property-map.queries';
import { createTestDatabase } from '@test/support/test-database';
import { insertProperties } from '@test/support/property-rows';

/** 罗湖: the 东门 area, where every test places its property. */
const CENTRE: LngLat = { lng: 114.1219, lat: 22.5487 };
const LUOHU = { west: 114.08, south: 22.52, east: 114.2, north: 22.6 };

/** A point `east` and `north` metres from the centre (small offsets on the sphere). */
function offset(east: number, north: number): LngLat {
  const perDegree = (6_371_008.8 * Math.PI) / 180;
  return { lng: CENTRE.lng + east / (perDegree * Math.cos((CENTRE.lat * Math.PI) / 180)), lat: CENTRE.lat + north / perDegree };
}

describe('property map queries (viewport, clusters, radius) over the property register', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(await createTestDatabase('propmap'), DATABASE_SCHEMA)).initialize();
  });
  afterAll(async () => db?.destroy());
  beforeEach(async () => db.query('DELETE FROM properties'));

  it('answers the points inside the viewport only, and leaves out property without coordinates', async () => {
    const [inside] = await insertProperties(db, [
      { ...offset(100, 100), name: '东门办公楼', use: 'office', grossAreaSqm: 1234.5, occupantUnitId: 'D-SCH2' },
      { lng: 113.93, lat: 22.53, name: '南山的楼' },
      { lng: null, lat: null, name: '无坐标的楼' },
    ]);
    const answer = await viewportQuery(db, LUOHU, {}, null);
    expect(answer).toEqual({
      mode: 'points',
      total: 1,
      points: [
        expect.objectContaining({
          propertyId: inside,
          name: '东门办公楼',
          use: 'office',
          status: 'in_use',
          grossAreaSqm: 1234.5,
          ownerUnitId: 'D-SCH1',
          occupantUnitId: 'D-SCH2',
        }),
      ],
    });
    const point = answer.mode === 'points' ? answer.points[0] : null;
    expect(point?.lng).toBeCloseTo(offset(100, 100).lng, 9);
  });

  it('answers grid clusters with counts, mean positions and the status mix when the viewport holds too many points', async () => {
    // Two groups 5 km apart: one of 6 (4 in use, 2 idle), one of 3 leased.
    await insertProperties(db, [
      ...[0, 1, 2, 3].map((i) => ({ ...offset(i * 10, 0), status: 'in_use' })),
      ...[4, 5].map((i) => ({ ...offset(i * 10, 0), status: 'idle' })),
      ...[0, 1, 2].map((i) => ({ ...offset(5000 + i * 10, 5000), status: 'leased' })),
    ]);
    const answer = await viewportQuery(db, LUOHU, {}, null, { zoom: 13, maxPoints: 5 });
    if (answer.mode !== 'clusters') throw new Error('expected clusters');
    expect(answer.total).toBe(9);
    const sorted = [...answer.clusters].sort((a, b) => b.count - a.count);
    expect(sorted.map((c) => [c.count, c.statuses])).toEqual([
      [6, { in_use: 4, idle: 2 }],
      [3, { leased: 3 }],
    ]);
    expect(sorted[1].lng).toBeCloseTo(offset(5010, 5000).lng, 9);
    expect(sorted[1].lat).toBeCloseTo(offset(5010, 5000).lat, 9);
    // Enough room for every point: the same viewport answers them one by one.
    expect((await viewportQuery(db, LUOHU, {}, null, { zoom: 13, maxPoints: 9 })).mode).toBe('points');
  });

  it('answers property within the radius nearest first, with distances equal to the haversine', async () => {
    const spots = [offset(900, 0), offset(0, 300), offset(-500, -500), offset(1500, 0), offset(800, 800)];
    const ids = await insertProperties(
      db,
      spots.map((s, i) => ({ ...s, name: `点${i}` })),
    );
    const near = await nearbyProperties(db, CENTRE, 1000, {}, null);
    const expected = spots
      .map((s, i) => ({ id: ids[i], d: haversineMetres(CENTRE, s) }))
      .filter((x) => x.d <= 1000)
      .sort((a, b) => a.d - b.d);
    // 1,500 m east is outside; (800, 800) lies in the box around the circle but 1,131 m away: outside too.
    expect(expected.map((x) => x.id)).toEqual([ids[1], ids[2], ids[0]]);
    expect(near.map((n) => n.propertyId)).toEqual(expected.map((x) => x.id));
    near.forEach((n, i) => expect(Math.abs(n.distanceM - expected[i].d)).toBeLessThanOrEqual(0.05));
    expect(near[0].distanceM).toBeCloseTo(300, 0);
    // A limit keeps the nearest.
    expect((await nearbyProperties(db, CENTRE, 1000, {}, null, 2)).map((n) => n.propertyId)).toEqual([ids[1], ids[2]]);
  });

  it('orders by true distance where degrees mislead: 750 m east is nearer than 780 m north, though more degrees away', async () => {
    const [east, north] = await insertProperties(db, [offset(750, 0), offset(0, 780)]);
    // A degree of longitude is shorter here than one of latitude: the index's flat distance ranks north first.
    expect(offset(750, 0).lng - CENTRE.lng).toBeGreaterThan(offset(0, 780).lat - CENTRE.lat);
    expect((await nearbyProperties(db, CENTRE, 5000, {}, null, 1)).map((n) => n.propertyId)).toEqual([east]);
    expect((await nearbyProperties(db, CENTRE, 5000, {}, null, 2)).map((n) => n.propertyId)).toEqual([east, north]);
  });

  it('filters by use, status, kind and area, and shows a person only property their units own or occupy', async () => {
    const [office, school, idleParking, hospital, occupiedBySch1] = await insertProperties(db, [
      { ...offset(10, 0), use: 'office', status: 'in_use', grossAreaSqm: 500, ownerUnitId: 'D-SCH1' },
      { ...offset(20, 0), use: 'school', status: 'in_use', grossAreaSqm: 8000, ownerUnitId: 'D-SCH1', kind: 'parcel' },
      { ...offset(30, 0), use: 'parking', status: 'idle', grossAreaSqm: 1200, ownerUnitId: 'D-SCH2' },
      { ...offset(40, 0), use: 'business', status: 'leased', grossAreaSqm: 3000, ownerUnitId: 'D-HOSP1' },
      { ...offset(50, 0), use: 'office', status: 'in_use', grossAreaSqm: 700, ownerUnitId: 'D-EDU', occupantUnitId: 'D-SCH1' },
    ]);
    const ids = async (filters: Parameters<typeof viewportQuery>[2], units: string[] | null = null) => {
      const a = await viewportQuery(db, LUOHU, filters, units);
      const near = await nearbyProperties(db, CENTRE, 2000, filters, units);
      const viaViewport = a.mode === 'points' ? a.points.map((p) => p.propertyId).sort() : [];
      expect(near.map((n) => n.propertyId).sort()).toEqual(viaViewport);
      return viaViewport;
    };
    expect(await ids({ uses: ['office'] })).toEqual([office, occupiedBySch1].sort());
    expect(await ids({ statuses: ['idle', 'leased'] })).toEqual([idleParking, hospital].sort());
    expect(await ids({ kinds: ['parcel'] })).toEqual([school]);
    expect(await ids({ minAreaSqm: 1000, maxAreaSqm: 3000 })).toEqual([idleParking, hospital].sort());
    expect(await ids({}, ['D-SCH1'])).toEqual([office, school, occupiedBySch1].sort());
    expect(await ids({ uses: ['office'] }, ['D-HOSP1'])).toEqual([]);
    expect(await ids({}, [])).toEqual([]);
    await expect(viewportQuery(db, LUOHU, { minAreaSqm: 10, maxAreaSqm: 5 }, null)).rejects.toThrow(PropertyMapError);
  });

  it('finds places by name, number or address in scope, and outlines each unit’s property', async () => {
    await insertProperties(db, [
      { ...offset(0, 0), name: '翠竹街道办公楼', address: '罗湖区翠竹路1号', ownerUnitId: 'D-SCH1' },
      { ...offset(100, 0), name: '体育馆', address: '罗湖区翠竹路9号', ownerUnitId: 'D-SCH1' },
      { ...offset(0, 100), name: '翠竹停车场', address: '罗湖区东门路', ownerUnitId: 'D-HOSP1' },
      { lng: null, lat: null, name: '翠竹无坐标', ownerUnitId: 'D-SCH1' },
    ]);
    expect((await findPlaces(db, '翠竹', null)).map((p) => p.name)).toEqual(['翠竹停车场', '翠竹街道办公楼', '体育馆']);
    expect((await findPlaces(db, '翠竹', ['D-SCH1'])).map((p) => p.name)).toEqual(['翠竹街道办公楼', '体育馆']);
    expect(await findPlaces(db, '100%', null)).toEqual([]);
    const hulls = await propertyHulls(db, null);
    // Two or fewer located points make no outline.
    expect(hulls).toEqual([]);
    await insertProperties(db, [{ ...offset(0, 200), ownerUnitId: 'D-SCH1' }]);
    const [sch1] = await propertyHulls(db, ['D-SCH1']);
    expect(sch1.unitId).toBe('D-SCH1');
    expect(sch1.ring).toHaveLength(4);
    expect(sch1.ring[0]).toEqual(sch1.ring[3]);
  });
});
