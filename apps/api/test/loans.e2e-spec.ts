import { chinaDate } from '@app/shared';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { clock } from '@test/support/test-clock';

const DAY = 86_400_000;
const inDays = (n: number) => chinaDate(new Date(clock.now().getTime() + n * DAY));

describe('loans (借用): lend, overdue list, return', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-hosp1', 'staff-hosp1', 'mgr-sch2', 'auditor']) token[user] = await sys.tokenFor(user);
  });
  afterAll(async () => {
    clock.reset();
    await sys.close();
  });

  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const eventCount = async () => Number((await sys.query<{ n: string }>('SELECT count(*) AS n FROM event_store.events'))[0].n);

  async function register(assetNo: string): Promise<string> {
    const res = await post('/api/assets', 'mgr-sch1', {
      assetNo,
      departmentId: 'D-SCH1',
      name: '便携式投影仪',
      categoryCode: 'A020000',
      custodian: '张老师',
      location: '教学楼201',
      acquiredOn: '2024-03-01',
      originalValueFen: 420000,
      quantity: 1,
      unit: '台',
      condition: 'good',
    }).expect(201);
    return res.body.assetId as string;
  }

  it('lends to another unit, shows it on loan to both units, lists it overdue after its due date, and takes it back', async () => {
    const assetId = await register('SCH1-LOAN-1');
    const lent = await post(`/api/assets/${assetId}/loans`, 'mgr-sch1', {
      borrowerDepartmentId: 'D-HOSP1',
      borrower: '李护士长',
      purpose: '义诊活动使用',
      dueOn: inDays(7),
    }).expect(201);
    expect(lent.body.events).toEqual(['asset.lent.v1']);
    const loanId = lent.body.loanId as string;
    await sys.projected();

    expect((await get(`/api/assets/${assetId}`, 'mgr-sch1').expect(200)).body).toMatchObject({ status: 'on_loan', departmentId: 'D-SCH1' });
    for (const who of ['mgr-sch1', 'staff-hosp1', 'auditor']) {
      const open = (await get('/api/loans?state=open', who).expect(200)).body as { loanId: string; state: string }[];
      expect(open).toEqual([expect.objectContaining({ loanId, state: 'open', borrower: '李护士长', lenderDepartmentId: 'D-SCH1' })]);
    }
    // A unit on neither side does not see it.
    expect((await get('/api/loans', 'mgr-sch2').expect(200)).body).toEqual([]);
    expect((await get('/api/loans?state=overdue', 'mgr-sch1').expect(200)).body).toEqual([]);

    // Eight days later it is overdue; returned then, it is kept as 1 day late.
    clock.travel(8 * DAY);
    const overdue = (await get('/api/loans?state=overdue', 'mgr-hosp1').expect(200)).body as { loanId: string; state: string }[];
    expect(overdue).toEqual([expect.objectContaining({ loanId, state: 'overdue' })]);
    await post(`/api/assets/${assetId}/loans/${loanId}/return`, 'mgr-hosp1', {}).expect(403);
    const back = await post(`/api/assets/${assetId}/loans/${loanId}/return`, 'mgr-sch1', { note: '完好归还' }).expect(200);
    expect(back.body.events).toEqual(['asset.loan-returned.v1']);
    await sys.projected();
    expect((await get(`/api/loans?state=returned&assetId=${assetId}`, 'auditor').expect(200)).body).toEqual([
      expect.objectContaining({ loanId, state: 'returned', daysOverdue: 1, returnNote: '完好归还', returnedOn: inDays(0) }),
    ]);
    expect((await get(`/api/assets/${assetId}`, 'mgr-sch1').expect(200)).body.status).toBe('in_use');
    clock.reset();
  });

  it('refuses a bad loan with a clear 4xx naming the problem, and writes nothing', async () => {
    const assetId = await register('SCH1-LOAN-2');
    const before = await eventCount();
    const cases: [object, number, string][] = [
      [{ borrowerDepartmentId: 'D-HOSP1', borrower: '李', purpose: '用', dueOn: '2026-13-01' }, 400, 'VALIDATION_FAILED'],
      [{ borrowerDepartmentId: 'D-HOSP1', borrower: '李', purpose: '用', dueOn: inDays(0) }, 400, 'INVALID_LOAN_PERIOD'],
      [{ borrowerDepartmentId: 'D-HOSP1', borrower: '李', purpose: '用', dueOn: inDays(400) }, 400, 'INVALID_LOAN_PERIOD'],
      [{ borrowerDepartmentId: 'D-SCH1', borrower: '李', purpose: '用', dueOn: inDays(3) }, 400, 'CANNOT_LEND_TO_OWN_UNIT'],
      [{ borrowerDepartmentId: 'D-NOWHERE', borrower: '李', purpose: '用', dueOn: inDays(3) }, 400, 'UNKNOWN_BORROWER_UNIT'],
      [{ borrowerDepartmentId: 'D-HOSP1', purpose: '用', dueOn: inDays(3) }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const res = await post(`/api/assets/${assetId}/loans`, 'mgr-sch1', body).expect(status);
      expect(res.body.code).toBe(code);
      expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    await post(`/api/assets/${assetId}/loans`, 'mgr-hosp1', {
      borrowerDepartmentId: 'D-SCH2',
      borrower: '李',
      purpose: '用',
      dueOn: inDays(3),
    }).expect(403);
    await post(`/api/assets/${assetId}/loans`, 'staff-hosp1', {
      borrowerDepartmentId: 'D-SCH2',
      borrower: '李',
      purpose: '用',
      dueOn: inDays(3),
    }).expect(403);
    expect(await eventCount()).toBe(before);
    await get('/api/loans?state=late', 'auditor').expect(400);
  });
});
