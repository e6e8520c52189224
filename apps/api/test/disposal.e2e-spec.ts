import { startTestSystem, TestSystem } from '@test/support/test-app';

/** Refusals of the disposal routes over HTTP: each a clear 4xx with a stable code, and nothing written. */
describe('disposal refusals (HTTP)', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  const post = (path: string, who: string, body: object = {}, key?: string) => {
    const req = sys.http().post(path).set('authorization', `Bearer ${token[who]}`);
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };
  let plain: string;
  let office: string;
  let inTransfer: string;
  let claimed: string;

  const register = async (assetNo: string, extra: object = {}) =>
    (
      await post('/api/assets', 'mgr-sch1', {
        assetNo,
        departmentId: 'D-SCH1',
        name: assetNo,
        categoryCode: 'A02000000',
        custodian: '张三',
        location: '库房',
        acquiredOn: '2018-01-01',
        originalValueFen: 200_000,
        quantity: 1,
        unit: '台',
        condition: 'poor',
        ...extra,
      }).expect(201)
    ).body.assetId as string;
  const list = (assetId: string) =>
    post(`/api/assets/${assetId}/listing`, 'mgr-sch1', {
      description: '闲置',
      condition: 'fair',
      pickupLocation: '门卫室',
      advertiseUntil: new Date(Date.now() + 7 * 86400_000).toISOString(),
    }).expect(201);

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-hosp1', 'staff-sch1', 'staff-hosp1', 'mgr-edu']) token[user] = await sys.tokenFor(user);
    plain = await register('RF-1');
    office = await register('RF-OFFICE', { categoryCode: 'A01000000', name: '行政楼三层办公室', usage: 'office_space', unit: '间' });
    inTransfer = await register('RF-2');
    claimed = await register('RF-3');
    await list(inTransfer);
    const claim = await post(`/api/assets/${inTransfer}/listing/claims`, 'staff-hosp1', { justification: '门诊需要' }).expect(201);
    await post(`/api/assets/${inTransfer}/listing/claims/${claim.body.claimId}/selection`, 'mgr-sch1').expect(200);
    await list(claimed);
    await post(`/api/assets/${claimed}/listing/claims`, 'staff-hosp1', { justification: '病房需要' }).expect(201);
  });
  afterAll(() => sys.close());

  async function refused(who: string, body: object, status: number, code: string) {
    const before = await sys.countEvents();
    const res = await post('/api/disposals', who, body).expect(status);
    expect(res.body.code).toBe(code);
    expect(await sys.countEvents()).toBe(before);
    return res;
  }

  it('refuses office space, naming the rule in Chinese', async () => {
    const res = await refused('mgr-sch1', { assetIds: [plain, office], kind: 'sale', reason: '出售' }, 422, 'OFFICE_SPACE_NOT_DISPOSABLE');
    expect(res.body.message).toContain('《党政机关办公用房管理办法》第四条');
    expect(res.body.message).toContain('统一处置');
    const en = await sys
      .http()
      .post('/api/disposals')
      .set('authorization', `Bearer ${token['mgr-sch1']}`)
      .set('Accept-Language', 'en')
      .send({ assetIds: [office], kind: 'scrap', reason: '拆除' })
      .expect(422);
    expect(en.body.message).toContain('office space');
  });

  it('refuses an asset in a transfer, and a listing with claims waiting', async () => {
    const transfer = await refused('mgr-sch1', { assetIds: [plain, inTransfer], kind: 'scrap', reason: '报废' }, 409, 'ASSET_IN_TRANSFER');
    expect(transfer.body.message).toBe('资产正在调剂中，不能申请处置');
    await refused('mgr-sch1', { assetIds: [claimed], kind: 'scrap', reason: '报废' }, 409, 'LISTING_HAS_CLAIMS');
  });

  it('refuses anyone but the holding unit’s asset manager', async () => {
    await refused('mgr-hosp1', { assetIds: [plain], kind: 'scrap', reason: '报废' }, 403, 'NOT_YOUR_DEPARTMENT');
    await refused('staff-sch1', { assetIds: [plain], kind: 'scrap', reason: '报废' }, 403, 'ROLE_NOT_ALLOWED');
  });

  it('refuses bad requests field by field', async () => {
    await refused('mgr-sch1', { assetIds: [plain], kind: 'donation', reason: '捐赠' }, 400, 'INVALID_DISPOSAL_FIELD');
    const kind = await refused('mgr-sch1', { assetIds: [plain], kind: 'burn', reason: '烧掉' }, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(kind.body.fields)).toContain('kind');
    await refused('mgr-sch1', { assetIds: [], kind: 'scrap', reason: '报废' }, 400, 'VALIDATION_FAILED');
    await refused('mgr-sch1', { assetIds: [plain, plain], kind: 'scrap', reason: '报废' }, 400, 'INVALID_DISPOSAL_FIELD');
    await refused(
      'mgr-sch1',
      { assetIds: ['00000000-0000-4000-8000-000000000099'], kind: 'scrap', reason: '报废' },
      404,
      'ASSET_NOT_FOUND',
    );
    await refused(
      'mgr-sch1',
      { assetIds: [plain], kind: 'scrap', reason: '报废', photoIds: ['00000000-0000-4000-8000-000000000098'] },
      400,
      'PHOTO_NOT_FOUND',
    );
  });

  it('is idempotent per key; steps by the wrong person, stale revisions and unknown requests are refused', async () => {
    const body = { assetIds: [plain], kind: 'scrap', reason: '报废' };
    const first = await post('/api/disposals', 'mgr-sch1', body, 'dsp-key-0001').expect(201);
    const again = await post('/api/disposals', 'mgr-sch1', body, 'dsp-key-0001').expect(201);
    expect(again.body).toMatchObject({ disposalId: first.body.disposalId, replayed: true });
    await post('/api/disposals', 'mgr-sch1', { ...body, reason: '另一原因' }, 'dsp-key-0001').expect(422);
    const id = first.body.disposalId as string;
    expect((await post(`/api/disposals/${id}/decision`, 'mgr-hosp1', { approve: true }).expect(403)).body.code).toBe('NOT_YOUR_STEP');
    expect((await post(`/api/disposals/${id}/decision`, 'mgr-edu', { approve: false }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await sys
      .http()
      .post(`/api/disposals/${id}/decision`)
      .set('authorization', `Bearer ${token['mgr-edu']}`)
      .set('If-Match', '"7"')
      .send({ approve: true })
      .expect(409);
    expect((await post(`/api/disposals/${id}/write-off`, 'mgr-sch1', {}).expect(409)).body.code).toBe('DISPOSAL_NOT_APPROVED');
    expect((await post(`/api/disposals/${id}/withdrawal`, 'mgr-hosp1', { reason: '不要' }).expect(403)).body.code).toBe(
      'NOT_YOUR_DEPARTMENT',
    );
    const unknown = '00000000-0000-4000-8000-000000000097';
    expect((await post(`/api/disposals/${unknown}/decision`, 'mgr-edu', { approve: true }).expect(404)).body.code).toBe(
      'DISPOSAL_NOT_FOUND',
    );
    await sys.http().get(`/api/disposals/${unknown}`).set('authorization', `Bearer ${token['mgr-edu']}`).expect(404);
    await sys.projected();
    // Another unit's request is not shown.
    await sys.http().get(`/api/disposals/${id}`).set('authorization', `Bearer ${token['mgr-hosp1']}`).expect(404);
  });
});
