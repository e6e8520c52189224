import ExcelJS from 'exceljs';
import { AssetEvent, AssetState, evolveAsset, initialAssetState } from '@app/assets';
import { clock } from '@test/support/test-clock';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const DAY = 86400_000;

interface RawEvent {
  stream_id: string;
  event_type: string;
  data: Record<string, unknown>;
  occurred: string;
}

describe('reports reconcile with the events', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  let t0: number;
  let end: number;

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-hosp1', 'staff-hosp1', 'mgr-edu', 'fin-approver', 'auditor', 'staff-sch1'])
      token[user] = await sys.tokenFor(user);
    t0 = clock.now().getTime();
    const card = (assetNo: string, departmentId: string, categoryCode: string, value: number, depreciation: number) => ({
      assetNo,
      departmentId,
      name: assetNo,
      categoryCode,
      custodian: '张三',
      location: '库房',
      acquiredOn: '2020-01-01',
      originalValueFen: value,
      accumulatedDepreciationFen: depreciation,
      quantity: 1,
      unit: '台',
      condition: 'good',
    });
    const a1 = (await post('/api/assets', 'mgr-sch1', card('RPT-1', 'D-SCH1', 'A020000', 100000, 20000)).expect(201)).body.assetId;
    const a2 = (await post('/api/assets', 'mgr-sch1', card('RPT-2', 'D-SCH1', 'A050000', 50000, 0)).expect(201)).body.assetId;
    const a3 = (await post('/api/assets', 'mgr-hosp1', card('RPT-3', 'D-HOSP1', 'A020000', 30000, 5000)).expect(201)).body.assetId;
    const advertise = () => new Date(clock.now().getTime() + 30 * DAY).toISOString();
    clock.travel(2 * DAY);
    await post(`/api/assets/${a1}/listing`, 'mgr-sch1', {
      description: '闲置',
      condition: 'good',
      pickupLocation: '门卫',
      advertiseUntil: advertise(),
    }).expect(201);
    clock.travel(3 * DAY);
    const claim = await post(`/api/assets/${a1}/listing/claims`, 'staff-hosp1', { justification: '门诊需要' }).expect(201);
    const picked = await post(`/api/assets/${a1}/listing/claims/${claim.body.claimId}/selection`, 'mgr-sch1').expect(200);
    await post(`/api/assets/${a1}/transfers/${picked.body.transferId}/decisions`, 'mgr-edu', { approve: true }).expect(200);
    await post(`/api/assets/${a1}/transfers/${picked.body.transferId}/decisions`, 'fin-approver', { approve: true }).expect(200);
    await post(`/api/assets/${a1}/transfers/${picked.body.transferId}/handover`, 'mgr-sch1').expect(200);
    await post(`/api/assets/${a1}/transfers/${picked.body.transferId}/handover`, 'mgr-hosp1', {
      custodian: '王医生',
      location: '门诊楼',
    }).expect(200);
    clock.travel(DAY);
    await post(`/api/assets/${a2}/listing`, 'mgr-sch1', {
      description: '闲置',
      condition: 'good',
      pickupLocation: '门卫',
      advertiseUntil: advertise(),
    }).expect(201);
    await sys.projected();
    await post('/api/purchase-requests', 'mgr-hosp1', {
      categoryCode: 'A050000',
      quantity: 1,
      estimatedValueFen: 60000,
      purpose: '需要',
      overrideReason: '规格不符',
    }).expect(201);
    await post('/api/purchase-requests', 'mgr-hosp1', {
      categoryCode: 'A040000',
      quantity: 1,
      estimatedValueFen: 1000,
      purpose: '图书',
    }).expect(201);
    clock.travel(DAY);
    await post(`/api/assets/${a2}/listing/withdrawal`, 'mgr-sch1', { reason: '继续使用' }).expect(200);
    clock.travel(DAY);
    await post(`/api/assets/${a3}/corrections`, 'mgr-hosp1', { originalValueFen: 35000, reason: '发票更正' }).expect(200);
    end = t0 + 8 * DAY;
    await sys.projected();
  });
  afterAll(async () => {
    clock.reset();
    await sys.close();
  });

  function post(path: string, who: string, body: object = {}) {
    return sys.http().post(path).set('authorization', `Bearer ${token[who]}`).send(body);
  }
  const get = (path: string, who = 'fin-approver') => sys.http().get(path).set('authorization', `Bearer ${token[who]}`);
  const iso = (ms: number) => encodeURIComponent(new Date(ms).toISOString());

  async function rawAssetEvents(): Promise<RawEvent[]> {
    return sys.query<RawEvent>(
      `SELECT stream_id, event_type, data, metadata->>'occurredAt' AS occurred FROM event_store.events WHERE stream_id LIKE 'asset-%' ORDER BY global_position`,
    );
  }

  /** Independent of the report code: folds the raw events with the domain's own evolve. */
  async function foldedRegister(at: number) {
    const states = new Map<string, AssetState>();
    for (const e of await rawAssetEvents()) {
      if (Date.parse(e.occurred) > at) continue;
      states.set(
        e.stream_id,
        evolveAsset(states.get(e.stream_id) ?? initialAssetState(), { type: e.event_type, data: e.data } as AssetEvent),
      );
    }
    const totals = new Map<string, { count: number; originalValueFen: number; netBookValueFen: number }>();
    for (const s of states.values()) {
      if (s.status !== 'registered') continue;
      const key = `${s.departmentId}|${s.categoryCode.slice(0, 3)}0000`;
      const t = totals.get(key) ?? { count: 0, originalValueFen: 0, netBookValueFen: 0 };
      totals.set(key, {
        count: t.count + 1,
        originalValueFen: t.originalValueFen + s.originalValueFen,
        netBookValueFen: t.netBookValueFen + s.originalValueFen - s.accumulatedDepreciationFen,
      });
    }
    return totals;
  }

  const summarise = (
    rows: { departmentId: string; classCode: string; count: number; originalValueFen: number; netBookValueFen: number }[],
  ) => {
    const totals = new Map<string, { count: number; originalValueFen: number; netBookValueFen: number }>();
    for (const r of rows) {
      const t = totals.get(`${r.departmentId}|${r.classCode}`) ?? { count: 0, originalValueFen: 0, netBookValueFen: 0 };
      totals.set(`${r.departmentId}|${r.classCode}`, {
        count: t.count + r.count,
        originalValueFen: t.originalValueFen + r.originalValueFen,
        netBookValueFen: t.netBookValueFen + r.netBookValueFen,
      });
    }
    return totals;
  };

  it('register summary now and as of a past instant equal a fold of the events', async () => {
    const now = (await get('/api/reports/register-summary').expect(200)).body.rows;
    expect(summarise(now)).toEqual(await foldedRegister(Number.MAX_SAFE_INTEGER));
    expect(summarise(now).get('D-HOSP1|A020000')).toEqual({ count: 2, originalValueFen: 135000, netBookValueFen: 110000 });
    const mid = t0 + 4 * DAY;
    const past = (await get(`/api/reports/register-summary?asOf=${iso(mid)}`).expect(200)).body.rows;
    expect(summarise(past)).toEqual(await foldedRegister(mid));
    expect(summarise(past).get('D-SCH1|A020000')).toEqual({ count: 1, originalValueFen: 100000, netBookValueFen: 80000 });
    await get('/api/reports/register-summary?asOf=someday').expect(400);
  });

  it('idle rate equals idle days over asset days computed from the events', async () => {
    const rows = (await get(`/api/reports/idle-rate?from=${iso(t0)}&to=${iso(end)}`).expect(200)).body.rows as {
      departmentId: string;
      assetDays: number;
      idleDays: number;
      idleRate: number;
    }[];
    // Recompute by walking the events hour by hour: who holds each asset, and is it listed.
    const events = await rawAssetEvents();
    const expected = new Map<string, { assetDays: number; idleDays: number }>();
    const STEP = 60_000;
    const byAsset = new Map<string, RawEvent[]>();
    for (const e of events) byAsset.set(e.stream_id, [...(byAsset.get(e.stream_id) ?? []), e]);
    for (const list of byAsset.values()) {
      for (let t = t0; t < end; t += STEP) {
        let owner: string | null = null;
        let listed = false;
        for (const e of list) {
          if (Date.parse(e.occurred) > t) break;
          if (e.event_type === 'asset.registered.v1') owner = String(e.data.departmentId);
          if (e.event_type === 'asset.listed.v1') listed = true;
          if (['asset.listing-withdrawn.v1', 'asset.listing-expired.v1'].includes(e.event_type)) listed = false;
          if (e.event_type === 'asset.transferred.v1') {
            owner = String(e.data.toDepartmentId);
            listed = false;
          }
        }
        if (!owner) continue;
        const x = expected.get(owner) ?? { assetDays: 0, idleDays: 0 };
        x.assetDays += STEP / DAY;
        if (listed) x.idleDays += STEP / DAY;
        expected.set(owner, x);
      }
    }
    for (const row of rows) {
      const x = expected.get(row.departmentId)!;
      expect(row.assetDays).toBeCloseTo(x.assetDays, 2);
      expect(row.idleDays).toBeCloseTo(x.idleDays, 2);
    }
    const school = rows.find((r) => r.departmentId === 'D-SCH1')!;
    expect(school.idleDays).toBeCloseTo(4, 1); // RPT-1 listed 3 days, RPT-2 listed 1 day
    expect(school.assetDays).toBeCloseTo(13, 1);
    expect(school.idleRate).toBeCloseTo(4 / 13, 2);
    await get(`/api/reports/idle-rate?from=${iso(end)}&to=${iso(t0)}`).expect(400);
  });

  it('reuse counts the completed transfer and purchase-gate hits, as the events say', async () => {
    const rows = (await get(`/api/reports/reuse?from=${iso(t0)}&to=${iso(end + DAY)}`).expect(200)).body.rows;
    const events = await sys.query<{ data: Record<string, number | string> }>(
      `SELECT data FROM event_store.events WHERE event_type = 'asset.transferred.v1'`,
    );
    const requested = await sys.query<{ data: { matchedListingIds: string[]; departmentId: string } }>(
      `SELECT data FROM event_store.events WHERE event_type = 'purchase.requested.v1'`,
    );
    const hospital = rows.find((r: { departmentId: string }) => r.departmentId === 'D-HOSP1');
    expect(hospital).toEqual({
      departmentId: 'D-HOSP1',
      transfersReceived: events.length,
      reallocatedOriginalValueFen: events.reduce((s, e) => s + Number(e.data.originalValueFen), 0),
      reallocatedNetBookValueFen: events.reduce((s, e) => s + Number(e.data.netBookValueFen), 0),
      purchaseRequests: requested.length,
      purchaseGateHits: requested.filter((r) => r.data.matchedListingIds.length > 0).length,
      purchasesOverridden: 1,
    });
    expect(hospital.reallocatedNetBookValueFen).toBe(80000);
  });

  it('lists assets idle in the warehouse for more than N days', async () => {
    const piano = (
      await post('/api/assets', 'mgr-sch1', {
        assetNo: 'RPT-IDLE',
        departmentId: 'D-SCH1',
        name: '旧钢琴',
        categoryCode: 'A050000',
        custodian: '张三',
        location: '库房',
        acquiredOn: '2010-01-01',
        originalValueFen: 800000,
        quantity: 1,
        unit: '架',
        condition: 'fair',
      }).expect(201)
    ).body.assetId;
    await post(`/api/assets/${piano}/listing`, 'mgr-sch1', {
      description: '无人使用',
      condition: 'fair',
      pickupLocation: '库房',
      advertiseUntil: new Date(clock.now().getTime() + 365 * DAY).toISOString(),
    }).expect(201);
    await sys.projected();
    expect((await get('/api/reports/long-idle?days=90').expect(200)).body.rows).toEqual([]);
    clock.travel(100 * DAY);
    try {
      const rows = (await get('/api/reports/long-idle?days=90').expect(200)).body.rows;
      expect(rows).toEqual([
        expect.objectContaining({ assetNo: 'RPT-IDLE', departmentId: 'D-SCH1', idleDays: 100, originalValueFen: 800000 }),
      ]);
    } finally {
      clock.travel(-100 * DAY);
    }
  });

  it('exports CSV and XLSX with Chinese headers, 元 amounts and the as-of stamp', async () => {
    const csv = await get('/api/reports/register-summary?format=csv')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^资产总账汇总（截至 \d{4}-\d{2}-\d{2}T/);
    expect(lines[1]).toBe('单位,门类代码,门类,大类代码,数量,原值（元）,账面净值（元）');
    expect(lines).toContain('D-HOSP1,A020000,设备,,2,1350.00,1100.00');

    const xlsx = await get(`/api/reports/idle-rate?from=${iso(t0)}&to=${iso(end)}&format=xlsx`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.getWorksheet('闲置率')!;
    expect(String(sheet.getCell('A1').value)).toContain('期间');
    expect(sheet.getRow(2).values).toEqual([undefined, '单位', '资产天数', '闲置天数', '闲置率']);
    expect(sheet.getCell('D3').numFmt).toBe('0.0%');

    const money = await get('/api/reports/register-summary?format=xlsx')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(money.body as never);
    const register = book.getWorksheet('资产总账汇总')!;
    expect(register.getCell('F2').value).toBe('原值（元）');
    const hospitalRow = register
      .getRows(3, register.rowCount - 2)!
      .find((r) => r.getCell(1).value === 'D-HOSP1' && r.getCell(2).value === 'A020000')!;
    expect(hospitalRow.getCell(6).value).toBe(1350);
    expect(hospitalRow.getCell(6).numFmt).toBe('#,##0.00');
  });

  it('is for managers, finance and auditors only', async () => {
    await get('/api/reports/register-summary', 'staff-sch1').expect(403);
    await get('/api/reports/register-summary', 'auditor').expect(200);
  });
});
