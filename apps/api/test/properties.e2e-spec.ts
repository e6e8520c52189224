import { gcj02ToWgs84, roundCoordinate } from '@app/property';
import { startTestSystem, TestSystem } from '@test/support/test-app';

/** The property register over HTTP: register → card → changes, refusals that write nothing, and who sees what. */
describe('properties (物业登记) over HTTP', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-sch2', 'mgr-edu', 'auditor', 'fin-approver', 'staff-sch1', 'admin'])
      token[user] = await sys.tokenFor(user);
  });
  afterAll(() => sys.close());

  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const eventCount = async () => Number((await sys.query<{ n: string }>('SELECT count(*) AS n FROM event_store.events'))[0].n);

  const building = {
    propertyNo: 'SCH1-B1',
    kind: 'building',
    name: '实验小学教学楼',
    address: '罗湖区翠竹路2001号',
    location: { lng: 114.136, lat: 22.5452, system: 'GCJ02' },
    grossAreaSqm: 5200.5,
    usableAreaSqm: 4100,
    use: 'school',
    occupantUnitId: 'D-SCH1',
    occupiedSince: '2010-09-01',
    status: 'in_use',
  };

  it('registers a building and a room in it, and shows the card with parent, rooms and occupancy', async () => {
    const b = await post('/api/properties', 'mgr-sch1', building).expect(201);
    expect(b.body.events).toEqual(['property.registered.v1']);
    const buildingId = b.body.propertyId as string;
    expect(b.headers.location).toBe(`/api/properties/${buildingId}`);
    const r = await post('/api/properties', 'mgr-sch1', {
      propertyNo: 'SCH1-B1-101',
      kind: 'room',
      parentId: buildingId,
      name: '风雨操场',
      grossAreaSqm: 900,
      use: 'sports_venue',
      status: 'idle',
    }).expect(201);
    const roomId = r.body.propertyId as string;
    await sys.projected();

    const card = (await get(`/api/properties/${buildingId}`, 'mgr-sch1').expect(200)).body;
    expect(card.property).toMatchObject({
      propertyNo: 'SCH1-B1',
      ownerUnitId: 'D-SCH1',
      use: 'school',
      grossAreaSqm: 5200.5,
      revision: '0',
    });
    // Entered as GCJ-02 (高德), stored as WGS-84 (six decimals): in Shenzhen about 530 m west and 280 m north of what was typed.
    const wgs = gcj02ToWgs84({ lng: 114.136, lat: 22.5452 });
    expect(card.property.location).toEqual({ lng: roundCoordinate(wgs.lng), lat: roundCoordinate(wgs.lat) });
    expect(114.136 - card.property.location.lng).toBeGreaterThan(0.004);
    expect(card.children).toEqual([expect.objectContaining({ propertyId: roomId, name: '风雨操场', kind: 'room' })]);
    expect(card.occupancies).toEqual([{ unitId: 'D-SCH1', fromDate: '2010-09-01', toDate: null, allocationId: null }]);
    const roomCard = (await get(`/api/properties/${roomId}`, 'mgr-sch1').expect(200)).body;
    expect(roomCard.parent).toMatchObject({ propertyId: buildingId, name: '实验小学教学楼' });

    // An allocation link is written by an approved 调配's handover only, never sent by a client.
    const forged = await post(`/api/properties/${roomId}/occupancy`, 'mgr-sch1', {
      toUnitId: 'D-SCH2',
      since: '2026-09-01',
      reason: '借用期间交由二中使用',
      allocationId: '5f0a3c2e-8b7d-4e6f-9a1b-2c3d4e5f6a7b',
    }).expect(400);
    expect(forged.body.code).toBe('VALIDATION_FAILED');
    await post(`/api/properties/${roomId}/occupancy`, 'mgr-sch1', {
      toUnitId: 'D-SCH2',
      since: '2026-09-01',
      reason: '借用期间交由二中使用',
    }).expect(200);
    // A unit moving into an idle room puts it 在用 in the same append; saying so again changes nothing.
    expect(
      (await post(`/api/properties/${roomId}/status`, 'mgr-sch1', { status: 'in_use', reason: '已投入使用' }).expect(409)).body.code,
    ).toBe('PROPERTY_STATUS_UNCHANGED');
    await post(`/api/properties/${roomId}/sharing-eligibility`, 'mgr-sch1', { eligible: true, reason: '与教学区分隔，可错峰开放' }).expect(
      200,
    );
    await post(`/api/properties/${roomId}/corrections`, 'mgr-sch1', { grossAreaSqm: 905.25, reason: '按测绘报告更正' }).expect(200);
    await sys.projected();
    const after = (await get(`/api/properties/${roomId}`, 'mgr-sch1').expect(200)).body;
    expect(after.property).toMatchObject({ status: 'in_use', occupantUnitId: 'D-SCH2', sharingEligible: true, grossAreaSqm: 905.25 });
    expect(after.occupancies).toEqual([{ unitId: 'D-SCH2', fromDate: '2026-09-01', toDate: null, allocationId: null }]);
    // 二中 uses the room: its card says which building it is in, and nothing of how 实验小学 uses that building.
    const theirView = (await get(`/api/properties/${roomId}`, 'mgr-sch2').expect(200)).body;
    expect(theirView.parent).toEqual({
      propertyId: buildingId,
      propertyNo: 'SCH1-B1',
      kind: 'building',
      name: '实验小学教学楼',
      address: '罗湖区翠竹路2001号',
      use: 'school',
    });
  });

  it('lists by scope: the unit, its 主管部门, audit and finance see it; another school does not', async () => {
    for (const who of ['mgr-sch1', 'mgr-edu', 'auditor', 'fin-approver', 'admin']) {
      const page = (await get('/api/properties?q=SCH1-B1', who).expect(200)).body;
      expect({ who, nos: page.items.map((p: { propertyNo: string }) => p.propertyNo) }).toEqual({ who, nos: ['SCH1-B1', 'SCH1-B1-101'] });
    }
    // 二中 occupies the room, so it sees the room but not the building.
    const sch2 = (await get('/api/properties?q=SCH1-B1', 'mgr-sch2').expect(200)).body;
    expect(sch2.items.map((p: { propertyNo: string }) => p.propertyNo)).toEqual(['SCH1-B1-101']);
    const buildingId = (await get('/api/properties?q=SCH1-B1&kind=building', 'mgr-sch1').expect(200)).body.items[0].propertyId;
    await get(`/api/properties/${buildingId}`, 'mgr-sch2').expect(404);
    await get('/api/properties', 'staff-sch1').expect(403);
    // Filters and pages: one a page, the cursor takes the next.
    const first = (await get('/api/properties?q=SCH1-B1&limit=1', 'mgr-edu').expect(200)).body;
    expect(first.items).toHaveLength(1);
    const second = (await get(`/api/properties?q=SCH1-B1&limit=1&cursor=${first.nextCursor}`, 'mgr-edu').expect(200)).body;
    expect(second.items.map((p: { propertyNo: string }) => p.propertyNo)).toEqual(['SCH1-B1-101']);
    expect((await get('/api/properties?q=SCH1-B1&use=school&status=in_use', 'mgr-edu').expect(200)).body.items).toHaveLength(1);
  });

  it('refuses bad input with a 4xx naming the problem in Chinese, and writes nothing', async () => {
    const before = await eventCount();
    const bad = [
      { body: { ...building, propertyNo: 'X-1', grossAreaSqm: -5 }, status: 400, code: 'VALIDATION_FAILED' },
      { body: { ...building, propertyNo: 'X-2', use: 'casino' }, status: 400, code: 'VALIDATION_FAILED' },
      {
        body: { ...building, propertyNo: 'X-3', location: { lng: 114, lat: 95, system: 'WGS84' } },
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      { body: { ...building, propertyNo: 'X-4', usableAreaSqm: 9999 }, status: 400, code: 'INVALID_PROPERTY_FIELD' },
      { body: { ...building, propertyNo: 'X-5', kind: 'room' }, status: 400, code: 'PROPERTY_PARENT_INVALID' },
      { body: { ...building, propertyNo: 'X-6', ownerUnitId: 'D-SCH2' }, status: 403, code: 'PROPERTY_NOT_YOUR_UNIT' },
      { body: building, status: 409, code: 'PROPERTY_ALREADY_REGISTERED' },
    ];
    for (const { body, status, code } of bad) {
      const res = await post('/api/properties', 'mgr-sch1', body);
      expect({ no: body.propertyNo, status: res.status, code: res.body.code }).toEqual({ no: body.propertyNo, status, code });
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    await post('/api/properties', 'auditor', { ...building, propertyNo: 'X-7' }).expect(403);
    expect(await eventCount()).toBe(before);
  });

  it('links only a registered 房屋和构筑物 card of the owner, and nests only as parcel → building → floor → room', async () => {
    const card = (categoryCode: string, assetNo: string) =>
      post('/api/assets', 'mgr-sch1', {
        assetNo,
        departmentId: 'D-SCH1',
        name: '综合楼',
        categoryCode,
        custodian: '总务处',
        location: '校内',
        acquiredOn: '2010-09-01',
        originalValueFen: 1_000_000_00,
        quantity: 1,
        unit: '栋',
        condition: 'good',
      }).expect(201);
    const houseCard = (await card('A01000000', 'SCH1-HOUSE-1')).body.assetId as string;
    const computer = (await card('A02000000', 'SCH1-PC-1')).body.assetId as string;
    const before = await eventCount();
    const wrongClass = await post('/api/properties', 'mgr-sch1', { ...building, propertyNo: 'SCH1-B2', assetId: computer }).expect(400);
    expect(wrongClass.body.code).toBe('PROPERTY_ASSET_CARD_INVALID');
    const missing = await post('/api/properties', 'mgr-sch1', {
      ...building,
      propertyNo: 'SCH1-B2',
      assetId: '00000000-0000-4000-8000-000000000001',
    });
    expect(missing.body.code).toBe('PROPERTY_ASSET_CARD_INVALID');
    expect(await eventCount()).toBe(before);
    const linked = await post('/api/properties', 'mgr-sch1', { ...building, propertyNo: 'SCH1-B2', assetId: houseCard }).expect(201);
    const roomId = (
      await post('/api/properties', 'mgr-sch1', {
        propertyNo: 'SCH1-B2-1',
        kind: 'room',
        parentId: linked.body.propertyId,
        name: '102',
        grossAreaSqm: 60,
        use: 'school',
        status: 'idle',
      }).expect(201)
    ).body.propertyId as string;
    // A room holds nothing: a floor cannot sit in it.
    const floorInRoom = await post('/api/properties', 'mgr-sch1', {
      propertyNo: 'SCH1-B2-F9',
      kind: 'floor',
      parentId: roomId,
      name: '九层',
      grossAreaSqm: 60,
      use: 'school',
      status: 'idle',
    }).expect(400);
    expect(floorInRoom.body.code).toBe('PROPERTY_PARENT_INVALID');
  });

  it('refuses to lease office space or open it, naming 《机关事务管理条例》第二十三条', async () => {
    const office = await post('/api/properties', 'admin', {
      ...building,
      propertyNo: 'EDU-OFFICE-1',
      name: '教育局机关办公楼',
      use: 'office',
      ownerUnitId: 'D-EDU',
      occupantUnitId: 'D-EDU',
    }).expect(201);
    const before = await eventCount();
    const lease = await post(`/api/properties/${office.body.propertyId}/status`, 'mgr-edu', {
      status: 'leased',
      reason: '对外出租',
    }).expect(422);
    expect(lease.body.code).toBe('OFFICE_SPACE_NOT_LENDABLE');
    expect(lease.body.message).toContain('《机关事务管理条例》第二十三条');
    const open = await post(`/api/properties/${office.body.propertyId}/sharing-eligibility`, 'mgr-edu', {
      eligible: true,
      reason: '开放',
    }).expect(422);
    expect(open.body.code).toBe('OFFICE_SPACE_NOT_LENDABLE');
    // Another unit's manager may not touch it at all.
    const other = await post(`/api/properties/${office.body.propertyId}/status`, 'mgr-sch1', { status: 'idle', reason: '闲置' }).expect(
      403,
    );
    expect(other.body.code).toBe('PROPERTY_NOT_YOUR_UNIT');
    expect(await eventCount()).toBe(before);
    // 调剂 between departments stays allowed: its occupant may change.
    await post(`/api/properties/${office.body.propertyId}/occupancy`, 'mgr-edu', {
      toUnitId: 'D-HEALTH',
      since: '2026-11-01',
      reason: '调剂给卫健委',
    }).expect(200);
  });

  it("lists on a card only the rooms the caller may see; an administrator may place another unit's room in a building", async () => {
    const buildingId = (await get('/api/properties?q=SCH1-B1&kind=building', 'mgr-sch1').expect(200)).body.items[0].propertyId as string;
    // A unit's manager may not hang its room in another unit's building (the building's figures would change under it).
    const refused = await post('/api/properties', 'mgr-sch2', {
      propertyNo: 'SCH2-IN-SCH1',
      kind: 'room',
      parentId: buildingId,
      name: '二中借驻办公室',
      grossAreaSqm: 40,
      use: 'business',
      status: 'in_use',
    }).expect(403);
    expect(refused.body.code).toBe('PROPERTY_NOT_YOUR_UNIT');
    await post('/api/properties', 'admin', {
      propertyNo: 'SCH2-IN-SCH1',
      kind: 'room',
      parentId: buildingId,
      name: '二中借驻办公室',
      grossAreaSqm: 40,
      use: 'business',
      status: 'in_use',
      ownerUnitId: 'D-SCH2',
      occupantUnitId: 'D-SCH2',
    }).expect(201);
    await sys.projected();
    const names = async (who: string) =>
      ((await get(`/api/properties/${buildingId}`, who).expect(200)).body.children as { propertyNo: string }[]).map((c) => c.propertyNo);
    expect(await names('mgr-sch1')).toEqual(['SCH1-B1-101']);
    expect(await names('admin')).toEqual(['SCH1-B1-101', 'SCH2-IN-SCH1']);
  });
});
