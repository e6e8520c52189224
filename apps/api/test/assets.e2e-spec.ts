import { internationalSuite } from '@app/crypto';
import { allProjections } from '@app/read-models/projections';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const card = (overrides: Record<string, unknown> = {}) => ({
  assetNo: 'JY-2023-0001',
  departmentId: 'D-EDU',
  name: '台式计算机',
  categoryCode: 'A02000000',
  custodian: '张三',
  location: '行政楼302室',
  acquiredOn: '2023-05-10',
  originalValueFen: 499900,
  quantity: 1,
  unit: '台',
  condition: 'good',
  brand: '联想',
  ...overrides,
});

describe('asset registration over HTTP', () => {
  let sys: TestSystem;
  let manager: string;
  let otherManager: string;
  let staff: string;
  let auditor: string;

  beforeAll(async () => {
    sys = await startTestSystem();
    [manager, otherManager, staff, auditor] = await Promise.all(
      ['mgr-edu', 'mgr-health', 'staff-edu', 'auditor'].map((u) => sys.tokenFor(u)),
    );
  });
  afterAll(() => sys.close());

  const post = (path: string, token: string, body: object) => sys.http().post(path).set('authorization', `Bearer ${token}`).send(body);
  const get = (path: string, token: string) => sys.http().get(path).set('authorization', `Bearer ${token}`);

  it('registers an asset and serves it from the read model', async () => {
    const res = await post('/api/assets', manager, card()).expect(201);
    expect(res.body).toMatchObject({ revision: '0', events: ['asset.registered.v1'], replayed: false });
    expect(res.headers.location).toBe(`/api/assets/${res.body.assetId}`);
    await sys.projected();
    const view = await get(`/api/assets/${res.body.assetId}`, staff).expect(200);
    expect(view.body).toMatchObject({
      assetNo: 'JY-2023-0001',
      name: '台式计算机',
      originalValueFen: 499900,
      departmentId: 'D-EDU',
      category: { code: 'A02000000', name: '设备', classCode: 'A02000000', className: '设备', majorCode: null },
    });
  });

  it('records who acted, for which department, with correlation and causation ids', async () => {
    await post('/api/assets', manager, card({ assetNo: 'JY-META-1' }))
      .set('x-correlation-id', 'corr-meta-0001')
      .expect(201);
    const rows = await sys.query<{ metadata: Record<string, string> }>(
      `SELECT metadata FROM event_store.events WHERE data->>'assetNo' = $1`,
      ['JY-META-1'],
    );
    expect(rows[0].metadata).toMatchObject({
      actorId: 'mgr-edu',
      actorRole: 'asset_manager',
      departmentId: 'D-EDU',
      correlationId: 'corr-meta-0001',
      causationId: 'corr-meta-0001',
    });
    expect(new Date(rows[0].metadata.occurredAt).getTime()).toBeGreaterThan(Date.now() - 60000);
  });

  it('rejects a request without identity (401) and with a forged token (401)', async () => {
    const before = await sys.countEvents();
    const missing = await sys
      .http()
      .post('/api/assets')
      .send(card({ assetNo: 'NOAUTH-1' }))
      .expect(401);
    expect(missing.body.code).toBe('UNAUTHENTICATED');
    const forged = await sys.http().get('/api/assets').set('authorization', 'Bearer not.a.token').expect(401);
    expect(forged.body.code).toBe('INVALID_TOKEN');
    expect(await sys.countEvents()).toBe(before);
  });

  it('lets only asset managers register (403 for staff and auditors), and only for their own department', async () => {
    const before = await sys.countEvents();
    const asStaff = await post('/api/assets', staff, card({ assetNo: 'ROLE-1' })).expect(403);
    expect(asStaff.body.code).toBe('ROLE_NOT_ALLOWED');
    await post('/api/assets', auditor, card({ assetNo: 'ROLE-2' })).expect(403);
    const foreign = await post('/api/assets', otherManager, card({ assetNo: 'ROLE-3' })).expect(403);
    expect(foreign.body.code).toBe('NOT_YOUR_DEPARTMENT');
    expect(await sys.countEvents()).toBe(before);
  });

  it('answers bad input with 400 naming each field, and writes nothing', async () => {
    const before = await sys.countEvents();
    const res = await post(
      '/api/assets',
      manager,
      card({ assetNo: 'BAD-1', originalValueFen: 4999.5, categoryCode: '设备', extra: 1 }),
    ).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['categoryCode', 'extra', 'originalValueFen']);
    const unknownClass = await post('/api/assets', manager, card({ assetNo: 'BAD-2', categoryCode: 'A08000000' })).expect(400);
    // Well formed, but no such 门类 in the table in force: the table (data) refuses it, not the request's shape.
    expect(unknownClass.body).toMatchObject({ code: 'UNKNOWN_CATEGORY', details: { field: 'categoryCode', value: 'A08000000' } });
    const future = await post('/api/assets', manager, card({ assetNo: 'BAD-3', acquiredOn: '2999-01-01' })).expect(400);
    expect(future.body).toMatchObject({ code: 'ACQUISITION_DATE_IN_FUTURE', details: { field: 'acquiredOn' } });
    await post('/api/assets', manager, card({ assetNo: 'BAD-4', acquiredOn: '2023-02-30' })).expect(400);
    await post('/api/assets', manager, card({ assetNo: 'BAD 5' })).expect(400);
    await sys
      .http()
      .post('/api/assets')
      .set('authorization', `Bearer ${manager}`)
      .set('content-type', 'application/json')
      .send('{"assetNo":')
      .expect(400);
    expect(await sys.countEvents()).toBe(before);
  });

  it('refuses a second registration of the same asset number with 409', async () => {
    const before = await sys.countEvents();
    const res = await post('/api/assets', manager, card()).expect(409);
    expect(res.body).toMatchObject({ code: 'ASSET_ALREADY_REGISTERED', details: { assetNo: 'JY-2023-0001' } });
    expect(await sys.countEvents()).toBe(before);
  });

  it('treats a retried request with the same Idempotency-Key as done once', async () => {
    const first = await post('/api/assets', manager, card({ assetNo: 'IDEM-1' }))
      .set('idempotency-key', 'idem-key-00000001')
      .expect(201);
    const before = await sys.countEvents();
    const again = await post('/api/assets', manager, card({ assetNo: 'IDEM-1' }))
      .set('idempotency-key', 'idem-key-00000001')
      .expect(201);
    expect(again.body).toMatchObject({ assetId: first.body.assetId, revision: '0', replayed: true });
    expect(await sys.countEvents()).toBe(before);
  });

  it('lets exactly one of many concurrent registrations of one asset number win', async () => {
    const before = await sys.countEvents();
    const results = await Promise.all(Array.from({ length: 8 }, () => post('/api/assets', manager, card({ assetNo: 'RACE-1' }))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect(await sys.countEvents()).toBe(before + 1);
  });

  it('corrects and relocates, guarding with If-Match (409 on a stale revision)', async () => {
    const { body } = await post('/api/assets', manager, card({ assetNo: 'MOVE-1', name: '投影仪', originalValueFen: 350000 })).expect(201);
    const corrected = await post(`/api/assets/${body.assetId}/corrections`, manager, { originalValueFen: 380000, reason: '按发票更正' })
      .set('if-match', '"0"')
      .expect(200);
    expect(corrected.body).toMatchObject({ revision: '1', events: ['asset.corrected.v1'] });
    const before = await sys.countEvents();
    const stale = await post(`/api/assets/${body.assetId}/relocations`, manager, { location: '档案室B' }).set('if-match', '0').expect(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { expected: '0', actual: '1' } });
    await post(`/api/assets/${body.assetId}/relocations`, manager, { location: '档案室B' }).set('if-match', 'W/"x"').expect(400);
    await post(`/api/assets/${body.assetId}/corrections`, otherManager, { name: 'x', reason: '试图更正' }).expect(403);
    await post(`/api/assets/${body.assetId}/corrections`, manager, { reason: '没有改动' }).expect(400);
    await post(`/api/assets/${body.assetId}/corrections`, manager, { name: '投影机' }).expect(400);
    await post('/api/assets/00000000-0000-4000-8000-000000000000/relocations', manager, { location: 'x' }).expect(404);
    await post('/api/assets/not-a-uuid/relocations', manager, { location: 'x' }).expect(400);
    expect(await sys.countEvents()).toBe(before);
    await post(`/api/assets/${body.assetId}/relocations`, manager, { location: '档案室B', custodian: '王五' })
      .set('if-match', '1')
      .expect(200);
    await sys.projected();
    const view = await get(`/api/assets/${body.assetId}`, auditor).expect(200);
    expect(view.body).toMatchObject({ originalValueFen: 380000, location: '档案室B', custodian: '王五', revision: '2' });
    const history = await sys.query<{ type: string; data: { previous?: object } }>(
      `SELECT event_type AS type, data FROM event_store.events WHERE stream_id = $1 ORDER BY stream_revision`,
      [`asset-${body.assetId}`],
    );
    expect(history.map((e) => e.type)).toEqual(['asset.registered.v1', 'asset.corrected.v1', 'asset.relocated.v1']);
    expect(history[1].data.previous).toEqual({ originalValueFen: 350000 });
  });

  it('searches Chinese text by substring, filters, and pages stably', async () => {
    const items = [
      card({ assetNo: 'S-1', name: '笔记本电脑', categoryCode: 'A02000000', originalValueFen: 650000, location: '一号楼' }),
      card({ assetNo: 'S-2', name: '会议桌', categoryCode: 'A05000000', originalValueFen: 120000, condition: 'fair', brand: undefined }),
      card({ assetNo: 'S-3', name: '档案柜', categoryCode: 'A05000000', originalValueFen: 80000, location: '一号楼地下室' }),
      card({ assetNo: 'S-4', name: '学生课桌椅', categoryCode: 'A05000000', originalValueFen: 30000, quantity: 40, unit: '套' }),
    ];
    for (const item of items) await post('/api/assets', manager, item).expect(201);
    await post(
      '/api/assets',
      otherManager,
      card({ assetNo: 'S-5', departmentId: 'D-HEALTH', name: '电脑桌', categoryCode: 'A05000000', brand: undefined }),
    ).expect(201);
    await sys.projected();
    // The district's auditor covers both 主管部门; the 教育局's staff see the 教育局's cards only.
    const names = async (query: string, who = auditor) =>
      (await get(`/api/assets?${query}`, who).expect(200)).body.items.map((a: { name: string }) => a.name);
    expect(await names(`q=${encodeURIComponent('电脑')}`)).toEqual(['电脑桌', '笔记本电脑']);
    expect(await names(`q=${encodeURIComponent('电脑')}`, staff)).toEqual(['笔记本电脑']);
    expect(await names(`q=${encodeURIComponent('课桌')}`)).toEqual(['学生课桌椅']);
    expect(await names(`q=${encodeURIComponent('联想')}&categoryClass=A05000000&departmentId=D-EDU`)).toEqual(['学生课桌椅', '档案柜']);
    expect(await names('categoryClass=A05000000&condition=fair')).toEqual(['会议桌']);
    expect(await names('categoryClass=A05000000&minValueFen=50000&maxValueFen=120000')).toEqual(['档案柜', '会议桌']);
    expect(await names(`location=${encodeURIComponent('一号楼')}`)).toEqual(['档案柜', '笔记本电脑']);
    expect(await names(`q=${encodeURIComponent('100%')}`)).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { assetNo: string }[]; nextCursor: string | null } } = await get(
        `/api/assets?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        staff,
      ).expect(200);
      seen.push(...page.body.items.map((a) => a.assetNo));
      // A registration arriving mid-listing goes to the top and does not shift later pages.
      if (!cursor) {
        await post('/api/assets', manager, card({ assetNo: 'S-LATE' })).expect(201);
        await sys.projected();
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).not.toContain('S-LATE');
    expect(new Set(seen).size).toBe(seen.length);
    const all = (await get('/api/assets?limit=100', staff).expect(200)).body.items.length;
    expect(seen.length).toBe(all - 1);

    const bad = await get('/api/assets?limit=500&categoryClass=A1&minValueFen=abc', staff).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['categoryClass', 'limit', 'minValueFen']);
  });

  it('keeps the register closed to residents', async () => {
    const resident = await sys.tokenFor('resident-1');
    await get('/api/assets', resident).expect(403);
  });

  it('serves OpenAPI at /api/docs-json and readiness with projection lag', async () => {
    const docs = await sys.http().get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/assets', '/api/assets/{assetId}/corrections', '/api/health/ready']),
    );
    await sys.http().get('/api/docs').expect(200);
    await sys.projected();
    const ready = await sys.http().get('/api/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', eventStore: 'postgres' });
    expect(ready.body.projections.map((p: { name: string }) => p.name)).toEqual(
      allProjections(internationalSuite)
        .map((p) => p.name)
        .sort(),
    );
    for (const projection of ready.body.projections) expect(projection).toMatchObject({ caughtUp: true, lagEvents: 0 });
    await sys.http().get('/api/health/live').expect(200);
  });
});
