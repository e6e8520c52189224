import { chinaDate, addChinaDays } from '@app/shared';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const DAY = 86_400_000;

/** 调剂审批规则 recorded by finance with an effective date: transfers follow the rule in force when they are requested. */
describe('approval policy as data with effective dates', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    clock.reset();
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-sch2', 'mgr-edu', 'fin-approver', 'auditor']) token[user] = await sys.tokenFor(user);
  });
  afterAll(async () => {
    clock.reset();
    await sys.close();
  });

  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const policy = (effectiveFrom: string, financeApprovalAboveFen: number, financeApprovalCategories: string[] = []) => ({
    effectiveFrom,
    financeApprovalAboveFen,
    crossingNeedsFinanceApproval: true,
    financeApprovalCategories,
    reason: '区财发〔2026〕12号',
  });

  /** Registers a ¥3,500 projector at 区实验小学, lists it first-come; 区第二中学 (same 主管部门) claims it. Returns the chain's steps. */
  async function transferSteps(assetNo: string): Promise<{ steps: string[]; policyVersion: number | null }> {
    const registered = await post('/api/assets', 'mgr-sch1', {
      assetNo,
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
    }).expect(201);
    const assetId = registered.body.assetId as string;
    await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', {
      description: '九成新',
      condition: 'good',
      pickupLocation: '学校门卫室',
      advertiseUntil: new Date(clock.now().getTime() + 2 * DAY).toISOString(),
      claimMode: 'first_come',
    }).expect(201);
    await post(`/api/assets/${assetId}/listing/claims`, 'mgr-sch2', { justification: '教室缺投影仪' }).expect(201);
    const [selected] = await sys.query<{ data: { steps: { kind: string }[]; policyVersion: number | null } }>(
      `SELECT data FROM event_store.events WHERE stream_id = $1 AND event_type = 'asset.claim-selected.v1'`,
      [`asset-${assetId}`],
    );
    return { steps: selected.data.steps.map((s) => s.kind), policyVersion: selected.data.policyVersion };
  }

  it('starts with the seeded policy (threshold ¥50,000) and shows it to finance and audit', async () => {
    const seen = (await get('/api/approval-policies', 'fin-approver').expect(200)).body;
    expect(seen).toMatchObject({
      districtId: 'R-DEMO',
      inForce: { version: 1, effectiveFrom: '2020-01-01', rules: { financeApprovalAboveFen: 5_000_000 } },
    });
    expect((await get('/api/approval-policies', 'auditor').expect(200)).body.inForce.version).toBe(1);
  });

  it('refuses bad policies with a clear 4xx and writes nothing', async () => {
    const before = await sys.countEvents();
    const today = chinaDate(clock.now());
    const past = await post('/api/approval-policies', 'fin-approver', policy(addChinaDays(today, -1), 0)).expect(400);
    expect(past.body).toMatchObject({ code: 'POLICY_EFFECTIVE_IN_PAST' });
    const unknown = await post('/api/approval-policies', 'fin-approver', policy(addChinaDays(today, 1), 0, ['A07990000'])).expect(400);
    expect(unknown.body.code).toBe('UNKNOWN_CATEGORY');
    const badDate = await post('/api/approval-policies', 'fin-approver', policy('2027-02-30', 0)).expect(400);
    expect(badDate.body.code).toBe('VALIDATION_FAILED');
    const negative = await post('/api/approval-policies', 'fin-approver', policy(addChinaDays(today, 1), -5)).expect(400);
    expect(negative.body.fields[0].field).toBe('financeApprovalAboveFen');
    expect((await post('/api/approval-policies', 'mgr-edu', policy(addChinaDays(today, 1), 0)).expect(403)).body.code).toBe(
      'ROLE_NOT_ALLOWED',
    );
    expect((await get('/api/approval-policies?districtId=R-ELSEWHERE', 'fin-approver').expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect(await sys.countEvents()).toBe(before);
  });

  it('a lower threshold recorded for tomorrow changes nothing today and applies from its date; as-of shows each rule', async () => {
    const today = chinaDate(clock.now());
    const tomorrow = addChinaDays(today, 1);
    const recorded = await post('/api/approval-policies', 'fin-approver', policy(tomorrow, 100_000)).expect(201);
    expect(recorded.body).toMatchObject({ districtId: 'R-DEMO', version: 2 });
    const before = await sys.countEvents();
    expect((await post('/api/approval-policies', 'fin-approver', policy(tomorrow, 0)).expect(409)).body.code).toBe('POLICY_OVERLAPS');
    expect(await sys.countEvents()).toBe(before);

    // Today: ¥3,500 within one 主管部门 is under ¥50,000 → reviewed, then filed (备案).
    expect(await transferSteps('POLICY-1')).toEqual({ steps: ['supervisor_review', 'finance_filing'], policyVersion: 1 });
    const requestedToday = clock.now().toISOString();

    // From tomorrow 00:00 China time the threshold is ¥1,000: the same transfer needs the finance bureau.
    const startsAt = new Date(`${tomorrow}T00:00:00+08:00`).getTime();
    clock.travel(startsAt - clock.now().getTime() + 60_000);
    expect(await transferSteps('POLICY-2')).toEqual({ steps: ['supervisor_review', 'finance_approval'], policyVersion: 2 });

    const asOf = async (at: string) =>
      (await get(`/api/approval-policies?asOf=${encodeURIComponent(at)}`, 'auditor').expect(200)).body as {
        inForce: { version: number; rules: { financeApprovalAboveFen: number } };
        history: unknown[];
      };
    expect((await asOf(requestedToday)).inForce).toMatchObject({ version: 1, rules: { financeApprovalAboveFen: 5_000_000 } });
    expect((await asOf(new Date(startsAt - 1).toISOString())).inForce.version).toBe(1);
    expect((await asOf(new Date(startsAt).toISOString())).inForce).toMatchObject({
      version: 2,
      rules: { financeApprovalAboveFen: 100_000 },
    });
    expect((await asOf(new Date(startsAt).toISOString())).history).toHaveLength(2);
  });
});
