import { addMonths, chinaMonthOf } from '@app/depreciation';
import { PRIVACY_NOTICE } from '@app/sharing';
import { Actor } from '@app/shared';
import { TestSystem } from './test-app';
import { writeSpaceNeedHistory } from './space-need-history';
import { clock } from './test-clock';

const inHours = (h: number) => new Date(Math.ceil((Date.now() + h * 3600_000) / 3600_000) * 3600_000).toISOString();

/**
 * A history that touches every read model through the HTTP API: registrations, corrections,
 * relocations, listings, claims, completed and rejected transfers, a withdrawal, loans, demands, purchase
 * requests, property registered, corrected, re-occupied and surveyed, disposals approved and written off, rejected and withdrawn, a shared space with residents' bookings, a cancellation, a blackout and a no-show, auditors' reads.
 */
export async function writeMixedHistory(sys: TestSystem): Promise<void> {
  const token: Record<string, string> = {};
  for (const user of ['mgr-sch1', 'mgr-hosp1', 'staff-hosp1', 'mgr-edu', 'fin-approver', 'auditor']) token[user] = await sys.tokenFor(user);
  const post = (path: string, who: string, body: object = {}) =>
    sys
      .http()
      .post(path)
      .set('authorization', `Bearer ${token[who] ?? who}`)
      .send(body);

  const assets: string[] = [];
  // The cards enter the books last month: the depreciation ledger starts then, so that month can be closed below.
  const lastMonth = addMonths(chinaMonthOf(clock.now()), -1);
  const back = new Date(`${lastMonth}-15T04:00:00.000Z`).getTime() - clock.now().getTime();
  clock.travel(back);
  try {
    for (let i = 0; i < 12; i++) {
      const res = await post('/api/assets', 'mgr-sch1', {
        assetNo: `REPLAY-${i}`,
        departmentId: 'D-SCH1',
        name: `台式计算机${i}`,
        categoryCode: i % 3 ? 'A02000000' : 'A05000000',
        custodian: '张三',
        location: `楼${i % 5}`,
        acquiredOn: '2021-01-01',
        originalValueFen: 10000 * (i + 1),
        accumulatedDepreciationFen: 1000 * i,
        quantity: 1,
        unit: '台',
        condition: 'good',
      }).expect(201);
      assets.push(res.body.assetId);
      if (i % 4 === 0)
        await post(`/api/assets/${res.body.assetId}/corrections`, 'mgr-sch1', { name: `资产${i}（更正）`, reason: '名称有误' }).expect(200);
      if (i % 5 === 0)
        await post(`/api/assets/${res.body.assetId}/relocations`, 'mgr-sch1', { location: '仓库', custodian: '李四' }).expect(200);
    }
  } finally {
    clock.travel(-back);
  }
  for (const assetId of assets.slice(0, 6)) {
    await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', {
      description: '闲置',
      condition: 'good',
      pickupLocation: '门卫室',
      advertiseUntil: inHours(72),
    }).expect(201);
  }
  for (const [n, assetId] of assets.slice(0, 3).entries()) {
    const claim = await post(`/api/assets/${assetId}/listing/claims`, 'staff-hosp1', { justification: '需要' }).expect(201);
    const picked = await post(`/api/assets/${assetId}/listing/claims/${claim.body.claimId}/selection`, 'mgr-sch1').expect(200);
    const transfer = `/api/assets/${assetId}/transfers/${picked.body.transferId}`;
    if (n === 2) {
      await post(`${transfer}/decisions`, 'mgr-edu', { approve: false, comment: '不符合调剂条件' }).expect(200);
      continue;
    }
    await post(`${transfer}/decisions`, 'mgr-edu', { approve: true }).expect(200);
    await post(`${transfer}/decisions`, 'fin-approver', { approve: true }).expect(200);
    await post(`${transfer}/handover`, 'mgr-sch1').expect(200);
    await post(`${transfer}/handover`, 'mgr-hosp1', { custodian: '王医生', location: '门诊楼' }).expect(200);
  }
  await post(`/api/assets/${assets[4]}/listing/withdrawal`, 'mgr-sch1', { reason: '继续使用' }).expect(200);
  // Disposals: one (with a listed asset, its listing withdrawn) approved and written off with proceeds; one rejected; one withdrawn.
  const sale = await post('/api/disposals', 'mgr-sch1', { assetIds: assets.slice(5, 8), kind: 'sale', reason: '淘汰旧设备' }).expect(201);
  const reviewed = await post(`/api/disposals/${sale.body.disposalId}/decision`, 'mgr-edu', { approve: true }).expect(200);
  if (reviewed.body.events.length === 1)
    await post(`/api/disposals/${sale.body.disposalId}/decision`, 'fin-approver', { approve: true }).expect(200);
  await post(`/api/disposals/${sale.body.disposalId}/write-off`, 'mgr-sch1', {
    proceedsFen: 30000,
    treasuryVoucher: '非税缴款书 0001',
  }).expect(200);
  const rejected = await post('/api/disposals', 'mgr-sch1', { assetIds: [assets[8]], kind: 'scrap', reason: '损坏' }).expect(201);
  await post(`/api/disposals/${rejected.body.disposalId}/decision`, 'mgr-edu', { approve: false, comment: '尚可维修' }).expect(200);
  const withdrawn = await post('/api/disposals', 'mgr-sch1', {
    assetIds: [assets[9]],
    kind: 'donation',
    reason: '捐赠',
    counterparty: '山区小学',
  }).expect(201);
  await post(`/api/disposals/${withdrawn.body.disposalId}/withdrawal`, 'mgr-sch1', { reason: '继续使用' }).expect(200);
  // Loans (借用): one out and back, one still out.
  const due = new Date(Date.now() + 10 * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  const loan = { borrowerDepartmentId: 'D-HOSP1', borrower: '李护士长', purpose: '义诊', dueOn: due };
  const lent = await post(`/api/assets/${assets[8]}/loans`, 'mgr-sch1', loan).expect(201);
  await post(`/api/assets/${assets[8]}/loans/${lent.body.loanId}/return`, 'mgr-sch1', { note: '完好' }).expect(200);
  await post(`/api/assets/${assets[9]}/loans`, 'mgr-sch1', loan).expect(201);
  // A stocktake of the school: a card found, one registered after it opened found elsewhere, one short, the rest
  // not found (another unit's card answers as an unknown number).
  const stocktake = await post('/api/stocktakes', 'mgr-sch1', { title: '全校清查', departmentId: 'D-SCH1' }).expect(201);
  const counting = `/api/stocktakes/${stocktake.body.stocktakeId}`;
  await post('/api/assets', 'mgr-sch1', {
    assetNo: 'REPLAY-LATE',
    departmentId: 'D-SCH1',
    name: '打印机',
    categoryCode: 'A02000000',
    custodian: '张三',
    location: '楼1',
    acquiredOn: '2021-01-01',
    originalValueFen: 150000,
    quantity: 1,
    unit: '台',
    condition: 'good',
  }).expect(201);
  await post(`${counting}/counts`, 'mgr-sch1', { assetNo: 'REPLAY-3', method: 'scan' }).expect(200);
  await post(`${counting}/counts`, 'mgr-sch1', { assetNo: 'REPLAY-LATE', foundAt: '楼3' }).expect(200);
  await post(`${counting}/counts`, 'mgr-sch1', { assetNo: 'REPLAY-0', foundAt: '楼3' }).expect(404);
  await post(`${counting}/shortages`, 'mgr-sch1', { assetId: assets[8], reason: '未找到' }).expect(200);
  await post(`${counting}/close`, 'mgr-sch1', { opinion: '已核对' }).expect(200);
  const demand = await post('/api/demands', 'staff-hosp1', { categoryCode: 'A02000000', quantity: 2, purpose: '门诊' }).expect(201);
  await post('/api/demands', 'staff-hosp1', { categoryCode: 'A05000000', quantity: 1, purpose: '病房' }).expect(201);
  await post(`/api/demands/${demand.body.id}/closure`, 'staff-hosp1', { reason: '已调剂' }).expect(200);
  await post('/api/purchase-requests', 'mgr-hosp1', {
    categoryCode: 'A02000000',
    quantity: 1,
    estimatedValueFen: 50000,
    purpose: '采购',
    overrideReason: '型号不同',
  }).expect(201);
  // The property register: a school building and a room in it, corrected, re-occupied, its status changed and surveyed.
  const building = await post('/api/properties', 'mgr-sch1', {
    propertyNo: 'REPLAY-B1',
    kind: 'building',
    name: '教学楼',
    address: '翠竹路1号',
    location: { lng: 114.136, lat: 22.5452, system: 'GCJ02' },
    grossAreaSqm: 3200.5,
    use: 'school',
    occupantUnitId: 'D-SCH1',
    occupiedSince: '2010-09-01',
    status: 'in_use',
  }).expect(201);
  const room = await post('/api/properties', 'mgr-sch1', {
    propertyNo: 'REPLAY-B1-101',
    kind: 'room',
    parentId: building.body.propertyId,
    name: '风雨操场',
    grossAreaSqm: 800,
    use: 'sports_venue',
    occupantUnitId: 'D-SCH1',
    occupiedSince: '2020-01-01',
    status: 'in_use',
  }).expect(201);
  const roomPath = `/api/properties/${room.body.propertyId}`;
  await post(`${roomPath}/corrections`, 'mgr-sch1', { usableAreaSqm: 760.5, reason: '测绘' }).expect(200);
  await post(`${roomPath}/occupancy`, 'mgr-sch1', { toUnitId: 'D-HOSP1', since: '2026-01-05', reason: '调剂' }).expect(200);
  await post(`${roomPath}/status`, 'mgr-sch1', { status: 'idle', reason: '闲置' }).expect(200);
  await post(`${roomPath}/sharing-eligibility`, 'mgr-sch1', { eligible: true, reason: '可错峰开放' }).expect(200);
  // Depreciation: a table version giving 设备 a life, then the month that ended closed (charges by department).
  await post('/api/depreciation/life-tables', 'fin-approver', {
    effectiveFrom: lastMonth,
    rows: [{ prefix: 'A02', name: '设备', years: 6, basis: '测试' }],
    source: '测试年限表',
    reason: '测试',
  }).expect(201);
  await post('/api/depreciation/months', 'fin-approver', { month: lastMonth }).expect(201);
  const space = await post('/api/spaces', 'mgr-sch1', {
    name: '操场',
    kind: 'sports_ground',
    location: '校内',
    audiences: ['residents', 'departments'],
    approval: 'automatic',
    schedule: {
      windows: [{ days: 'every_day', start: '00:00', end: '00:00' }],
      slotMinutes: 60,
      capacity: 3,
      horizonDays: 7,
      minNoticeMinutes: 0,
    },
  }).expect(201);
  const bookings: { id: string; token: string }[] = [];
  for (let r = 0; r < 5; r++) {
    const resident: Actor = { userId: `resident-replay${r}`, role: 'resident', departmentId: null, displayName: 'r' };
    const t = await sys.tokenAs(resident);
    await post('/api/residents/me', t, { name: `居民${r}`, phone: `1380000000${r}`, plateNumber: `沪A1000${r}` }).expect(200);
    await post('/api/residents/me/consent', t, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
    const booking = await post(`/api/spaces/${space.body.id}/bookings`, t, { slotStart: inHours(5 + (r % 2)) }).expect(201);
    bookings.push({ id: booking.body.id, token: t });
  }
  await post(`/api/bookings/${bookings[0].id}/cancellation`, bookings[0].token, { reason: '临时有事' }).expect(200);
  // One resident erases their personal data: their booking stays, their plate reads 已注销.
  await post('/api/residents/me/erasure', bookings[4].token, {}).expect(200);
  await post(`/api/spaces/${space.body.id}/blackouts`, 'mgr-sch1', { from: inHours(6), to: inHours(7), reason: '运动会' }).expect(201);
  // A no-show (30 minutes after the start at the earliest) records a strike against the booker.
  clock.travel(Date.parse(inHours(5)) - clock.now().getTime() + 40 * 60_000);
  try {
    await post(`/api/bookings/${bookings[2].id}/no-show`, 'mgr-sch1').expect(200);
  } finally {
    clock.reset();
  }
  await writeSpaceNeedHistory(sys, post);
  await sys.http().get('/api/audit/timeline').set('authorization', `Bearer ${token.auditor}`).expect(200);
}
