import { startTestSystem, TestSystem } from '@test/support/test-app';

/**
 * Shared spaces on the property register over HTTP: publishing on a room, the office and other-unit
 * refusals (nothing written), tying an older space, the 应开尽开 survey and report, vacancy by area,
 * residents' nearest-first list and the property card's bookings.
 */
describe('shared spaces tied to property, 应开尽开 and vacancy over HTTP', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-sch2', 'auditor', 'resident-1']) token[user] = await sys.tokenFor(user);
  });
  afterAll(() => sys.close());

  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const register = async (who: string, body: Record<string, unknown>): Promise<string> => {
    const res = await post('/api/properties', who, { address: '罗湖区翠竹路2001号', grossAreaSqm: 1000, status: 'in_use', ...body });
    if (res.status !== 201) throw new Error(`registering ${String(body.name)}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.propertyId as string;
  };
  const space = (propertyId?: string, name = '实验小学停车场') => ({
    name,
    kind: 'parking',
    location: '东门',
    audiences: ['residents', 'departments'],
    approval: 'automatic',
    schedule: {
      windows: [{ days: 'every_day', start: '18:00', end: '22:00' }],
      slotMinutes: 60,
      capacity: 5,
      horizonDays: 7,
      minNoticeMinutes: 0,
    },
    ...(propertyId ? { propertyId } : {}),
  });

  let campus: string;
  let lot: string;
  let office: string;
  let lotSpace: string;

  it('publishes a space on a room of the unit, refuses office space (naming the rule) and another unit’s property, writing nothing', async () => {
    campus = await register('mgr-sch1', {
      propertyNo: 'SCH1-P',
      kind: 'parcel',
      name: '实验小学校园',
      use: 'school',
      grossAreaSqm: 12000,
      location: { lng: 114.12, lat: 22.55, system: 'WGS84' },
    });
    const block = await register('mgr-sch1', {
      propertyNo: 'SCH1-P-B1',
      kind: 'building',
      parentId: campus,
      name: '实验小学综合楼',
      use: 'school',
      grossAreaSqm: 5000,
    });
    lot = await register('mgr-sch1', {
      propertyNo: 'SCH1-P-LOT',
      kind: 'room',
      parentId: block,
      name: '东门停车场',
      use: 'parking',
      grossAreaSqm: 800,
      location: { lng: 114.1206, lat: 22.5501, system: 'WGS84' },
    });
    office = await register('mgr-sch1', {
      propertyNo: 'SCH1-P-OFF',
      kind: 'room',
      parentId: block,
      name: '教务处',
      use: 'office',
      grossAreaSqm: 60,
    });
    const theirs = await register('mgr-sch2', {
      propertyNo: 'SCH2-LOT',
      kind: 'parcel',
      name: '二中停车场',
      use: 'parking',
      status: 'idle',
    });

    const published = await post('/api/spaces', 'mgr-sch1', space(lot)).expect(201);
    expect(published.body.events).toEqual(['space.published.v2']);
    lotSpace = published.body.id as string;

    const before = await sys.countEvents();
    const refused = await post('/api/spaces', 'mgr-sch1', space(office, '教务处会议')).expect(422);
    expect(refused.body.code).toBe('OFFICE_SPACE_NOT_LENDABLE');
    expect(refused.body.message).toContain('《机关事务管理条例》第二十三条');
    expect((await post('/api/spaces', 'mgr-sch1', space(theirs, '借二中')).expect(403)).body.code).toBe('PROPERTY_NOT_YOUR_UNIT');
    const unknown = '00000000-0000-4000-8000-000000000001';
    expect((await post('/api/spaces', 'mgr-sch1', space(unknown, '无此物业')).expect(404)).body.code).toBe('PROPERTY_NOT_FOUND');
    expect((await post('/api/spaces', 'mgr-sch1', space(campus, '校园操场')).expect(201)).body.events).toEqual(['space.published.v2']);
    expect(await sys.countEvents()).toBe(before + 1);
    await sys.projected();
    expect((await get(`/api/spaces/${lotSpace}`, 'mgr-sch1').expect(200)).body.propertyId).toBe(lot);
  });

  it('ties a space published without a property, once; never to office space', async () => {
    const loose = (await post('/api/spaces', 'mgr-sch1', space(undefined, '操场夜跑')).expect(201)).body.id as string;
    await sys.projected();
    expect((await get(`/api/spaces/${loose}`, 'mgr-sch1').expect(200)).body.propertyId).toBeNull();
    expect((await post(`/api/spaces/${loose}/property`, 'mgr-sch1', { propertyId: office }).expect(422)).body.code).toBe(
      'OFFICE_SPACE_NOT_LENDABLE',
    );
    expect((await post(`/api/spaces/${loose}/property`, 'mgr-sch2', { propertyId: lot }).expect(403)).body.code).toBe('NOT_YOUR_SPACE');
    expect((await post(`/api/spaces/${loose}/property`, 'mgr-sch1', { propertyId: lot }).expect(201)).body.events).toEqual([
      'space.property-linked.v1',
    ]);
    expect((await post(`/api/spaces/${loose}/property`, 'mgr-sch1', { propertyId: lot }).expect(409)).body.code).toBe(
      'SPACE_ALREADY_LINKED',
    );
    await post(`/api/spaces/${loose}/property`, 'mgr-sch1', { propertyId: 'not-a-uuid' }).expect(400);
    await sys.projected();
    expect((await get(`/api/spaces/${loose}`, 'mgr-sch1').expect(200)).body.propertyId).toBe(lot);
  });

  it('lists the venues to survey and reports eligible vs opened by district and kind, as JSON and CSV', async () => {
    await post(`/api/properties/${lot}/sharing-eligibility`, 'mgr-sch1', { eligible: true, reason: '有独立出入口，可错峰开放' }).expect(
      200,
    );
    await sys.projected();
    const venues = (await get('/api/property-survey/venues?assessed=yes', 'mgr-sch1').expect(200)).body;
    expect(venues).toMatchObject({ total: 1, rows: [{ propertyId: lot, venueKind: 'parking', sharingEligible: true, sharedSpaces: 2 }] });
    const notYet = (await get('/api/property-survey/venues?assessed=no', 'mgr-sch1').expect(200)).body;
    expect(notYet.rows.map((v: { name: string }) => v.name)).toEqual(['实验小学校园']);
    await get('/api/property-survey/venues?kind=office', 'mgr-sch1').expect(400);

    const report = (await get('/api/reports/sharing-eligibility', 'auditor').expect(200)).body;
    const parking = report.rows.find((r: { kind: string }) => r.kind === 'parking');
    expect(parking).toMatchObject({ districtId: 'R-DEMO', venues: 2, eligible: 1, eligibleOpened: 1, openRate: 1 });
    const csv = await get('/api/reports/sharing-eligibility?format=csv', 'auditor')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = (csv.body as Buffer).toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[1]).toBe('区,类型,场地数,已摸排,应开放,不具备开放条件,应开已开,应开未开,开放率');
    expect(lines).toContain('示例区,停车场,2,1,1,0,1,0,100.0%');
  });

  it('reports vacant and occupied area per district and 主管部门', async () => {
    const vacancy = (await get('/api/reports/property-vacancy', 'mgr-sch1').expect(200)).body;
    // mgr-sch1 covers its own unit: the lot and the office room (campus and building count through them); the idle lot of 二中 is not theirs.
    expect(vacancy.byDepartment).toEqual([
      expect.objectContaining({ unitId: 'D-EDU', properties: 2, totalSqm: 860, occupiedSqm: 860, vacantSqm: 0 }),
    ]);
    const all = (await get('/api/reports/property-vacancy', 'auditor').expect(200)).body;
    expect(all.byDistrict).toEqual([expect.objectContaining({ unitId: 'R-DEMO', totalSqm: 1860, vacantSqm: 1000, vacancyRate: 0.5376 })]);
  });

  it('gives residents the open spaces nearest first, the districts to choose from, and refuses a point that is not one', async () => {
    const near = (await get('/api/spaces/nearby?lng=114.1207&lat=22.5502', 'resident-1').expect(200)).body;
    expect(near[0]).toMatchObject({ propertyId: lot, propertyName: '东门停车场' });
    expect(near[0].distanceM).toBeLessThan(20);
    const distances = near.map((s: { distanceM: number | null }) => s.distanceM).filter((d: number | null) => d !== null);
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
    expect((await get('/api/spaces/nearby?lng=200&lat=22.5', 'resident-1').expect(400)).body.code).toBe('VALIDATION_FAILED');
    const places = (await get('/api/spaces/nearby/places', 'resident-1').expect(200)).body;
    expect(places).toEqual([expect.objectContaining({ districtId: 'R-DEMO', name: '示例区' })]);
  });

  it("shows the spaces on a property and the rooms below it on the card's bookings section", async () => {
    const spaces = (await get(`/api/properties/${campus}/shared-spaces`, 'auditor').expect(200)).body;
    expect(spaces.map((s: { name: string }) => s.name).sort()).toEqual(['实验小学停车场', '操场夜跑', '校园操场']);
    expect(spaces.find((s: { spaceId: string }) => s.spaceId === lotSpace)).toMatchObject({ propertyId: lot, capacity: 5, upcoming: [] });
  });
});
