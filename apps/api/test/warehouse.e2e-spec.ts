import { Actor } from '@app/shared';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { ListingExpirySweeper } from '../src/warehouse/listing-expiry.sweeper';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

describe('warehouse (云公物仓): list → claim → approve → hand over', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of [
      'mgr-sch1',
      'staff-sch1',
      'mgr-sch2',
      'mgr-edu',
      'mgr-hosp1',
      'staff-hosp1',
      'fin-approver',
      'auditor',
      'resident-1',
    ]) {
      token[user] = await sys.tokenFor(user);
    }
  });
  afterAll(() => sys.close());

  /** A staff member of a department outside the demo directory (it supervises itself). */
  const outsider = (n: number) => {
    const actor: Actor = { userId: `staff-x${n}`, role: 'department_staff', departmentId: `D-X${n}`, displayName: `单位${n}` };
    return sys.tokenAs(actor);
  };
  const post = (path: string, who: string, body: object = {}) =>
    sys
      .http()
      .post(path)
      .set('authorization', `Bearer ${token[who] ?? who}`)
      .send(body);
  const get = (path: string, who: string) =>
    sys
      .http()
      .get(path)
      .set('authorization', `Bearer ${token[who] ?? who}`);
  const streamTypes = async (assetId: string) =>
    (
      await sys.query<{ t: string }>(`SELECT event_type AS t FROM event_store.events WHERE stream_id = $1 ORDER BY stream_revision`, [
        `asset-${assetId}`,
      ])
    ).map((r) => r.t);

  async function register(
    assetNo: string,
    overrides: Record<string, unknown> = {},
    who = 'mgr-sch1',
    departmentId = 'D-SCH1',
  ): Promise<string> {
    const res = await post('/api/assets', who, {
      assetNo,
      departmentId,
      name: '投影仪',
      categoryCode: 'A020000',
      custodian: '李四',
      location: '教学楼101',
      acquiredOn: '2022-03-01',
      originalValueFen: 350000,
      accumulatedDepreciationFen: 100000,
      quantity: 1,
      unit: '台',
      condition: 'good',
      ...overrides,
    }).expect(201);
    return res.body.assetId as string;
  }
  const listing = (overrides: Record<string, unknown> = {}) => ({
    description: '九成新，带遥控器',
    condition: 'good',
    pickupLocation: '实验小学门卫室',
    advertiseUntil: inHours(48),
    ...overrides,
  });

  it('checks uploaded photos by their bytes and size', async () => {
    const ok = await sys
      .http()
      .post('/api/files')
      .set('authorization', `Bearer ${token['mgr-sch1']}`)
      .attach('file', PNG, 'p.png')
      .expect(201);
    expect(ok.body).toMatchObject({ contentType: 'image/png', size: PNG.length });
    expect(ok.body.fileId).toMatch(/^[a-f0-9]{64}$/);
    const fake = await sys
      .http()
      .post('/api/files')
      .set('authorization', `Bearer ${token['mgr-sch1']}`)
      .attach('file', Buffer.from('not an image'), 'x.png')
      .expect(400);
    expect(fake.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    await sys
      .http()
      .post('/api/files')
      .set('authorization', `Bearer ${token['mgr-sch1']}`)
      .attach('file', Buffer.alloc(5 * 1024 * 1024 + 1, 0xff), 'big.jpg')
      .expect(413);
    await sys.http().post('/api/files').set('authorization', `Bearer ${token['staff-sch1']}`).attach('file', PNG, 'p.png').expect(403);
    const back = await get(`/api/files/${ok.body.fileId}`, 'staff-hosp1').expect(200);
    expect(Buffer.compare(back.body as Buffer, PNG)).toBe(0);
  });

  it('runs the whole journey across 主管部门: many claims, one chosen, 主管 review, 财政 approval, handover, books moved, savings', async () => {
    const assetId = await register('SCH1-PROJ-1');
    const photo = await sys
      .http()
      .post('/api/files')
      .set('authorization', `Bearer ${token['mgr-sch1']}`)
      .attach('file', PNG, 'p.png')
      .expect(201);

    // Listing
    await post(`/api/assets/${assetId}/listing`, 'staff-sch1', listing()).expect(403);
    await post(`/api/assets/${assetId}/listing`, 'mgr-hosp1', listing()).expect(403);
    const missingPhoto = await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', listing({ photoIds: ['0'.repeat(64)] })).expect(400);
    expect(missingPhoto.body.code).toBe('PHOTO_NOT_FOUND');
    const listed = await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', listing({ photoIds: [photo.body.fileId] })).expect(201);
    const listingId = listed.body.listingId as string;
    expect(listingId).toBeDefined();
    await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', listing()).expect(409);

    await sys.projected();
    const feed = await get('/api/marketplace?q=' + encodeURIComponent('遥控器'), 'staff-hosp1').expect(200);
    expect(feed.body.items).toHaveLength(1);
    expect(feed.body.items[0]).toMatchObject({
      listingId,
      name: '投影仪',
      originalValueFen: 350000,
      netBookValueFen: 250000,
      photos: [{ url: `/api/files/${photo.body.fileId}` }],
    });
    expect((await get(`/api/assets/${assetId}`, 'auditor').expect(200)).body.status).toBe('listed');

    // Ten departments claim at once: every claim is recorded, none lost.
    const claimants = await Promise.all(Array.from({ length: 10 }, (_, i) => outsider(i)));
    const before = await sys.countEvents();
    const claims = await Promise.all(
      claimants.map((who, i) => post(`/api/assets/${assetId}/listing/claims`, who, { justification: `单位${i}需要投影仪` })),
    );
    expect(claims.map((c) => c.status)).toEqual(Array(10).fill(201));
    expect(await sys.countEvents()).toBe(before + 10);
    const hospital = await post(`/api/assets/${assetId}/listing/claims`, 'staff-hosp1', { justification: '门诊部缺投影仪' }).expect(201);
    await post(`/api/assets/${assetId}/listing/claims`, 'staff-hosp1', { justification: '再申领一次' }).expect(409);
    await post(`/api/assets/${assetId}/listing/claims`, 'staff-hosp1', {}).expect(400);
    await post(`/api/assets/${assetId}/listing/claims`, 'auditor', { justification: '审计不能申领' }).expect(403);
    await post(`/api/assets/${assetId}/listing/claims`, 'resident-1', { justification: '居民不能申领' }).expect(403);

    await sys.projected();
    const visibleClaims = await get(`/api/marketplace/${listingId}/claims`, 'mgr-sch1').expect(200);
    expect(visibleClaims.body).toHaveLength(11);
    expect((await get(`/api/marketplace/${listingId}/claims`, 'staff-hosp1').expect(200)).body).toHaveLength(1);
    await get(`/api/marketplace/${listingId}/claims`, 'mgr-sch2').expect(403);

    // The releasing manager picks; five picks racing each other: exactly one stands.
    const otherClaims = claims.slice(0, 4).map((c) => c.body.claimId as string);
    const picks = await Promise.all(
      [hospital.body.claimId as string, ...otherClaims].map((claimId) =>
        post(`/api/assets/${assetId}/listing/claims/${claimId}/selection`, 'mgr-sch1'),
      ),
    );
    expect(picks.map((p) => p.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect((await streamTypes(assetId)).filter((t) => t === 'asset.claim-selected.v1')).toHaveLength(1);
    const winner = picks.find((p) => p.status === 200)!;
    const transferId = winner.body.transferId as string;
    await sys.projected();
    const transfer = (await get(`/api/transfers/${transferId}`, 'auditor').expect(200)).body;
    expect(transfer).toMatchObject({ fromDepartmentId: 'D-SCH1', crossesSupervisors: true, status: 'pending_supervisor_review' });
    const receiver = transfer.toDepartmentId as string;
    const receiverManager =
      receiver === 'D-HOSP1'
        ? 'mgr-hosp1'
        : await sys.tokenAs({ userId: 'mgr-x', role: 'asset_manager', departmentId: receiver, displayName: 'x' });
    // Whichever pick won decides the receiver. The outside claimants' units (D-X…) are in no district, so the district's
    // auditor and 财政 do not see them: their own auditor and 财政 read the receiving side instead.
    const outside = (role: 'auditor' | 'finance_approver') =>
      sys.tokenAs({ userId: `${role}-x`, role, departmentId: receiver, displayName: 'x' });
    const receiverAuditor = receiver === 'D-HOSP1' ? 'auditor' : await outside('auditor');
    const receiverFinance = receiver === 'D-HOSP1' ? 'fin-approver' : await outside('finance_approver');

    // Approvals: 主管部门 (区教育局) first, then 财政.
    const decide = (who: string, body: object) => post(`/api/assets/${assetId}/transfers/${transferId}/decisions`, who, body);
    await decide('fin-approver', { approve: true }).expect(403);
    await decide('staff-hosp1', { approve: true }).expect(403);
    await decide('mgr-edu', { approve: 'yes' }).expect(400);
    await post(`/api/assets/${assetId}/transfers/${transferId}/handover`, 'mgr-sch1').expect(409);
    await decide('mgr-edu', { approve: true, comment: '同意调剂' }).expect(200);
    await decide('fin-approver', { approve: false }).expect(400);
    await decide('fin-approver', { approve: true, comment: '同意' }).expect(200);
    await decide('fin-approver', { approve: true }).expect(403);

    // Handover: the asset stays on the releasing books until the receiver confirms.
    await post(`/api/assets/${assetId}/transfers/${transferId}/handover`, 'mgr-sch1').expect(200);
    await post(`/api/assets/${assetId}/transfers/${transferId}/handover`, 'mgr-sch1').expect(409);
    await post(`/api/assets/${assetId}/transfers/${transferId}/handover`, 'mgr-sch2').expect(403);
    await sys.projected();
    expect((await get(`/api/assets/${assetId}`, 'auditor').expect(200)).body).toMatchObject({
      departmentId: 'D-SCH1',
      status: 'in_transfer',
    });
    // The receiver names who keeps it and where: a card never shows the releasing unit's custodian.
    const handover = `/api/assets/${assetId}/transfers/${transferId}/handover`;
    const refused = await post(handover, receiverManager).expect(400);
    expect(refused.body).toMatchObject({ code: 'HANDOVER_NEEDS_CUSTODIAN', message: '接收方确认交接时须填写使用人和存放地点' });
    await post(handover, receiverManager, { custodian: 'x'.repeat(101), location: '门诊楼' }).expect(400);
    const done = await post(handover, receiverManager, { custodian: '王医生', location: '门诊楼3楼示教室' }).expect(200);
    expect(done.body.events).toEqual(['asset.handover-confirmed.v1', 'asset.transferred.v1']);

    await sys.projected();
    expect((await get(`/api/assets/${assetId}`, receiverAuditor).expect(200)).body).toMatchObject({
      departmentId: receiver,
      status: 'in_use',
      originalValueFen: 350000,
      accumulatedDepreciationFen: 100000,
      netBookValueFen: 250000,
      custodian: '王医生',
      location: '门诊楼3楼示教室',
    });
    expect((await get(`/api/transfers/${transferId}`, 'auditor').expect(200)).body).toMatchObject({
      status: 'completed',
      handoverReleasing: true,
      handoverReceiving: true,
    });
    expect((await get(`/api/marketplace/${listingId}`, 'auditor').expect(200)).body.status).toBe('transferred');
    expect(
      (await get('/api/marketplace', 'staff-hosp1').expect(200)).body.items.map((i: { listingId: string }) => i.listingId),
    ).not.toContain(listingId);
    const savings = await get(`/api/savings?departmentId=${receiver}`, receiverFinance).expect(200);
    expect(savings.body).toEqual([
      { departmentId: receiver, transfersCompleted: 1, avoidedProcurementFen: 350000, netBookValueFen: 250000 },
    ]);
    const finalClaims = (await get(`/api/marketplace/${listingId}/claims`, 'auditor').expect(200)).body as { status: string }[];
    expect(finalClaims.filter((c) => c.status === 'transferred')).toHaveLength(1);
    expect(finalClaims.filter((c) => c.status === 'closed')).toHaveLength(10);
    // The new owner can now manage it; the old one cannot.
    await post(`/api/assets/${assetId}/relocations`, 'mgr-sch1', { location: '仓库' }).expect(403);
  });

  it('lets exactly one of many simultaneous first-come claims win', async () => {
    const assetId = await register('SCH1-FC-1', {
      name: '办公椅',
      categoryCode: 'A050000',
      originalValueFen: 45000,
      accumulatedDepreciationFen: 0,
    });
    await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', listing({ claimMode: 'first_come' })).expect(201);
    const racers = await Promise.all(Array.from({ length: 12 }, (_, i) => outsider(100 + i)));
    const results = await Promise.all(
      racers.map((who) => post(`/api/assets/${assetId}/listing/claims`, who, { justification: '先到先得' })),
    );
    const won = results.filter((r) => r.status === 201);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'LISTING_NOT_OPEN')).toBe(true);
    expect(won[0].body.events).toEqual(['asset.claimed.v1', 'asset.claim-selected.v1']);
    const types = await streamTypes(assetId);
    expect(types.filter((t) => t === 'asset.claimed.v1')).toHaveLength(1);
    expect(types.filter((t) => t === 'asset.claim-selected.v1')).toHaveLength(1);
  });

  it('keeps the internal window within the 主管部门, files same-system transfers, and reopens on rejection', async () => {
    const assetId = await register('SCH1-INT-1', {
      name: '课桌',
      categoryCode: 'A050000',
      originalValueFen: 30000,
      accumulatedDepreciationFen: 10000,
    });
    await post(
      `/api/assets/${assetId}/listing`,
      'mgr-sch1',
      listing({ internalUntil: inHours(1), advertiseUntil: inHours(2), claimMode: 'first_come' }),
    ).expect(201);
    await sys.projected();
    const names = async (who: string) =>
      (await get('/api/marketplace', who).expect(200)).body.items.map((i: { assetNo: string }) => i.assetNo);
    expect(await names('staff-hosp1')).not.toContain('SCH1-INT-1');
    expect(await names('mgr-sch2')).toContain('SCH1-INT-1');
    expect(await names('auditor')).toContain('SCH1-INT-1');
    const refused = await post(`/api/assets/${assetId}/listing/claims`, 'staff-hosp1', { justification: '想要' }).expect(403);
    expect(refused.body.code).toBe('LISTING_INTERNAL_ONLY');

    const first = await post(`/api/assets/${assetId}/listing/claims`, 'mgr-sch2', { justification: '新生入学' }).expect(201);
    await sys.projected();
    expect((await get(`/api/transfers/${first.body.transferId}`, 'auditor').expect(200)).body).toMatchObject({
      crossesSupervisors: false,
      steps: [{ kind: 'supervisor_review', approverDepartmentId: 'D-EDU' }, { kind: 'finance_filing' }],
    });
    const rejected = await post(`/api/assets/${assetId}/transfers/${first.body.transferId}/decisions`, 'mgr-edu', {
      approve: false,
      comment: '二中已有结余课桌',
    }).expect(200);
    expect(rejected.body.events).toEqual(['asset.transfer-rejected.v1']);
    const second = await post(`/api/assets/${assetId}/listing/claims`, 'mgr-edu', { justification: '局机关会议室' }).expect(201);
    // The 主管部门 is the requesting unit here: it may not review its own request, finance approves instead.
    const own = await post(`/api/assets/${assetId}/transfers/${second.body.transferId}/decisions`, 'mgr-edu', { approve: true }).expect(
      403,
    );
    expect(own.body.code).toBe('NOT_YOUR_STEP');
    const approvedByFinance = await post(`/api/assets/${assetId}/transfers/${second.body.transferId}/decisions`, 'fin-approver', {
      approve: true,
    }).expect(200);
    expect(approvedByFinance.body.events).toEqual(['asset.transfer-step-approved.v1']);
    await post(`/api/assets/${assetId}/transfers/${second.body.transferId}/withdrawal`, 'mgr-edu', { reason: '会议室已配齐' }).expect(200);
    await sys.projected();
    expect((await get(`/api/transfers/${first.body.transferId}`, 'auditor').expect(200)).body).toMatchObject({
      status: 'rejected',
      endReason: '二中已有结余课桌',
    });
    expect((await get(`/api/transfers/${second.body.transferId}`, 'auditor').expect(200)).body).toMatchObject({
      status: 'withdrawn',
      endReason: 'receiving: 会议室已配齐',
    });
    expect((await get(`/api/assets/${assetId}`, 'auditor').expect(200)).body.status).toBe('listed');
  });

  it('expires listings past their time, then allows relisting; withdraws with a reason', async () => {
    const assetId = await register('SCH1-EXP-1', { name: '打印机' });
    await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', listing({ advertiseUntil: inHours(1) })).expect(201);
    await sys.projected();
    const sweeper = sys.app.get(ListingExpirySweeper);
    expect(await sweeper.sweep(new Date(Date.now() + 1.5 * 3600_000))).toBe(1);
    await sys.projected();
    expect((await get(`/api/assets/${assetId}`, 'auditor').expect(200)).body.status).toBe('in_use');
    expect(await streamTypes(assetId)).toContain('asset.listing-expired.v1');
    const expiredEvent = await sys.query<{ metadata: { actorId: string; actorRole: string } }>(
      `SELECT metadata FROM event_store.events WHERE stream_id = $1 AND event_type = 'asset.listing-expired.v1'`,
      [`asset-${assetId}`],
    );
    expect(expiredEvent[0].metadata).toMatchObject({ actorId: 'system', actorRole: 'system' });

    const relisted = await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', listing()).expect(201);
    await post(`/api/assets/${assetId}/listing/withdrawal`, 'mgr-sch1', {}).expect(400);
    await post(`/api/assets/${assetId}/listing/withdrawal`, 'mgr-sch1', { reason: '本单位继续使用' }).expect(200);
    await sys.projected();
    expect((await get(`/api/marketplace/${relisted.body.listingId}`, 'auditor').expect(200)).body.status).toBe('withdrawn');
  });

  it('orders the feed by newest or by value, filters it, and pages it stably', async () => {
    const values = [120000, 980000, 45000, 560000];
    for (const [i, value] of values.entries()) {
      const assetId = await register(
        `SCH2-FEED-${i}`,
        { name: `书柜${i}`, categoryCode: 'A050000', originalValueFen: value, accumulatedDepreciationFen: 0 },
        'mgr-sch2',
        'D-SCH2',
      );
      await post(`/api/assets/${assetId}/listing`, 'mgr-sch2', listing({ description: `二中书柜${i}`, pickupLocation: '二中仓库' })).expect(
        201,
      );
    }
    await sys.projected();
    const page = async (query: string) => (await get(`/api/marketplace?departmentId=D-SCH2&${query}`, 'auditor').expect(200)).body;
    expect((await page('')).items.map((i: { assetNo: string }) => i.assetNo)).toEqual([
      'SCH2-FEED-3',
      'SCH2-FEED-2',
      'SCH2-FEED-1',
      'SCH2-FEED-0',
    ]);
    expect((await page('sort=value')).items.map((i: { originalValueFen: number }) => i.originalValueFen)).toEqual([
      980000, 560000, 120000, 45000,
    ]);
    expect(
      (await page('minValueFen=100000&maxValueFen=600000&sort=value')).items.map((i: { originalValueFen: number }) => i.originalValueFen),
    ).toEqual([560000, 120000]);
    expect(
      (await page(`location=${encodeURIComponent('二中')}&q=${encodeURIComponent('书柜2')}`)).items.map(
        (i: { assetNo: string }) => i.assetNo,
      ),
    ).toEqual(['SCH2-FEED-2']);

    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const body: { items: { originalValueFen: number }[]; nextCursor: string | null } = await page(
        `sort=value&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...body.items.map((i) => i.originalValueFen));
      if (!cursor) {
        // A new, more valuable listing lands at the top; the next page neither repeats nor skips.
        const late = await register(
          'SCH2-FEED-LATE',
          { name: '钢琴', categoryCode: 'A050000', originalValueFen: 5000000, accumulatedDepreciationFen: 0 },
          'mgr-sch2',
          'D-SCH2',
        );
        await post(`/api/assets/${late}/listing`, 'mgr-sch2', listing()).expect(201);
        await sys.projected();
      }
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([980000, 560000, 120000, 45000]);
    await get('/api/marketplace?sort=price&cursor=abc', 'auditor').expect(400);
  });

  it('refuses to list office space, naming the rule, and writes nothing', async () => {
    const assetId = await register('SCH1-ROOM-301', {
      name: '行政楼301办公室',
      categoryCode: 'A010000',
      usage: 'office_space',
      unit: '间',
    });
    const before = await sys.countEvents();
    const res = await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', listing()).expect(422);
    expect(res.body.code).toBe('OFFICE_SPACE_NOT_LENDABLE');
    expect(res.body.message).toContain('机关事务管理条例');
    expect(await sys.countEvents()).toBe(before);
  });

  it('answers bad listing input with 400 naming the field, and writes nothing', async () => {
    const assetId = await register('SCH1-BAD-1');
    const before = await sys.countEvents();
    const res = await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', {
      ...listing(),
      advertiseUntil: 'next week',
      claimMode: 'auction',
      photoIds: ['x'],
    }).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['advertiseUntil', 'claimMode', 'photoIds']);
    const past = await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', listing({ advertiseUntil: '2020-01-01T00:00:00Z' })).expect(400);
    expect(past.body).toMatchObject({ code: 'INVALID_LISTING_WINDOW', details: { field: 'advertiseUntil' } });
    await post('/api/assets/00000000-0000-4000-8000-000000000000/listing', 'mgr-sch1', listing()).expect(404);
    expect(await sys.countEvents()).toBe(before);
  });
});
