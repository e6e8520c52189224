import { startTestSystem, TestSystem } from '@test/support/test-app';

/** The cases a hostile client found: each is a clear 4xx naming the problem, and nothing is written. */
describe('hostile input', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  let assetId: string;
  let spaceId: string;

  const card = {
    assetNo: 'HOSTILE-1',
    departmentId: 'D-SCH1',
    name: '投影仪',
    categoryCode: 'A02000000',
    custodian: '李四',
    location: '教学楼101',
    acquiredOn: '2022-03-01',
    originalValueFen: 350000,
    quantity: 1,
    unit: '台',
    condition: 'good',
  };
  const schedule = {
    windows: [{ days: 'every_day', start: '08:00', end: '20:00' }],
    slotMinutes: 60,
    capacity: 5,
    horizonDays: 14,
    minNoticeMinutes: 0,
  };
  const space = { name: '实验小学操场', kind: 'sports_ground', location: '和平路12号', audiences: ['residents'], approval: 'automatic' };

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-hosp1', 'staff-hosp1', 'staff-sch1', 'auditor']) token[user] = await sys.tokenFor(user);
    assetId = (await post('/api/assets', 'mgr-sch1', card).expect(201)).body.assetId;
    spaceId = (await post('/api/spaces', 'mgr-sch1', { ...space, schedule }).expect(201)).body.id;
    await sys.projected();
  });
  afterAll(() => sys.close());

  function post(path: string, who: string, body: object | string, headers: Record<string, string> = {}) {
    const call = sys.http().post(path).set('authorization', `Bearer ${token[who]}`).set(headers);
    return typeof body === 'string' ? call.set('content-type', 'application/json').send(body) : call.send(body);
  }
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);

  /** Runs the request and asserts it was refused with `status` and `code`, appending nothing. */
  async function refused(
    request: () => PromiseLike<{ status: number; body: Record<string, unknown>; type: string }>,
    status: number,
    code: string,
  ) {
    const before = await sys.countEvents();
    const res = await request();
    expect({ status: res.status, code: res.body.code, type: res.type }).toEqual({ status, code, type: 'application/json' });
    expect(res.body.statusCode).toBe(status);
    expect(typeof res.body.message).toBe('string');
    expect(await sys.countEvents()).toBe(before);
    return res.body as { message: string; fields?: { field: string; code: string; messages: string[] }[]; detail?: string };
  }

  it('refuses a correction that sets a required field to null, naming the field (the event that stopped the register)', async () => {
    const body = await refused(
      () => post(`/api/assets/${assetId}/corrections`, 'mgr-sch1', { name: null, reason: '测试空值' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.fields).toEqual([expect.objectContaining({ field: 'name', code: 'NULL_NOT_ALLOWED' })]);
    expect(body.message).toContain('name');
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers in English when asked, from the same catalogue the web app reads', async () => {
    const res = await post(
      `/api/assets/${assetId}/corrections`,
      'mgr-sch1',
      { name: null, reason: 'null test' },
      { 'accept-language': 'en-US,en;q=0.9' },
    );
    expect(res.status).toBe(400);
    expect(res.body.fields[0].messages[0]).toBe('name must not be null; leave the field out instead');
    const catalogue = await sys.http().get('/api/errors').expect(200);
    expect(catalogue.body.codes.NULL_NOT_ALLOWED['zh-CN']).toContain('null');
    expect(catalogue.body.codes.ASSET_NOT_FOUND).toEqual({ 'zh-CN': '资产不存在', 'en-US': 'no such asset', status: 404 });
  });

  it.each([
    ['NUL', { ...card, assetNo: 'HOSTILE-2', name: 'a\u0000b' }, 'NUL_CHARACTER'],
    ['lone surrogate', { ...card, assetNo: 'HOSTILE-3', custodian: 'x\ud800' }, 'LONE_SURROGATE'],
    ['huge number', { ...card, assetNo: 'HOSTILE-4', quantity: 1e30 }, 'NUMBER_OUT_OF_RANGE'],
    ['2^63', { ...card, assetNo: 'HOSTILE-5', originalValueFen: 2 ** 63 }, 'NUMBER_OUT_OF_RANGE'],
  ])('refuses a body with %s', async (_, body, code) => {
    const res = await refused(() => post('/api/assets', 'mgr-sch1', body), 400, 'VALIDATION_FAILED');
    expect(res.fields?.[0].code).toBe(code);
  });

  it('refuses impossible dates in bodies', async () => {
    await refused(
      () => post('/api/assets', 'mgr-sch1', { ...card, assetNo: 'HOSTILE-6', acquiredOn: '2025-02-29' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it.each(['a%00b', '%ED%A0%80x', '1e30'])('refuses hostile query strings (%s) on search', async (q) => {
    const res = await get(`/api/search?q=${q}&limit=${q === '1e30' ? q : 5}`, 'staff-hosp1');
    expect(res.status).toBeLessThan(500);
    if (q !== '%ED%A0%80x') expect(res.status).toBe(400);
  });

  it.each(['1e30', '9223372036854775808'])('refuses numbers out of range in query strings (%s)', async (n) => {
    const res = await get(`/api/audit/timeline?after=${n}`, 'auditor');
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it.each(['availability', 'occupancy'])('refuses dates that do not exist on %s', async (what) => {
    for (const [from, to] of [
      ['2026-02-30', '2026-03-02'],
      ['2026-04-01', '2026-04-31'],
    ]) {
      const res = await get(`/api/spaces/${spaceId}/${what}?from=${from}&to=${to}`, 'mgr-sch1');
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('refuses dates that do not exist on utilisation', async () => {
    const res = await get('/api/sharing/utilisation?from=2026-02-30&to=2026-03-10', 'mgr-sch1');
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('answers 413 to a body over the limit and 400 to nesting beyond the limit, before validation', async () => {
    await refused(() => post('/api/assets', 'mgr-sch1', `{"name":"${'a'.repeat(1024 * 1024)}"}`), 413, 'PAYLOAD_TOO_LARGE');
    await refused(() => post('/api/assets', 'mgr-sch1', '['.repeat(100_000) + ']'.repeat(100_000)), 400, 'JSON_TOO_DEEP');
    await refused(() => post('/api/assets', 'mgr-sch1', `{"name":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`), 400, 'JSON_TOO_DEEP');
    await refused(() => post('/api/assets', 'mgr-sch1', '{"name": '), 400, 'MALFORMED_JSON');
  });

  it('refuses a space published without a schedule or with empty windows', async () => {
    await refused(() => post('/api/spaces', 'mgr-sch1', space), 400, 'VALIDATION_FAILED');
    await refused(() => post('/api/spaces', 'mgr-sch1', { ...space, schedule: { ...schedule, windows: [] } }), 400, 'VALIDATION_FAILED');
    await refused(() => post('/api/spaces', 'mgr-sch1', { ...space, schedule: [] }), 400, 'VALIDATION_FAILED');
  });

  describe('Idempotency-Key', () => {
    const listingBody = () => ({
      description: '九成新',
      condition: 'good',
      pickupLocation: '门卫室',
      advertiseUntil: '2099-12-31T00:00:00+08:00',
    });

    it('replays a retry by the same caller with the same body, and refuses the key with another body (422)', async () => {
      const key = { 'idempotency-key': 'retry-key-0001' };
      const first = await post('/api/assets', 'mgr-sch1', { ...card, assetNo: 'IDEM-1' }, key).expect(201);
      const events = await sys.countEvents();
      const again = await post('/api/assets', 'mgr-sch1', { ...card, assetNo: 'IDEM-1' }, key).expect(201);
      expect(again.body).toEqual({ ...first.body, replayed: true });
      expect(await sys.countEvents()).toBe(events);
      await refused(
        () => post('/api/assets', 'mgr-sch1', { ...card, assetNo: 'IDEM-1', name: '别的' }, key),
        422,
        'IDEMPOTENCY_KEY_REUSED',
      );
      await refused(() => post('/api/assets', 'mgr-sch1', { ...card, assetNo: 'IDEM-2' }, key), 422, 'IDEMPOTENCY_KEY_REUSED');
    });

    it("is scoped to the caller: another user's identical key neither replays the first result nor skips their rights", async () => {
      const key = { 'idempotency-key': 'shared-key-0001' };
      const listed = await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', listingBody(), key).expect(201);
      expect(listed.body.replayed).toBe(false);
      // Same key, same body, another department's manager: not their asset, so refused, not "replayed".
      await refused(() => post(`/api/assets/${assetId}/listing`, 'mgr-hosp1', listingBody(), key), 403, 'NOT_YOUR_DEPARTMENT');
      // Another user's same key on their own command is simply a new command.
      const own = await post('/api/assets', 'mgr-hosp1', { ...card, assetNo: 'IDEM-H', departmentId: 'D-HOSP1' }, key).expect(201);
      expect(own.body.replayed).toBe(false);
    });
  });

  describe('internal-window listings', () => {
    it('are hidden alike from the feed, the item route, claims and search for departments outside the group', async () => {
      const reg = await post('/api/assets', 'mgr-sch1', { ...card, assetNo: 'INTERNAL-1', name: '内部调剂投影仪' }).expect(201);
      const listing = await post(`/api/assets/${reg.body.assetId}/listing`, 'mgr-sch1', {
        description: '先在教育系统内部调剂',
        condition: 'good',
        pickupLocation: '门卫室',
        internalUntil: '2099-01-01T00:00:00+08:00',
        advertiseUntil: '2099-12-31T00:00:00+08:00',
      }).expect(201);
      const listingId = listing.body.listingId as string;
      await sys.projected();
      // D-HOSP1 is under the health commission, not the education bureau: it sees nothing.
      const feed = await get('/api/marketplace?limit=100', 'staff-hosp1').expect(200);
      expect(feed.body.items.map((i: { listingId: string }) => i.listingId)).not.toContain(listingId);
      await get(`/api/marketplace/${listingId}`, 'staff-hosp1').expect(404);
      await get(`/api/marketplace/${listingId}/claims`, 'staff-hosp1').expect(404);
      const search = await get(`/api/search?q=${encodeURIComponent('内部调剂')}&kind=listing`, 'staff-hosp1').expect(200);
      expect(search.body.items).toEqual([]);
      // The owner, its group and auditors see it everywhere.
      await get(`/api/marketplace/${listingId}`, 'staff-sch1').expect(200);
      await get(`/api/marketplace/${listingId}`, 'auditor').expect(200);
      const ownSearch = await get(`/api/search?q=${encodeURIComponent('内部调剂')}&kind=listing`, 'staff-sch1').expect(200);
      expect(ownSearch.body.items.map((i: { id: string }) => i.id)).toEqual([listingId]);
    });
  });
});
