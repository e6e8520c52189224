import { startTestSystem, TestSystem } from '@test/support/test-app';
import { Queryable } from '@app/read-models/property-map/property-map.queries';
import { haversineMetres } from '@app/read-models/property-map/geo';
import { insertProperties } from '@test/support/property-rows';

/** 物业一张图 over HTTP: viewport, nearby, places, settings, outlines; scope by unit; bad input named in Chinese. */
describe('property map routes', () => {
  let sys: TestSystem;
  const ids: Record<string, string> = {};
  const CENTRE = { lng: 114.1219, lat: 22.5487 };
  const LUOHU = '114.08,22.52,114.2,22.6';
  const get = async (user: string, path: string, language = 'zh-CN') =>
    sys
      .http()
      .get(path)
      .set('authorization', `Bearer ${await sys.tokenFor(user)}`)
      .set('accept-language', language);

  beforeAll(async () => {
    sys = await startTestSystem();
    const db: Queryable = { query: async (sql: string, params?: unknown[]) => (await sys.query(sql, params)) as never };
    const [sch1Office, sch1Parking, hospital, eduOccupiedBySch2] = await insertProperties(db, [
      { lng: 114.1229, lat: 22.5487, name: '实验小学教学楼', use: 'school', ownerUnitId: 'D-SCH1', grossAreaSqm: 6000 },
      { lng: 114.1219, lat: 22.5507, name: '实验小学停车场', use: 'parking', status: 'idle', ownerUnitId: 'D-SCH1', grossAreaSqm: 900 },
      { lng: 114.1319, lat: 22.5487, name: '人民医院门诊楼', use: 'business', ownerUnitId: 'D-HOSP1', grossAreaSqm: 12000 },
      { lng: 114.12, lat: 22.547, name: '教育局办公楼', use: 'office', ownerUnitId: 'D-EDU', occupantUnitId: 'D-SCH2', grossAreaSqm: 3000 },
    ]);
    Object.assign(ids, { sch1Office, sch1Parking, hospital, eduOccupiedBySch2 });
  });
  afterAll(async () => sys?.close());

  it('shows each person the property of the units they cover: a school its own, the 主管部门 its schools, finance the district', async () => {
    const names = async (user: string, query = '') => {
      const res = await get(user, `/api/property-map/points?bbox=${LUOHU}${query}`);
      expect(res.status).toBe(200);
      expect(res.body.mode).toBe('points');
      expect(res.body.datum).toBe('WGS84');
      return (res.body.points as { name: string }[]).map((p) => p.name).sort();
    };
    expect(await names('mgr-sch1')).toEqual(['实验小学停车场', '实验小学教学楼']);
    // The 主管部门 sees its own office and its schools' property; the second school sees the office it occupies.
    expect(await names('mgr-edu')).toEqual(['实验小学停车场', '实验小学教学楼', '教育局办公楼']);
    expect(await names('mgr-sch2')).toEqual(['教育局办公楼']);
    expect(await names('fin-approver')).toHaveLength(4);
    expect(await names('auditor', '&status=idle')).toEqual(['实验小学停车场']);
    expect(await names('admin', '&use=business,office&minArea=2000')).toEqual(['人民医院门诊楼', '教育局办公楼']);
    expect(await names('fin-approver', '&unit=D-EDU')).toEqual(['实验小学停车场', '实验小学教学楼', '教育局办公楼']);
    // Asking for another unit's property does not widen a scope.
    expect(await names('mgr-sch1', '&unit=D-HOSP1')).toEqual([]);
  });

  it('answers clusters with their status mix when the viewport holds too many points for the zoom', async () => {
    const res = await get('admin', `/api/property-map/points?bbox=${LUOHU}&zoom=12`);
    expect(res.status).toBe(200);
    // Four points fit: they come as points; the cluster path is covered by the query's own test with a low limit.
    expect(res.body).toMatchObject({ mode: 'points', total: 4, clusters: [], cellDegrees: null });
  });

  it('lists property nearby, nearest first, with distances in metres', async () => {
    const res = await get('fin-approver', `/api/property-map/nearby?lng=${CENTRE.lng}&lat=${CENTRE.lat}&radiusM=500`);
    expect(res.status).toBe(200);
    const items = res.body.items as { propertyId: string; lng: number; lat: number; distanceM: number }[];
    expect(items.map((i) => i.propertyId)).toEqual([ids.sch1Office, ids.sch1Parking, ids.eduOccupiedBySch2]);
    for (const i of items) expect(Math.abs(i.distanceM - haversineMetres(CENTRE, i))).toBeLessThanOrEqual(0.05);
    expect(res.body.radiusM).toBe(500);
  });

  it('finds places by property name or address, and units by name at their property', async () => {
    const res = await get('mgr-edu', `/api/property-map/places?q=${encodeURIComponent('实验小学')}`);
    expect(res.status).toBe(200);
    const items = res.body.items as { kind: string; name: string; unitId: string | null }[];
    expect(items[0]).toMatchObject({ kind: 'unit', unitId: 'D-SCH1', name: '区实验小学' });
    expect(items.filter((i) => i.kind === 'property').map((i) => i.name)).toEqual(['实验小学停车场', '实验小学教学楼']);
    const outside = await get('mgr-sch1', `/api/property-map/places?q=${encodeURIComponent('医院')}`);
    expect(outside.body.items).toEqual([]);
  });

  it('names the tile source (none in tests) and serves outlines: the shipped file and each unit’s property extent', async () => {
    const settings = await get('auditor', '/api/property-map/settings');
    expect(settings.body).toEqual({ source: 'none', layers: [], attribution: null, datum: 'WGS84', maxZoom: 19 });
    const districts = await get('admin', '/api/property-map/districts');
    expect(districts.status).toBe(200);
    expect(districts.body.source).toMatch(/licence|ODbL/);
    const features = districts.body.outlines.features as { properties: { kind: string; unitId?: string } }[];
    // D-SCH1 has two located properties: too few for an outline; no unit has three.
    expect(features.filter((f) => f.properties.kind === 'property-extent')).toEqual([]);
  });

  it.each([
    ['/api/property-map/points', 'MAP_BBOX_INVALID', '地图范围'],
    ['/api/property-map/points?bbox=114.2,22.52,114.08,22.6', 'MAP_BBOX_INVALID', '西小于东'],
    ['/api/property-map/points?bbox=abc', 'MAP_BBOX_INVALID', '地图范围'],
    ['/api/property-map/nearby?lng=114.12&lat=22.55&radiusM=0', 'MAP_RADIUS_INVALID', '1 至 50000 米'],
    ['/api/property-map/nearby?lng=114.12&lat=22.55&radiusM=50001', 'MAP_RADIUS_INVALID', '搜索半径'],
    ['/api/property-map/nearby?lng=114.12&lat=22.55&radiusM=abc', 'MAP_RADIUS_INVALID', '搜索半径'],
    ['/api/property-map/nearby?lng=514&lat=22.55', 'MAP_POINT_INVALID', '经纬度'],
    ['/api/property-map/nearby?lat=22.55', 'MAP_POINT_INVALID', '经纬度'],
    [`/api/property-map/points?bbox=${LUOHU}&minArea=10&maxArea=5`, 'MAP_AREA_RANGE_INVALID', '面积下限'],
    [`/api/property-map/points?bbox=${LUOHU}&status=lost`, 'VALIDATION_FAILED', 'status'],
    // Exponent notation once made class-validator's decimal-places check throw (a 500).
    [`/api/property-map/points?bbox=${LUOHU}&minArea=2e-323&maxArea=abc`, 'VALIDATION_FAILED', 'maxArea'],
  ])('refuses %s with 400 %s in Chinese', async (path, code, words) => {
    const res = await get('admin', path);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(code);
    expect(res.body.message).toContain(words);
    const english = await get('admin', path, 'en');
    expect(english.body.code).toBe(code);
  });
});
