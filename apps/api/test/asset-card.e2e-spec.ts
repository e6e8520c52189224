import { startTestSystem, TestSystem } from '@test/support/test-app';

describe('asset card reads: history, register export, department directory', () => {
  let sys: TestSystem;
  let mgr: string;

  beforeAll(async () => {
    sys = await startTestSystem();
    mgr = await sys.tokenFor('mgr-sch1');
  });
  afterAll(() => sys.close());

  const register = async (assetNo: string, name: string, originalValueFen: number) => {
    const res = await sys
      .http()
      .post('/api/assets')
      .set('authorization', `Bearer ${mgr}`)
      .send({
        assetNo,
        departmentId: 'D-SCH1',
        name,
        categoryCode: 'A02000000',
        custodian: '李四',
        location: '教学楼101',
        acquiredOn: '2022-03-01',
        originalValueFen,
        accumulatedDepreciationFen: 1000,
        quantity: 1,
        unit: '台',
        condition: 'good',
      })
      .expect(201);
    return res.body.assetId as string;
  };

  it('gives the card its events in order with reasons, its latest listing and its transfers', async () => {
    const assetId = await register('CARD-1', '投影仪', 350000);
    await sys
      .http()
      .post(`/api/assets/${assetId}/corrections`)
      .set('authorization', `Bearer ${mgr}`)
      .send({ location: '教学楼102', reason: '登记时写错了教室' })
      .expect(200);
    await sys.projected();
    const res = await sys.http().get(`/api/assets/${assetId}/history`).set('authorization', `Bearer ${mgr}`).expect(200);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['asset.registered.v1', 'asset.corrected.v1']);
    expect(res.body.events[1]).toMatchObject({ actorId: 'mgr-sch1', actorRole: 'asset_manager', reason: '登记时写错了教室' });
    expect(res.body.listing).toBeNull();
    expect(res.body.transfers).toEqual([]);
    const missing = await sys
      .http()
      .get('/api/assets/00000000-0000-4000-8000-000000000000/history')
      .set('authorization', `Bearer ${mgr}`)
      .expect(404);
    expect(missing.body.code).toBe('ASSET_NOT_FOUND');
  });

  it('exports the filtered register as CSV in 元 and as XLSX', async () => {
    await register('CARD-2', '台式计算机', 499999);
    await sys.projected();
    const csv = await sys.http().get('/api/assets/export?format=csv&q=台式').set('authorization', `Bearer ${mgr}`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.text.replace(/^\uFEFF/, '');
    expect(text).toContain('资产编号');
    expect(text).toContain('CARD-2');
    expect(text).toContain('4999.99');
    expect(text).not.toContain('CARD-1');
    const xlsx = await sys
      .http()
      .get('/api/assets/export?format=xlsx')
      .set('authorization', `Bearer ${mgr}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const bad = await sys.http().get('/api/assets/export?format=pdf').set('authorization', `Bearer ${mgr}`).expect(400);
    expect(bad.body.fields[0].field).toBe('format');
  });

  it('names departments and their 主管部门', async () => {
    const res = await sys.http().get('/api/departments').set('authorization', `Bearer ${mgr}`).expect(200);
    expect(res.body).toContainEqual({ code: 'D-SCH1', name: '区实验小学', supervisor: 'D-EDU' });
  });
});
