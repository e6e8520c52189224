import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { ApprovalEscalationSweeper } from '../src/approvals/approval-escalation.sweeper';

/** An instant given as China wall-clock time. */
const china = (local: string) => new Date(`${local}+08:00`);

describe('超时督办: transfer steps left waiting longer than the set working days are escalated one level up', () => {
  let sys: TestSystem;
  let sweeper: ApprovalEscalationSweeper;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    sweeper = sys.app.get(ApprovalEscalationSweeper);
    // The transfer starts on Tuesday 29 September 2026, the day before the National Day holiday (1–7 October;
    // Saturday 10 October is a 调休 working day).
    clock.travel(china('2026-09-29T10:00:00').getTime() - clock.now().getTime());
    for (const user of ['mgr-sch1', 'staff-hosp1', 'mgr-edu', 'fin-approver', 'auditor']) token[user] = await sys.tokenFor(user);
  });
  afterAll(async () => {
    clock.reset();
    await sys.close();
  });

  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const escalations = async (assetId: string) =>
    sys.query<{ data: { step: string; workingDaysWaited: number; escalatedTo: string; pendingSince: string } }>(
      `SELECT data FROM event_store.events WHERE stream_id = $1 AND event_type = 'asset.transfer-step-escalated.v1' ORDER BY stream_revision`,
      [`asset-${assetId}`],
    );

  it('counts working days across the holiday, escalates each step once, and shows it on the transfer', async () => {
    expect(sweeper.afterWorkingDays).toBe(3);
    const registered = await post('/api/assets', 'mgr-sch1', {
      assetNo: 'ESC-1',
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
    const advertiseUntil = new Date(clock.now().getTime() + 48 * 3600_000).toISOString();
    await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', {
      description: '九成新',
      condition: 'good',
      pickupLocation: '门卫室',
      advertiseUntil,
    }).expect(201);
    const claim = await post(`/api/assets/${assetId}/listing/claims`, 'staff-hosp1', { justification: '门诊部缺投影仪' }).expect(201);
    const picked = await post(`/api/assets/${assetId}/listing/claims/${claim.body.claimId}/selection`, 'mgr-sch1').expect(200);
    const transferId = picked.body.transferId as string;
    await sys.projected();
    const selectedAt = (await get(`/api/transfers/${transferId}`, 'auditor').expect(200)).body.startedAt as string;
    expect(selectedAt.slice(0, 13)).toBe('2026-09-29T02');

    // Whole working days after 29 September: the 30th, then (after the holiday) 8 and 9 October.
    expect(await sweeper.sweep(china('2026-10-07T23:00:00'))).toBe(0);
    expect(await sweeper.sweep(china('2026-10-09T18:00:00'))).toBe(0);
    expect(await escalations(assetId)).toHaveLength(0);
    expect(await sweeper.sweep(china('2026-10-10T08:00:00'))).toBe(1);
    await sys.projected();
    // Swept again (another instance, or the next round): the step was escalated already.
    expect(await sweeper.sweep(china('2026-10-12T08:00:00'))).toBe(0);
    const first = await escalations(assetId);
    expect(first.map((e) => e.data)).toEqual([
      expect.objectContaining({
        step: 'supervisor_review',
        workingDaysWaited: 3,
        escalatedTo: 'finance_approvers',
        pendingSince: selectedAt,
      }),
    ]);
    const escalated = (await get(`/api/transfers/${transferId}`, 'auditor').expect(200)).body;
    expect(escalated.status).toBe('pending_supervisor_review');
    expect(escalated.steps[0]).toMatchObject({ kind: 'supervisor_review', status: 'pending', escalatedTo: 'finance_approvers' });
    expect(escalated.steps[0].escalatedAt).toEqual(expect.any(String));
    expect(escalated.updatedAt).toBe(selectedAt);

    // The 主管部门 decides on Monday 12 October; the 财政 step waits from then and is escalated to the administrators.
    clock.travel(china('2026-10-12T09:00:00').getTime() - clock.now().getTime());
    await post(`/api/assets/${assetId}/transfers/${transferId}/decisions`, 'mgr-edu', { approve: true, comment: '同意' }).expect(200);
    await sys.projected();
    expect(await sweeper.sweep(china('2026-10-15T09:00:00'))).toBe(0);
    expect(await sweeper.sweep(china('2026-10-16T09:00:00'))).toBe(1);
    expect((await escalations(assetId)).map((e) => [e.data.step, e.data.escalatedTo, e.data.workingDaysWaited])).toEqual([
      ['supervisor_review', 'finance_approvers', 3],
      ['finance_approval', 'administrators', 3],
    ]);

    // Once 财政 approves, nothing waits: later sweeps find nothing.
    await post(`/api/assets/${assetId}/transfers/${transferId}/decisions`, 'fin-approver', { approve: true }).expect(200);
    await sys.projected();
    expect(await sweeper.sweep(china('2026-11-30T09:00:00'))).toBe(0);
    expect(await escalations(assetId)).toHaveLength(2);
  });
});
