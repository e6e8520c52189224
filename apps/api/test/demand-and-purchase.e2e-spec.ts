import { startTestSystem, TestSystem } from '@test/support/test-app';

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

describe('demand square (需求广场) and purchase gate (采购前必先查仓)', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  let chairsListingId: string;

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'staff-hosp1', 'mgr-hosp1', 'mgr-sch2', 'fin-approver', 'auditor', 'resident-1'])
      token[user] = await sys.tokenFor(user);
    // Idle stock: a school lists chairs (家具和用具).
    const reg = await post('/api/assets', 'mgr-sch1', {
      assetNo: 'SCH1-CHAIR-1',
      departmentId: 'D-SCH1',
      name: '会议椅',
      categoryCode: 'A05000000',
      custodian: '张三',
      location: '会议室',
      acquiredOn: '2021-09-01',
      originalValueFen: 60000,
      quantity: 20,
      unit: '把',
      condition: 'good',
    }).expect(201);
    const listed = await post(`/api/assets/${reg.body.assetId}/listing`, 'mgr-sch1', {
      description: '会议室改造换下的椅子',
      condition: 'good',
      pickupLocation: '实验小学',
      advertiseUntil: inHours(72),
    }).expect(201);
    chairsListingId = listed.body.listingId;
    await sys.projected();
  });
  afterAll(() => sys.close());

  function post(path: string, who: string, body: object = {}) {
    return sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  }
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);

  it('matches a posted demand to idle stock, and shows the match to both sides', async () => {
    const posted = await post('/api/demands', 'staff-hosp1', {
      categoryCode: 'A05000000',
      quantity: 10,
      purpose: '候诊区座椅',
      neededBy: '2026-12-31',
    }).expect(201);
    await post('/api/demands', 'staff-hosp1', { categoryCode: 'A02000000', quantity: 1, purpose: '没有匹配的需求' }).expect(201);
    await sys.projected();
    const matches = await get(`/api/demands/${posted.body.id}/matches`, 'staff-hosp1').expect(200);
    expect(matches.body.map((m: { listingId: string }) => m.listingId)).toEqual([chairsListingId]);
    const forListing = await get(`/api/marketplace/${chairsListingId}/demands`, 'mgr-sch1').expect(200);
    expect(forListing.body.map((d: { demandId: string }) => d.demandId)).toEqual([posted.body.id]);
    await get(`/api/marketplace/${chairsListingId}/demands`, 'mgr-sch2').expect(403);

    await post(`/api/demands/${posted.body.id}/closure`, 'mgr-sch2', { reason: '别人的需求' }).expect(403);
    await post(`/api/demands/${posted.body.id}/closure`, 'staff-hosp1', { reason: '已申领会议椅' }).expect(200);
    await post(`/api/demands/${posted.body.id}/closure`, 'staff-hosp1', { reason: '再关一次' }).expect(409);
    await sys.projected();
    expect((await get(`/api/marketplace/${chairsListingId}/demands`, 'mgr-sch1').expect(200)).body).toEqual([]);
  });

  it('refuses bad demands with 400 and residents with 403, writing nothing', async () => {
    const before = await sys.countEvents();
    const bad = await post('/api/demands', 'staff-hosp1', { categoryCode: 'X', quantity: 0, purpose: '' }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['categoryCode', 'purpose', 'quantity']);
    await post('/api/demands', 'resident-1', { categoryCode: 'A05000000', quantity: 1, purpose: '居民' }).expect(403);
    expect(await sys.countEvents()).toBe(before);
  });

  it('flags a purchase when the warehouse holds the category, and records the reason for going ahead', async () => {
    const blocked = await post('/api/purchase-requests', 'mgr-hosp1', {
      categoryCode: 'A05000000',
      quantity: 10,
      estimatedValueFen: 300000,
      purpose: '候诊区座椅',
    }).expect(201);
    expect(blocked.body).toMatchObject({ gate: 'blocked', matchedListingIds: [chairsListingId], events: ['purchase.requested.v1'] });
    await post(`/api/purchase-requests/${blocked.body.id}/override`, 'mgr-hosp1', {}).expect(400);
    await post(`/api/purchase-requests/${blocked.body.id}/override`, 'mgr-sch2', { reason: '不是我的' }).expect(403);
    const overridden = await post(`/api/purchase-requests/${blocked.body.id}/override`, 'mgr-hosp1', {
      reason: '候诊椅需连排固定式，闲置会议椅不适用',
    }).expect(200);
    expect(overridden.body.events).toEqual(['purchase.gate-overridden.v1']);

    const clear = await post('/api/purchase-requests', 'mgr-hosp1', {
      categoryCode: 'A02000000',
      quantity: 1,
      estimatedValueFen: 800000,
      purpose: '超声设备',
    }).expect(201);
    expect(clear.body).toMatchObject({ gate: 'clear', matchedListingIds: [] });
    await post(`/api/purchase-requests/${clear.body.id}/override`, 'mgr-hosp1', { reason: '无需' }).expect(409);

    // The owner's own idle stock does not block it: the gate looks at other departments' listings.
    const own = await post('/api/purchase-requests', 'mgr-sch1', {
      categoryCode: 'A05000000',
      quantity: 5,
      estimatedValueFen: 10000,
      purpose: '补充',
    }).expect(201);
    expect(own.body.gate).toBe('clear');

    const upfront = await post('/api/purchase-requests', 'mgr-hosp1', {
      categoryCode: 'A05000000',
      quantity: 2,
      estimatedValueFen: 5000,
      purpose: '护士站',
      overrideReason: '尺寸不符',
    }).expect(201);
    expect(upfront.body).toMatchObject({ gate: 'overridden', events: ['purchase.requested.v1', 'purchase.gate-overridden.v1'] });

    await sys.projected();
    const rows = (await get('/api/purchase-requests?departmentId=D-HOSP1', 'fin-approver').expect(200)).body as {
      status: string;
      gateHit: boolean;
      overrideReason: string | null;
    }[];
    expect(rows.map((r) => r.status).sort()).toEqual(['clear', 'overridden', 'overridden']);
    expect(rows.filter((r) => r.gateHit)).toHaveLength(2);
    // Department staff may request and read purchases (the staff pages); residents may not.
    await get('/api/purchase-requests', 'staff-hosp1').expect(200);
    await get('/api/purchase-requests', 'resident-1').expect(403);
    await post('/api/purchase-requests', 'resident-1', {
      categoryCode: 'A05000000',
      quantity: 1,
      estimatedValueFen: 1,
      purpose: '居民不能',
    }).expect(403);
    const before = await sys.countEvents();
    await post('/api/purchase-requests', 'mgr-hosp1', {
      categoryCode: 'A05000000',
      quantity: 1,
      estimatedValueFen: 12.5,
      purpose: '小数',
    }).expect(400);
    expect(await sys.countEvents()).toBe(before);
  });
});
