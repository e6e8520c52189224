import { startTestSystem, TestSystem } from '@test/support/test-app';

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

describe('approval inbox (待审批) and purchase requests by department staff', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-sch2', 'mgr-edu', 'mgr-health', 'staff-hosp1', 'staff-sch1', 'fin-approver'])
      token[user] = await sys.tokenFor(user);
  });
  afterAll(() => sys.close());

  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who: string) => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);

  /** mgr-sch1 registers and lists a projector. */
  async function listed(assetNo: string): Promise<string> {
    const reg = await post('/api/assets', 'mgr-sch1', {
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
    const assetId = reg.body.assetId as string;
    await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', {
      description: '九成新',
      condition: 'good',
      pickupLocation: '实验小学门卫室',
      advertiseUntil: inHours(48),
    }).expect(201);
    return assetId;
  }

  /** A listed asset, claimed by `claimant` with a justification; mgr-sch1 picks that claim. */
  async function transferTo(assetNo: string, claimant: string, justification: string) {
    const assetId = await listed(assetNo);
    const claim = await post(`/api/assets/${assetId}/listing/claims`, claimant, { justification }).expect(201);
    const selected = await post(`/api/assets/${assetId}/listing/claims/${claim.body.claimId}/selection`, 'mgr-sch1').expect(200);
    return { assetId, transferId: selected.body.transferId as string };
  }

  it('shows each approver only the transfers waiting for their step, with claim, listing and chain, in cursor pages', async () => {
    const first = await transferTo('SCH1-INBOX-1', 'staff-hosp1', '门诊部示教需要投影');
    const second = await transferTo('SCH1-INBOX-2', 'staff-hosp1', '会议室投影坏了');
    await transferTo('SCH1-INBOX-3', 'mgr-sch2', '同一主管部门内调剂');
    await sys.projected();

    const all = await get('/api/approvals', 'mgr-edu').expect(200);
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((i: { transfer: { transferId: string } }) => i.transfer.transferId).slice(0, 2)).toEqual([
      first.transferId,
      second.transferId,
    ]);
    expect(all.body.items[0]).toMatchObject({
      step: 'supervisor_review',
      claim: { justification: '门诊部示教需要投影', claimantDepartmentId: 'D-HOSP1' },
      listing: { pickupLocation: '实验小学门卫室', condition: 'good' },
      transfer: { fromDepartmentId: 'D-SCH1', toDepartmentId: 'D-HOSP1', originalValueFen: '350000', crossesSupervisors: true },
    });
    expect(all.body.items[0].transfer.steps.map((s: { kind: string; status: string }) => `${s.kind}:${s.status}`)).toEqual([
      'supervisor_review:pending',
      'finance_approval:pending',
    ]);

    const page1 = await get('/api/approvals?limit=2', 'mgr-edu').expect(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await get(`/api/approvals?limit=2&cursor=${encodeURIComponent(page1.body.nextCursor)}`, 'mgr-edu').expect(200);
    expect(page2.body).toMatchObject({ total: 3, nextCursor: null });
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.items[0].claim.claimantDepartmentId).toBe('D-SCH2');

    // Not the releasing side's 主管部门, nor a finance step yet.
    expect((await get('/api/approvals', 'mgr-health').expect(200)).body).toEqual({ items: [], total: 0, nextCursor: null });
    expect((await get('/api/approvals', 'fin-approver').expect(200)).body.total).toBe(0);
    expect((await get('/api/approvals', 'mgr-sch1').expect(200)).body.total).toBe(0);

    // The review passes: the transfer moves to the finance inbox, with the chain so far.
    await post(`/api/assets/${first.assetId}/transfers/${first.transferId}/decisions`, 'mgr-edu', {
      approve: true,
      comment: '同意',
    }).expect(200);
    await sys.projected();
    expect((await get('/api/approvals', 'mgr-edu').expect(200)).body.total).toBe(2);
    const finance = await get('/api/approvals', 'fin-approver').expect(200);
    expect(finance.body.total).toBe(1);
    expect(finance.body.items[0]).toMatchObject({ step: 'finance_approval', transfer: { transferId: first.transferId } });
    expect(finance.body.items[0].transfer.steps[0]).toMatchObject({ status: 'approved', byDepartmentId: 'D-EDU', comment: '同意' });

    // 已处理: the 主管部门 sees the review it decided; nothing there yet for finance.
    const reviewed = await get('/api/approvals?view=decided', 'mgr-edu').expect(200);
    expect(reviewed.body.total).toBe(1);
    expect(reviewed.body.items[0]).toMatchObject({ step: 'supervisor_review', transfer: { transferId: first.transferId } });
    expect((await get('/api/approvals?view=decided', 'fin-approver').expect(200)).body.total).toBe(0);
    expect((await get('/api/approvals?view=decided', 'mgr-health').expect(200)).body.total).toBe(0);

    await post(`/api/assets/${first.assetId}/transfers/${first.transferId}/decisions`, 'fin-approver', { approve: true }).expect(200);
    await post(`/api/assets/${second.assetId}/transfers/${second.transferId}/decisions`, 'mgr-edu', {
      approve: false,
      comment: '医院可另行调配',
    }).expect(200);
    await sys.projected();
    expect((await get('/api/approvals', 'fin-approver').expect(200)).body.total).toBe(0);
    const financeDone = await get('/api/approvals?view=decided', 'fin-approver').expect(200);
    expect(financeDone.body.items.map((i: { transfer: { transferId: string } }) => i.transfer.transferId)).toEqual([first.transferId]);
    // Latest activity first, one page at a time: the rejection, then the approval.
    const done1 = await get('/api/approvals?view=decided&limit=1', 'mgr-edu').expect(200);
    expect(done1.body).toMatchObject({ total: 2, items: [{ transfer: { transferId: second.transferId, status: 'rejected' } }] });
    const done2 = await get(`/api/approvals?view=decided&limit=1&cursor=${encodeURIComponent(done1.body.nextCursor)}`, 'mgr-edu').expect(
      200,
    );
    expect(done2.body).toMatchObject({ nextCursor: null, items: [{ transfer: { transferId: first.transferId } }] });
  });

  it('refuses a cursor it did not hand out, and a page size out of range', async () => {
    const bad = await get('/api/approvals?cursor=abc', 'mgr-edu').expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['cursor']);
    await get('/api/approvals?limit=0', 'fin-approver').expect(400);
    const view = await get('/api/approvals?view=all', 'fin-approver').expect(400);
    expect(view.body.fields.map((f: { field: string }) => f.field)).toEqual(['view']);
  });

  it('lets department staff request a purchase, see the gate find idle stock, and go ahead only with a reason', async () => {
    await listed('SCH1-IDLE-1');
    await sys.projected();
    const blocked = await post('/api/purchase-requests', 'staff-hosp1', {
      categoryCode: 'A02000000',
      quantity: 1,
      estimatedValueFen: 400000,
      purpose: '门诊部投影设备',
    }).expect(201);
    expect(blocked.body.gate).toBe('blocked');
    expect(blocked.body.matchedListingIds.length).toBeGreaterThan(0);
    const noReason = await post(`/api/purchase-requests/${blocked.body.id}/override`, 'staff-hosp1', {}).expect(400);
    expect(noReason.body.code).toBe('VALIDATION_FAILED');
    const stranger = await post(`/api/purchase-requests/${blocked.body.id}/override`, 'staff-sch1', { reason: '不是我的' });
    expect(stranger.status).toBe(403);
    expect(stranger.body.code).toBe('NOT_A_PARTY');
    const overridden = await post(`/api/purchase-requests/${blocked.body.id}/override`, 'staff-hosp1', {
      reason: '需要4K投影，仓内型号不符',
    });
    expect(overridden.status).toBe(200);
    expect(overridden.body.gate).toBe('overridden');
    await sys.projected();
    const mine = await get('/api/purchase-requests?departmentId=D-HOSP1', 'staff-hosp1').expect(200);
    expect(mine.body[0]).toMatchObject({ purchaseId: blocked.body.id, status: 'overridden', overrideReason: '需要4K投影，仓内型号不符' });
  });
});
