import { startTestSystem, TestSystem } from '@test/support/test-app';

describe('one search over assets, listings and spaces', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-sch2', 'mgr-hosp1', 'staff-hosp1', 'fin-approver', 'resident-1'])
      token[user] = await sys.tokenFor(user);
    const card = (assetNo: string, name: string, categoryCode: string, departmentId: string, value: number, acquiredOn = '2022-01-01') => ({
      assetNo,
      departmentId,
      name,
      categoryCode,
      custodian: '张三',
      location: departmentId === 'D-SCH1' ? '实验小学' : '人民医院',
      acquiredOn,
      originalValueFen: value,
      quantity: 1,
      unit: '台',
      condition: 'good',
    });
    const pc = await post('/api/assets', 'mgr-sch1', card('S-PC-1', '台式计算机', 'A02000000', 'D-SCH1', 500000)).expect(201);
    await post('/api/assets', 'mgr-sch1', card('S-PC-2', '笔记本计算机', 'A02000000', 'D-SCH1', 800000, '2024-06-01')).expect(201);
    await post('/api/assets', 'mgr-hosp1', card('H-DESK-1', '办公桌', 'A05000000', 'D-HOSP1', 90000)).expect(201);
    await post(`/api/assets/${pc.body.assetId}/listing`, 'mgr-sch1', {
      description: '换新后闲置的计算机',
      condition: 'good',
      pickupLocation: '实验小学门卫',
      advertiseUntil: new Date(Date.now() + 7 * 86400_000).toISOString(),
    }).expect(201);
    await post('/api/spaces', 'mgr-sch1', {
      name: '实验小学停车场',
      kind: 'parking',
      location: '和平路12号',
      audiences: ['residents'],
      approval: 'automatic',
      schedule: {
        windows: [{ days: 'workdays', start: '18:30', end: '07:30' }],
        slotMinutes: 780,
        capacity: 120,
        horizonDays: 7,
        minNoticeMinutes: 30,
      },
    }).expect(201);
    await sys.projected();
  });
  afterAll(() => sys.close());

  function post(path: string, who: string, body: object = {}) {
    return sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  }
  // The district's finance bureau covers every unit of the demo district; a unit's staff see their own cards only.
  const search = async (query: string, who = 'fin-approver') =>
    (await sys.http().get(`/api/search?${query}`).set('authorization', `Bearer ${token[who]}`).expect(200)).body;
  const titles = async (query: string) => (await search(query)).items.map((i: { kind: string; title: string }) => `${i.kind}:${i.title}`);

  it('finds Chinese substrings across kinds, and pinyin initials', async () => {
    expect(await titles(`q=${encodeURIComponent('计算')}`)).toEqual(['listing:台式计算机', 'asset:笔记本计算机', 'asset:台式计算机']);
    expect(await titles('q=tsjsj')).toEqual(['listing:台式计算机', 'asset:台式计算机']);
    expect(await titles(`q=${encodeURIComponent('停车')}`)).toEqual(['space:实验小学停车场']);
    expect(await titles('q=bgz')).toEqual(['asset:办公桌']);
  });

  it("shows a unit's staff the asset cards of their own unit only, and the listings and spaces other units offer", async () => {
    const seen = await search(`facets=true`, 'staff-hosp1');
    expect(seen.facets.kind).toEqual({ asset: 1, listing: 1, space: 1 });
    expect(seen.items.filter((i: { kind: string }) => i.kind === 'asset').map((i: { departmentId: string }) => i.departmentId)).toEqual([
      'D-HOSP1',
    ]);
  });

  it('filters by kind, 门类, department, status, location, value and date', async () => {
    expect(await titles('kind=asset&categoryClass=A02000000')).toEqual(['asset:笔记本计算机', 'asset:台式计算机']);
    expect(await titles('kind=asset,space&departmentId=D-SCH1&status=listed')).toEqual(['asset:台式计算机']);
    expect(await titles(`location=${encodeURIComponent('医院')}`)).toEqual(['asset:办公桌']);
    expect(await titles('minValueFen=100000&maxValueFen=600000')).toEqual(['listing:台式计算机', 'asset:台式计算机']);
    expect(await titles('kind=asset&dateFrom=2024-01-01')).toEqual(['asset:笔记本计算机']);
  });

  it('counts facets under the same filters', async () => {
    const { facets } = await search('facets=true');
    expect(facets.kind).toEqual({ asset: 3, listing: 1, space: 1 });
    expect(facets.categoryClass).toEqual({ A02000000: 3, A05000000: 1, none: 1 });
    expect(facets.departmentId).toEqual({ 'D-SCH1': 4, 'D-HOSP1': 1 });
    expect(facets.status).toEqual({ in_use: 2, listed: 2, open: 1 });
    const narrowed = await search(`facets=true&q=${encodeURIComponent('计算')}`);
    expect(narrowed.facets.kind).toEqual({ asset: 2, listing: 1 });
  });

  it('pages stably while new items arrive', async () => {
    const first = await search('limit=2');
    await post('/api/assets', 'mgr-hosp1', {
      assetNo: 'H-NEW',
      departmentId: 'D-HOSP1',
      name: '新登记',
      categoryCode: 'A02000000',
      custodian: '李',
      location: '医院',
      acquiredOn: '2023-01-01',
      originalValueFen: 1,
      quantity: 1,
      unit: '台',
      condition: 'new',
    }).expect(201);
    await sys.projected();
    const seen = first.items.map((i: { id: string; kind: string }) => `${i.kind}:${i.id}`);
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await search(`limit=2&cursor=${encodeURIComponent(cursor)}`);
      seen.push(...page.items.map((i: { id: string; kind: string }) => `${i.kind}:${i.id}`));
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it("hides a listing in its internal window (内部调剂期) from units outside the owner's 主管部门, in the hits and the facets", async () => {
    const chair = await post('/api/assets', 'mgr-sch1', {
      assetNo: 'S-CHAIR-1',
      departmentId: 'D-SCH1',
      name: '钢琴凳',
      categoryCode: 'A05000000',
      custodian: '王',
      location: '实验小学',
      acquiredOn: '2021-01-01',
      originalValueFen: 20000,
      quantity: 1,
      unit: '把',
      condition: 'good',
    }).expect(201);
    await post(`/api/assets/${chair.body.assetId}/listing`, 'mgr-sch1', {
      description: '音乐教室换下',
      condition: 'good',
      pickupLocation: '实验小学门卫',
      internalUntil: new Date(Date.now() + 3600_000).toISOString(),
      advertiseUntil: new Date(Date.now() + 7200_000).toISOString(),
    }).expect(201);
    await sys.projected();
    const q = `facets=true&kind=listing&q=${encodeURIComponent('钢琴凳')}`;
    // Outside the 主管部门 (区卫健委's hospital): not yet offered to it.
    const outside = await search(q, 'staff-hosp1');
    expect(outside.items).toEqual([]);
    expect(outside.facets.kind).toEqual({});
    // The owner's sister school under 区教育局 and the district's finance bureau see it.
    for (const who of ['mgr-sch2', 'fin-approver']) {
      const seen = await search(q, who);
      expect(seen.items.map((i: { title: string }) => i.title)).toEqual(['钢琴凳']);
      expect(seen.facets.kind).toEqual({ listing: 1 });
    }
    // Other listings stay visible to the outside unit meanwhile.
    expect((await search(`kind=listing&q=${encodeURIComponent('计算')}`, 'staff-hosp1')).items).toHaveLength(1);
  });

  it('refuses bad filters with 400 and residents with 403', async () => {
    const bad = await sys
      .http()
      .get('/api/search?kind=car&limit=0&cursor=x')
      .set('authorization', `Bearer ${token['staff-hosp1']}`)
      .expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['cursor', 'kind', 'limit']);
    await sys.http().get('/api/search').set('authorization', `Bearer ${token['resident-1']}`).expect(403);
  });
});
