import { ARRANGEMENT_2027 } from '@app/calendar/testing/calendar-fixtures';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { ApprovalEscalationSweeper } from '../src/approvals/approval-escalation.sweeper';

/** An instant given as China wall-clock time. */
const china = (local: string) => new Date(`${local}+08:00`);

/**
 * 超时督办 counts working days on the calendar kept by people: a 春节 recorded by the administrator for
 * 2027 (after the package's data ends) holds the escalation back where the provisional calendar would not.
 */
describe('escalation across a holiday recorded by hand', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    // Wednesday 3 February 2027; the recorded 春节 runs 5–11 February.
    clock.travel(china('2027-02-03T10:00:00').getTime() - clock.now().getTime());
    for (const user of ['admin', 'mgr-sch1', 'staff-hosp1']) token[user] = await sys.tokenFor(user);
  });
  afterAll(async () => {
    clock.reset();
    await sys.close();
  });

  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);

  it('waits out the recorded 初四–初六 and escalates after three working days on the recorded calendar', async () => {
    await post('/api/calendar/years/2027', 'admin', { days: ARRANGEMENT_2027 }).expect(201);
    const registered = await post('/api/assets', 'mgr-sch1', {
      assetNo: 'ESC-2027',
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
      pickupLocation: '门卫室',
      advertiseUntil: new Date(clock.now().getTime() + 48 * 3600_000).toISOString(),
    }).expect(201);
    const claim = await post(`/api/assets/${assetId}/listing/claims`, 'staff-hosp1', { justification: '门诊部缺投影仪' }).expect(201);
    await post(`/api/assets/${assetId}/listing/claims/${claim.body.claimId}/selection`, 'mgr-sch1').expect(200);
    await sys.projected();
    const sweeper = sys.app.get(ApprovalEscalationSweeper);

    // Provisionally 4, 9 and 10 February would be three working days by the 11th; recorded, only the 4th is.
    expect(await sweeper.sweep(china('2027-02-11T08:00:00'))).toBe(0);
    // The 4th, 12th and 15th: three whole working days by Tuesday the 16th.
    expect(await sweeper.sweep(china('2027-02-16T08:00:00'))).toBe(1);
    const [escalated] = await sys.query<{ data: { workingDaysWaited: number } }>(
      `SELECT data FROM event_store.events WHERE stream_id = $1 AND event_type = 'asset.transfer-step-escalated.v1'`,
      [`asset-${assetId}`],
    );
    expect(escalated.data.workingDaysWaited).toBe(3);
  });
});
