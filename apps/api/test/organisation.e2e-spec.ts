import { creditCodeCheckChar } from '@app/shared';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const creditCode = (n: number) => {
  const first17 = `12110000${String(900 + n).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};

describe('organisation as events: the tree decides scope and approvals', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['admin', 'mgr-edu', 'reviewer-edu', 'mgr-sch1', 'mgr-hosp1', 'mgr-health', 'fin-approver', 'auditor']) {
      token[user] = await sys.tokenFor(user);
    }
  });
  afterAll(() => sys.close());

  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const unit = (unitId: string, parentId: string, n: number, level = 'unit') =>
    post('/api/org/units', 'admin', { unitId, name: `单位${unitId}`, parentId, level, unitType: '学校', creditCode: creditCode(n) });

  it('seeds the demo tree through the org commands, city → district → 主管部门 → unit', async () => {
    const units = (await get('/api/org/units', 'auditor').expect(200)).body as { code: string; parentId: string; supervisor: string }[];
    expect(units.find((u) => u.code === 'D-SCH1')).toMatchObject({ parentId: 'D-EDU', supervisor: 'D-EDU' });
    expect(units.find((u) => u.code === 'D-EDU')).toMatchObject({ parentId: 'R-DEMO' });
    expect(units.find((u) => u.code === 'R-DEMO')).toMatchObject({ parentId: 'C-DEMO' });
    const stored = await sys.query<{ n: string }>(`SELECT count(*) AS n FROM event_store.events WHERE stream_id = 'org-tree'`);
    expect(Number(stored[0].n)).toBe(units.length);
  });

  it('refuses bad changes with a clear 4xx and writes nothing', async () => {
    const before = await sys.countEvents();
    expect((await unit('D-SCH9', 'D-NONE', 1).expect(400)).body.code).toBe('PARENT_NOT_FOUND');
    expect((await post('/api/org/units/D-EDU/parent', 'admin', { parentId: 'D-SCH1' }).expect(400)).body.code).toBe('TREE_CYCLE');
    expect((await post('/api/org/units/D-NONE/name', 'admin', { name: '新' }).expect(404)).body.code).toBe('UNIT_NOT_FOUND');
    expect((await post('/api/org/units/D-EDU/closure', 'admin', { reason: '撤并' }).expect(409)).body.code).toBe('UNIT_HAS_OPEN_CHILDREN');
    const badCode = await post('/api/org/units', 'admin', {
      unitId: 'D-SCH9',
      name: '九中',
      parentId: 'D-EDU',
      level: 'unit',
      unitType: '学校',
      creditCode: '121100000000000090',
    }).expect(400);
    expect(badCode.body.code).toBe('INVALID_CREDIT_CODE');
    expect((await unit('D-SCH9', 'D-EDU', 1).set('authorization', `Bearer ${token['mgr-edu']}`).expect(403)).body.code).toBe(
      'ROLE_NOT_ALLOWED',
    );
    expect(await sys.countEvents()).toBe(before);
  });

  it('a unit three levels down is reviewed by its 主管部门; moving it hands the review to the new 主管部门, as-of keeps the old tree', async () => {
    await unit('D-SCH3', 'D-EDU', 3).expect(201);
    await unit('D-SCH3-B', 'D-SCH3', 4).expect(201); // a branch campus under the school: 区 → 教育局 → 三中 → 分校
    const beforeMove = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const moved = await post('/api/org/units/D-SCH3/parent', 'admin', { parentId: 'D-HEALTH' }).expect(200);
    expect(moved.body.unit).toMatchObject({ parentId: 'D-HEALTH', supervisor: 'D-HEALTH' });
    const then = (await get(`/api/org/units?asOf=${encodeURIComponent(beforeMove)}`, 'auditor').expect(200)).body as {
      code: string;
      parentId: string;
    }[];
    expect(then.find((u) => u.code === 'D-SCH3')).toMatchObject({ parentId: 'D-EDU' });
    const now = (await get('/api/org/units', 'auditor').expect(200)).body as { code: string; supervisor: string }[];
    expect(now.find((u) => u.code === 'D-SCH3-B')).toMatchObject({ supervisor: 'D-HEALTH' });
  });

  it('separates duties: the person who listed the asset cannot review it; another reviewer of the 主管部门 can', async () => {
    const registered = await post('/api/assets', 'mgr-edu', {
      assetNo: 'EDU-SOD-1',
      departmentId: 'D-EDU',
      name: '投影仪',
      categoryCode: 'A02000000',
      custodian: '李四',
      location: '局机关302',
      acquiredOn: '2022-03-01',
      originalValueFen: 350000,
      quantity: 1,
      unit: '台',
      condition: 'good',
    }).expect(201);
    const assetId = registered.body.assetId as string;
    await post(`/api/assets/${assetId}/listing`, 'mgr-edu', {
      description: '九成新',
      condition: 'good',
      pickupLocation: '局机关门卫室',
      advertiseUntil: inHours(48),
      claimMode: 'first_come',
    }).expect(201);
    const claim = await post(`/api/assets/${assetId}/listing/claims`, 'mgr-sch1', { justification: '教室缺投影仪' }).expect(201);
    const decisions = `/api/assets/${assetId}/transfers/${claim.body.transferId}/decisions`;
    const before = await sys.countEvents();
    const refused = await post(decisions, 'mgr-edu', { approve: true }).expect(403);
    expect(refused.body).toMatchObject({ code: 'SOD_SAME_PERSON', details: { rule: 'same-person' } });
    expect(await sys.countEvents()).toBe(before);
    const ok = await post(decisions, 'reviewer-edu', { approve: true }).expect(200);
    expect(ok.body.events).toContain('asset.transfer-step-approved.v1');

    // Scope follows the tree: the unit and its 主管部门 and the district's finance bureau see the transfer, another system does not.
    await sys.projected();
    const sees = async (who: string, q = '') =>
      ((await get(`/api/transfers${q}`, who).expect(200)).body as { transferId: string }[]).some(
        (t) => t.transferId === claim.body.transferId,
      );
    expect(await sees('mgr-sch1')).toBe(true);
    expect(await sees('mgr-edu')).toBe(true);
    expect(await sees('fin-approver')).toBe(true);
    expect(await sees('mgr-hosp1')).toBe(false);
    expect(await sees('mgr-health')).toBe(false);
    expect(await sees('mgr-hosp1', '?departmentId=D-EDU')).toBe(false);
    expect(await sees('auditor', '?departmentId=D-EDU')).toBe(true);
  });

  it('refuses to close a unit that still holds asset cards; a closed unit takes no new cards', async () => {
    await unit('D-SCH7', 'D-EDU', 7).expect(201);
    await unit('D-SCH8', 'D-EDU', 8).expect(201);
    const manager = (departmentId: string) =>
      sys.tokenAs({ userId: `mgr-${departmentId}`, role: 'asset_manager', departmentId, displayName: departmentId });
    const card = (departmentId: string, assetNo: string) => ({
      assetNo,
      departmentId,
      name: '办公桌',
      categoryCode: 'A05000000',
      custodian: '王五',
      location: '办公楼',
      acquiredOn: '2022-03-01',
      originalValueFen: 90000,
      quantity: 1,
      unit: '张',
      condition: 'good',
    });
    await sys
      .http()
      .post('/api/assets')
      .set('authorization', `Bearer ${await manager('D-SCH7')}`)
      .send(card('D-SCH7', 'SCH7-DESK-1'))
      .expect(201);
    const before = await sys.countEvents();
    const refused = await post('/api/org/units/D-SCH7/closure', 'admin', { reason: '撤并' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'UNIT_HOLDS_ASSETS', details: { assetsHeld: 1 } });
    expect(await sys.countEvents()).toBe(before);

    await post('/api/org/units/D-SCH8/closure', 'admin', { reason: '撤并' }).expect(200);
    const late = await sys
      .http()
      .post('/api/assets')
      .set('authorization', `Bearer ${await manager('D-SCH8')}`)
      .send(card('D-SCH8', 'SCH8-DESK-1'));
    expect({ status: late.status, code: late.body.code }).toEqual({ status: 409, code: 'UNIT_CLOSED' });
  });
});
