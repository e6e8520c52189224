import { EVENT_STORE, EventStore, EventStoreUnavailableError } from '@app/event-store';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const DAY = 86400_000;

/**
 * Disposal on real PostgreSQL, through the API and the projector: the approval chain follows the
 * district policy's disposal threshold (the demo seed: ¥50,000 of 批量原值), and 核销 takes the cards
 * out of the live register, search and reports while as-of reads before it still show them.
 */
describe('disposal (处置) and write-off (核销)', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  const post = (path: string, who: string, body: object = {}) =>
    sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  const get = (path: string, who = 'mgr-sch1') => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const register = async (assetNo: string, originalValueFen: number) =>
    (
      await post('/api/assets', 'mgr-sch1', {
        assetNo,
        departmentId: 'D-SCH1',
        name: `处置测试${assetNo}`,
        categoryCode: 'A02000000',
        custodian: '张三',
        location: '库房',
        acquiredOn: '2015-01-01',
        originalValueFen,
        accumulatedDepreciationFen: Math.floor(originalValueFen / 2),
        quantity: 1,
        unit: '台',
        condition: 'poor',
      }).expect(201)
    ).body.assetId as string;
  const summary = async (asOf?: string) => {
    const rows = (await get(`/api/reports/register-summary${asOf ? `?asOf=${asOf}` : ''}`, 'mgr-edu').expect(200)).body.rows as {
      departmentId: string;
      count: number;
      originalValueFen: number;
    }[];
    return rows
      .filter((r) => r.departmentId === 'D-SCH1')
      .reduce((t, r) => ({ count: t.count + r.count, value: t.value + r.originalValueFen }), { count: 0, value: 0 });
  };

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-edu', 'reviewer-edu', 'fin-approver', 'auditor']) token[user] = await sys.tokenFor(user);
  });
  afterAll(() => sys.close());

  it('below the threshold the 主管部门 approves and finance is filed; above it finance approves too', async () => {
    const cheap = await register('DSP-1', 350_000);
    const a = await register('DSP-2', 3_000_000);
    const b = await register('DSP-3', 2_500_000);
    const small = await post('/api/disposals', 'mgr-sch1', { assetIds: [cheap], kind: 'scrap', reason: '无法修复' }).expect(201);
    const large = await post('/api/disposals', 'mgr-sch1', { assetIds: [a, b], kind: 'sale', reason: '淘汰' }).expect(201);
    await sys.projected();
    const awaitingEdu = (await get('/api/disposals/awaiting-me', 'mgr-edu').expect(200)).body as { disposalId: string }[];
    expect(awaitingEdu.map((d) => d.disposalId)).toEqual([small.body.disposalId, large.body.disposalId]);
    expect((await get('/api/disposals/awaiting-me', 'fin-approver').expect(200)).body).toEqual([]);

    await post(`/api/disposals/${small.body.disposalId}/decision`, 'mgr-edu', { approve: true, comment: '同意报废' }).expect(200);
    await post(`/api/disposals/${large.body.disposalId}/decision`, 'mgr-edu', { approve: true }).expect(200);
    await sys.projected();
    const smallRow = (await get(`/api/disposals/${small.body.disposalId}`).expect(200)).body;
    expect(smallRow.status).toBe('approved');
    expect(smallRow.steps.map((s: { kind: string; status: string }) => `${s.kind}:${s.status}`)).toEqual([
      'supervisor_review:approved',
      'finance_filing:approved',
    ]);
    const largeRow = (await get(`/api/disposals/${large.body.disposalId}`).expect(200)).body;
    expect(largeRow).toMatchObject({ status: 'pending_finance_approval', totalOriginalValueFen: '5500000', policyVersion: 1 });
    expect(
      (await get('/api/disposals/awaiting-me', 'fin-approver').expect(200)).body.map((d: { disposalId: string }) => d.disposalId),
    ).toEqual([large.body.disposalId]);
    await post(`/api/disposals/${large.body.disposalId}/write-off`, 'mgr-sch1', { proceedsFen: 10 }).expect(409);
    await post(`/api/disposals/${large.body.disposalId}/decision`, 'fin-approver', { approve: true }).expect(200);
    await sys.projected();
    expect((await get(`/api/disposals/${large.body.disposalId}`).expect(200)).body.status).toBe('approved');
  });

  it('核销 removes the cards from the live register, search and reports; as-of before it still has them', async () => {
    const a = await register('DSP-W1', 400_000);
    const b = await register('DSP-W2', 600_000);
    await post(`/api/assets/${b}/listing`, 'mgr-sch1', {
      description: '长期闲置',
      condition: 'poor',
      pickupLocation: '库房',
      advertiseUntil: new Date(clock.now().getTime() + 30 * DAY).toISOString(),
    }).expect(201);
    await sys.projected();
    const before = await summary();
    const req = await post('/api/disposals', 'mgr-sch1', { assetIds: [a, b], kind: 'sale', reason: '淘汰旧设备' }).expect(201);
    expect(req.body.assetEvents).toEqual(['asset.disposal-requested.v1', 'asset.listing-withdrawn.v1', 'asset.disposal-requested.v1']);
    await post(`/api/disposals/${req.body.disposalId}/decision`, 'mgr-edu', { approve: true }).expect(200);
    await sys.projected();
    expect((await get(`/api/assets/${a}`).expect(200)).body.status).toBe('pending_disposal');
    expect((await get('/api/marketplace?q=DSP-W2', 'mgr-edu').expect(200)).body.items ?? []).toEqual([]);
    const approvedAt = clock.now().toISOString();

    clock.travel(DAY);
    try {
      await post(`/api/disposals/${req.body.disposalId}/write-off`, 'mgr-sch1', {}).expect(400);
      const done = await post(`/api/disposals/${req.body.disposalId}/write-off`, 'mgr-sch1', {
        proceedsFen: 85_000,
        treasuryVoucher: '非税缴款书 3301-000123',
        replyRef: '区教资〔2026〕5号',
      }).expect(200);
      expect(done.body.assetEvents).toEqual(['asset.written-off.v1', 'asset.written-off.v1']);
      await sys.projected();

      await get(`/api/assets/${a}`).expect(404);
      const register = (await get('/api/assets?q=DSP-W').expect(200)).body;
      expect(register.items).toEqual([]);
      // The withdrawn listing stays findable as a listing (as every withdrawn listing does); no asset is.
      const found = (await get('/api/search?q=DSP-W').expect(200)).body.items as { kind: string; status: string }[];
      expect(found.filter((i) => i.kind === 'asset')).toEqual([]);
      expect(found.map((i) => i.status)).toEqual(['withdrawn']);
      expect(await summary()).toEqual({ count: before.count - 2, value: before.value - 1_000_000 });
      expect(await summary(approvedAt)).toEqual(before);

      const asOfBefore = (await get(`/api/audit/assets/${a}/as-of?at=${approvedAt}`, 'auditor').expect(200)).body.state;
      expect(asOfBefore).toMatchObject({ status: 'registered', assetNo: 'DSP-W1', phase: { kind: 'pending_disposal' } });
      const asOfNow = (await get(`/api/audit/assets/${a}/as-of?at=${clock.now().toISOString()}`, 'auditor').expect(200)).body.state;
      expect(asOfNow).toMatchObject({ status: 'written_off', disposalId: req.body.disposalId, disposalKind: 'sale' });
      const deptThen = (await get(`/api/audit/departments/D-SCH1/register?at=${approvedAt}`, 'auditor').expect(200)).body.total;
      const deptNow = (await get(`/api/audit/departments/D-SCH1/register?at=${clock.now().toISOString()}`, 'auditor').expect(200)).body
        .total;
      expect(deptThen.count - deptNow.count).toBe(2);

      const row = (await get(`/api/disposals/${req.body.disposalId}`).expect(200)).body;
      expect(row).toMatchObject({
        status: 'written_off',
        proceedsFen: '85000',
        treasuryVoucher: '非税缴款书 3301-000123',
        replyRef: '区教资〔2026〕5号',
      });
      const timeline = (await get(`/api/audit/timeline?assetId=${a}`, 'auditor').expect(200)).body;
      expect(JSON.stringify(timeline)).toContain('asset.written-off.v1');
      // Off the books: nothing more happens to the card.
      const moved = await post(`/api/assets/${a}/relocations`, 'mgr-sch1', { location: '二楼' }).expect(409);
      expect(moved.body.code).toBe('ASSET_WRITTEN_OFF');
    } finally {
      clock.reset();
    }
  });

  it('a rejection and a withdrawal put the assets back in use', async () => {
    const a = await register('DSP-R1', 100_000);
    const b = await register('DSP-R2', 100_000);
    const r1 = await post('/api/disposals', 'mgr-sch1', { assetIds: [a], kind: 'scrap', reason: '损坏' }).expect(201);
    const r2 = await post('/api/disposals', 'mgr-sch1', {
      assetIds: [b],
      kind: 'donation',
      reason: '捐赠',
      counterparty: '山区小学',
    }).expect(201);
    const again = await post('/api/disposals', 'mgr-sch1', { assetIds: [a], kind: 'scrap', reason: '再次申请' }).expect(409);
    expect(again.body.code).toBe('ASSET_PENDING_DISPOSAL');
    const rejected = await post(`/api/disposals/${r1.body.disposalId}/decision`, 'mgr-edu', {
      approve: false,
      comment: '尚可维修使用',
    }).expect(200);
    expect(rejected.body.assetEvents).toEqual(['asset.disposal-released.v1']);
    await post(`/api/disposals/${r2.body.disposalId}/withdrawal`, 'mgr-sch1', { reason: '继续使用' }).expect(200);
    await sys.projected();
    expect((await get(`/api/assets/${a}`).expect(200)).body.status).toBe('in_use');
    expect((await get(`/api/assets/${b}`).expect(200)).body.status).toBe('in_use');
    expect((await get(`/api/disposals/${r1.body.disposalId}`).expect(200)).body).toMatchObject({
      status: 'rejected',
      endReason: '尚可维修使用',
    });
    expect((await get(`/api/disposals?assetId=${b}`).expect(200)).body.map((d: { status: string }) => d.status)).toEqual(['withdrawn']);
  });

  it('a hold cut off by a store error is re-applied before 核销; an asset that cannot be held refuses it (409) and nothing is written off', async () => {
    const store = sys.app.get<EventStore>(EVENT_STORE);
    const realAppend = store.append.bind(store);
    const failing = new Set<string>();
    const spy = jest.spyOn(store, 'append').mockImplementation((streamId, events, expected) => {
      if (failing.has(streamId)) return Promise.reject(new EventStoreUnavailableError('test: store cut off'));
      return realAppend(streamId, events, expected);
    });
    const requestCutOff = async (assetNo: string) => {
      const a = await register(`${assetNo}A`, 100_000);
      const b = await register(`${assetNo}B`, 100_000);
      failing.add(`asset-${b}`);
      await post('/api/disposals', 'mgr-sch1', { assetIds: [a, b], kind: 'scrap', reason: '损坏' }).expect(503);
      await sys.projected();
      const disposalId = (await get(`/api/disposals?assetId=${a}`).expect(200)).body[0].disposalId as string;
      expect((await get(`/api/assets/${b}`).expect(200)).body.status).toBe('in_use');
      return { a, b, disposalId };
    };
    try {
      // The store is back by the approval: approving re-applies the missing hold, and 核销 takes both cards.
      const healed = await requestCutOff('DSP-H1');
      failing.clear();
      const approval = await post(`/api/disposals/${healed.disposalId}/decision`, 'mgr-edu', { approve: true }).expect(200);
      expect(approval.body.assetEvents).toEqual(['asset.disposal-requested.v1']);
      const done = await post(`/api/disposals/${healed.disposalId}/write-off`, 'mgr-sch1', {}).expect(200);
      expect(done.body.assetEvents).toEqual(['asset.written-off.v1', 'asset.written-off.v1']);

      // Still cut off through the approval, then the card is lent out: it cannot be held, so no 核销.
      const stuck = await requestCutOff('DSP-H2');
      await post(`/api/disposals/${stuck.disposalId}/decision`, 'mgr-edu', { approve: true }).expect(503);
      failing.clear();
      const dueOn = new Date(clock.now().getTime() + 7 * DAY).toISOString().slice(0, 10);
      await post(`/api/assets/${stuck.b}/loans`, 'mgr-sch1', {
        borrowerDepartmentId: 'D-HOSP1',
        borrower: '李护士长',
        purpose: '义诊',
        dueOn,
      }).expect(201);
      const refused = await post(`/api/disposals/${stuck.disposalId}/write-off`, 'mgr-sch1', {}).expect(409);
      expect(refused.body.code).toBe('DISPOSAL_ASSETS_NOT_HELD');
      expect(refused.body.details.assetNos).toEqual(['DSP-H2B']);
      await sys.projected();
      expect((await get(`/api/disposals/${stuck.disposalId}`).expect(200)).body.status).toBe('approved');
      expect((await get(`/api/assets/${stuck.a}`).expect(200)).body.status).toBe('pending_disposal');
    } finally {
      spy.mockRestore();
    }
  });

  it('a listing opened between the request’s check and its hold is withdrawn by the hold, shown on the request, and stays withdrawn when the request is withdrawn', async () => {
    const a = await register('DSP-L1', 100_000);
    const listing = {
      description: '闲置',
      condition: 'poor',
      pickupLocation: '库房',
      advertiseUntil: new Date(clock.now().getTime() + 30 * DAY).toISOString(),
    };
    const store = sys.app.get<EventStore>(EVENT_STORE);
    const realAppend = store.append.bind(store);
    let listed = false;
    const spy = jest.spyOn(store, 'append').mockImplementation(async (streamId, events, expected) => {
      if (!listed && events.some((e) => e.type === 'disposal.requested.v1')) {
        listed = true;
        // The card is listed after the request checked it (not listed then) and before its hold.
        await post(`/api/assets/${a}/listing`, 'mgr-sch1', listing).expect(201);
      }
      return realAppend(streamId, events, expected);
    });
    let disposalId: string;
    try {
      const req = await post('/api/disposals', 'mgr-sch1', { assetIds: [a], kind: 'scrap', reason: '损坏' }).expect(201);
      expect(req.body.assetEvents).toEqual(['asset.listing-withdrawn.v1', 'asset.disposal-requested.v1']);
      disposalId = req.body.disposalId as string;
    } finally {
      spy.mockRestore();
    }
    await sys.projected();
    const listings = (await get(`/api/search?q=DSP-L1`).expect(200)).body.items as { kind: string; id: string; status: string }[];
    const withdrawn = listings.filter((i) => i.kind === 'listing');
    expect(withdrawn.map((l) => l.status)).toEqual(['withdrawn']);
    expect((await get(`/api/disposals/${disposalId}`).expect(200)).body.assets[0].withdrawnListingId).toBe(withdrawn[0].id);

    await post(`/api/disposals/${disposalId}/withdrawal`, 'mgr-sch1', { reason: '继续使用' }).expect(200);
    await sys.projected();
    expect((await get(`/api/assets/${a}`).expect(200)).body.status).toBe('in_use');
    const after = (await get(`/api/disposals/${disposalId}`).expect(200)).body;
    expect(after).toMatchObject({ status: 'withdrawn', assets: [{ withdrawnListingId: withdrawn[0].id }] });
    const again = (await get(`/api/search?q=DSP-L1`).expect(200)).body.items as { kind: string; status: string }[];
    expect(again.filter((i) => i.kind === 'listing').map((l) => l.status)).toEqual(['withdrawn']);
    // Not reopened: the unit lists it again if it wants to.
    await post(`/api/assets/${a}/listing`, 'mgr-sch1', listing).expect(201);
  });

  // Last: it registers a card two days ahead of the other tests' clock.
  it('a recorded policy with a higher disposal threshold changes the chain of later requests only', async () => {
    await post('/api/approval-policies', 'fin-approver', {
      effectiveFrom: new Date(clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10),
      financeApprovalAboveFen: 5_000_000,
      crossingNeedsFinanceApproval: true,
      disposalFinanceApprovalAboveFen: 10_000_000,
      reason: '区财发〔2026〕9号',
    }).expect(201);
    clock.travel(2 * DAY);
    try {
      const a = await register('DSP-4', 6_000_000);
      const req = await post('/api/disposals', 'mgr-sch1', { assetIds: [a], kind: 'scrap', reason: '损坏' }).expect(201);
      const reviewed = await post(`/api/disposals/${req.body.disposalId}/decision`, 'mgr-edu', { approve: true }).expect(200);
      expect(reviewed.body.events).toEqual(['disposal.step-approved.v1', 'disposal.step-approved.v1']);
      await sys.projected();
      expect((await get(`/api/disposals/${req.body.disposalId}`).expect(200)).body).toMatchObject({ status: 'approved', policyVersion: 2 });
    } finally {
      clock.reset();
    }
  });
});
