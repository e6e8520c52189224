import { Actor, creditCodeCheckChar } from '@app/shared';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const creditCode = (n: number) => {
  const first17 = `12110000${String(700 + n).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};

/**
 * Scope follows the tree at three levels — unit, 主管部门, district — and the city above them, in
 * the register, the search, the reports and the savings: each person sees the cards of the units they cover.
 */
describe('scope follows the organisation tree in every query', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  const asset: Record<string, string> = {};

  const mint = (userId: string, role: Actor['role'], departmentId: string) =>
    sys.tokenAs({ userId, role, departmentId, displayName: userId });
  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const unit = (unitId: string, parentId: string, level: string, n: number, financeBureau = false) =>
    post('/api/org/units', 'admin', {
      unitId,
      name: `单位${unitId}`,
      parentId,
      level,
      unitType: '机关',
      creditCode: creditCode(n),
      financeBureau,
    }).expect(201);
  const register = async (who: string, departmentId: string, assetNo: string) => {
    const res = await post('/api/assets', who, {
      assetNo,
      departmentId,
      name: '台式计算机',
      categoryCode: 'A02000000',
      custodian: '张三',
      location: '办公楼',
      acquiredOn: '2023-05-10',
      originalValueFen: 499900,
      quantity: 1,
      unit: '台',
      condition: 'good',
    }).expect(201);
    asset[departmentId] = res.body.assetId as string;
  };

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['admin', 'mgr-sch1', 'mgr-edu', 'mgr-hosp1', 'fin-approver', 'auditor']) token[user] = await sys.tokenFor(user);
    // A second district with its own 主管部门, unit and finance bureau, and a city finance bureau above both districts.
    await unit('R-TWO', 'C-DEMO', 'district', 1);
    await unit('D-TWO-FIN', 'R-TWO', 'department', 2, true);
    await unit('D-TWO-EDU', 'R-TWO', 'department', 3);
    await unit('D-TWO-SCH', 'D-TWO-EDU', 'unit', 4);
    await unit('C-FIN', 'C-DEMO', 'department', 5, true);
    token['mgr-two'] = await mint('mgr-two', 'asset_manager', 'D-TWO-SCH');
    token['fin-two'] = await mint('fin-two', 'finance_approver', 'D-TWO-FIN');
    token['fin-city'] = await mint('fin-city', 'finance_approver', 'C-FIN');
    await register('mgr-sch1', 'D-SCH1', 'SCOPE-SCH1');
    await register('mgr-hosp1', 'D-HOSP1', 'SCOPE-HOSP1');
    await register('mgr-two', 'D-TWO-SCH', 'SCOPE-TWO');
    await sys.projected();
  });
  afterAll(() => sys.close());

  const SEES: Record<string, string[]> = {
    'mgr-sch1': ['D-SCH1'], // a unit: itself
    'mgr-edu': ['D-SCH1'], // a 主管部门: its units
    'fin-approver': ['D-HOSP1', 'D-SCH1'], // a district's finance bureau: its district
    'fin-two': ['D-TWO-SCH'],
    'fin-city': ['D-HOSP1', 'D-SCH1', 'D-TWO-SCH'], // the city: all
  };

  it.each(Object.entries(SEES))('%s sees the register cards of exactly %j', async (who, units) => {
    const register = (await get('/api/assets?q=SCOPE-', who).expect(200)).body.items as { departmentId: string }[];
    expect(register.map((a) => a.departmentId).sort()).toEqual(units);
    const search = (await get('/api/search?kind=asset&facets=true&q=SCOPE-', who).expect(200)).body as {
      items: { departmentId: string }[];
      facets: { departmentId: Record<string, number> };
    };
    expect(search.items.map((a) => a.departmentId).sort()).toEqual(units);
    expect(Object.keys(search.facets.departmentId).sort()).toEqual(units);
    const summary = (await get('/api/reports/register-summary', who).expect(200)).body.rows as { departmentId: string }[];
    expect([...new Set(summary.map((r) => r.departmentId))].sort()).toEqual(units);
    const now = new Date();
    const idle = (
      await get(`/api/reports/idle-rate?from=${new Date(now.getTime() - 86_400_000).toISOString()}&to=${now.toISOString()}`, who).expect(
        200,
      )
    ).body.rows as { departmentId: string }[];
    expect(idle.every((r) => units.includes(r.departmentId))).toBe(true);
  });

  it('a card outside the caller’s units is answered as absent; inside, it is shown', async () => {
    expect((await get(`/api/assets/${asset['D-TWO-SCH']}`, 'fin-approver').expect(404)).body.code).toBe('ASSET_NOT_FOUND');
    expect((await get(`/api/assets/${asset['D-TWO-SCH']}/history`, 'mgr-edu').expect(404)).body.code).toBe('ASSET_NOT_FOUND');
    await get(`/api/assets/${asset['D-TWO-SCH']}`, 'fin-city').expect(200);
    await get(`/api/assets/${asset['D-SCH1']}`, 'mgr-edu').expect(200);
    expect((await get(`/api/assets/${asset['D-HOSP1']}`, 'mgr-sch1').expect(404)).body.code).toBe('ASSET_NOT_FOUND');
  });

  it('audit reads stay within the auditor’s district', async () => {
    const auditorTwo = await mint('auditor-two', 'auditor', 'D-TWO-FIN');
    const refused = await sys
      .http()
      .get('/api/audit/departments/D-SCH1/register?at=' + encodeURIComponent(new Date().toISOString()))
      .set('authorization', `Bearer ${auditorTwo}`)
      .expect(403);
    expect(refused.body.code).toBe('OUT_OF_SCOPE');
    await get('/api/audit/departments/D-SCH1/register?at=' + encodeURIComponent(new Date().toISOString()), 'auditor').expect(200);
    const timeline = await sys
      .http()
      .get('/api/audit/timeline?departmentId=D-SCH1')
      .set('authorization', `Bearer ${auditorTwo}`)
      .expect(403);
    expect(timeline.body.code).toBe('OUT_OF_SCOPE');
  });

  it('a finance bureau’s approval inbox holds transfers out of its own district only', async () => {
    const assetId = asset['D-SCH1'];
    await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', {
      description: '九成新',
      condition: 'good',
      pickupLocation: '学校门卫室',
      advertiseUntil: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      claimMode: 'first_come',
    }).expect(201);
    const claim = await post(`/api/assets/${assetId}/listing/claims`, 'mgr-hosp1', { justification: '门诊缺电脑' }).expect(201);
    await post(`/api/assets/${assetId}/transfers/${claim.body.transferId}/decisions`, 'mgr-edu', { approve: true }).expect(200);
    await sys.projected();
    const inbox = async (who: string) =>
      ((await get('/api/approvals', who).expect(200)).body.items as { transfer: { transferId: string } }[]).map(
        (i) => i.transfer.transferId,
      );
    expect(await inbox('fin-approver')).toContain(claim.body.transferId);
    expect(await inbox('fin-city')).toContain(claim.body.transferId);
    expect(await inbox('fin-two')).not.toContain(claim.body.transferId);
    const refused = await post(`/api/assets/${assetId}/transfers/${claim.body.transferId}/decisions`, 'fin-two', { approve: true }).expect(
      403,
    );
    expect(refused.body.code).toBe('NOT_YOUR_STEP');
  });
});
