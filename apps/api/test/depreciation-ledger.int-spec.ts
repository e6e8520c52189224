import { addMonths, chinaMonthOf, DEPRECIATION_LEDGER_STREAM, MonthlyChargeFold } from './depreciation-fold-charges';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { clock } from '@test/support/test-clock';
import { MonthlyDepreciationCloseJob } from '../src/depreciation/monthly-close.job';
import { DepreciationLedgerSource } from '@app/depreciation/commands/depreciation-ledger.source';

/**
 * The month close end to end on real PostgreSQL: cards registered through the API (a new computer, an
 * imported card with 累计折旧, a 文物, a 设备 whose category has no life in the shipped table), months closed
 * in order, a new table version, and then net book value as of three months read from the read model and
 * compared to the 分 with folding the ledger's events, and with the card the asset-history as-of keeps.
 */
describe('depreciation ledger on PostgreSQL', () => {
  let sys: TestSystem;
  let fin: string;
  let mgr: string;
  let auditor: string;
  const now = clock.now();
  const current = chinaMonthOf(now);
  const m0 = addMonths(current, -7);
  const ids: Record<string, string> = {};

  const register = async (key: string, body: Record<string, unknown>) => {
    const res = await sys
      .http()
      .post('/api/assets')
      .set('authorization', `Bearer ${mgr}`)
      .send({ departmentId: 'D-EDU', custodian: '张三', location: '行政楼302', quantity: 1, unit: '台', condition: 'good', ...body })
      .expect(201);
    ids[key] = res.body.assetId as string;
  };
  const close = (month: string, key?: string) => {
    const req = sys.http().post('/api/depreciation/months').set('authorization', `Bearer ${fin}`);
    return (key ? req.set('Idempotency-Key', key) : req).send({ month });
  };

  beforeAll(async () => {
    sys = await startTestSystem();
    fin = await sys.tokenFor('fin-approver');
    mgr = await sys.tokenFor('mgr-edu');
    auditor = await sys.tokenFor('auditor');
    // The cards are registered in m0 (so the as-of card exists at the end of every month closed), then time comes back.
    clock.travel(new Date(`${m0}-15T04:00:00.000Z`).getTime() - Date.now());
    await register('computer', {
      assetNo: 'DEP-0001',
      name: '台式计算机',
      categoryCode: 'A02010000',
      acquiredOn: `${m0}-10`,
      originalValueFen: 720000,
    });
    await register('imported', {
      assetNo: 'DEP-0002',
      name: '服务器',
      categoryCode: 'A02010000',
      acquiredOn: `${addMonths(m0, -36)}-01`,
      originalValueFen: 1_000_001,
      accumulatedDepreciationFen: 500_000,
    });
    await register('relic', {
      assetNo: 'DEP-0003',
      name: '青铜器',
      categoryCode: 'A03000000',
      acquiredOn: `${m0}-01`,
      originalValueFen: 9_900_000,
    });
    await register('device', {
      assetNo: 'DEP-0004',
      name: '空调',
      categoryCode: 'A02000000',
      acquiredOn: `${m0}-01`,
      originalValueFen: 480_000,
    });
    clock.reset();
  });
  afterAll(async () => {
    clock.reset();
    await sys?.close();
  });

  it('closes months in order from the ledger’s start, once each, never one that has not ended; a retried close writes nothing', async () => {
    // The cards entered the books in m0: the ledger starts there, neither before nor skipping it.
    await sys.projected();
    expect((await sys.http().get('/api/depreciation').set('authorization', `Bearer ${fin}`).expect(200)).body.nextMonth).toBe(m0);
    await close(addMonths(m0, -1))
      .expect(409)
      .expect((r) => expect(r.body).toMatchObject({ code: 'DEPRECIATION_MONTH_BEFORE_START', details: { next: m0 } }));
    await close(addMonths(m0, 1))
      .expect(409)
      .expect((r) => expect(r.body).toMatchObject({ code: 'DEPRECIATION_MONTH_OUT_OF_ORDER', details: { next: m0 } }));
    await close(m0).expect(201);
    const opened = await close(addMonths(m0, 1)).expect(201);
    expect(opened.body).toMatchObject({ month: addMonths(m0, 1), replayed: false });
    await close(addMonths(m0, 1))
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('DEPRECIATION_MONTH_ALREADY_CLOSED'));
    await close(addMonths(m0, 3))
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('DEPRECIATION_MONTH_OUT_OF_ORDER'));
    await close(current)
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('DEPRECIATION_MONTH_NOT_ENDED'));
    const first = await close(addMonths(m0, 2), 'close-month-0002').expect(201);
    const events = await sys.countEvents();
    const again = await close(addMonths(m0, 2), 'close-month-0002').expect(201);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    expect(await sys.countEvents()).toBe(events);
    await sys
      .http()
      .post('/api/depreciation/months')
      .set('authorization', `Bearer ${mgr}`)
      .send({ month: addMonths(m0, 3) })
      .expect(403);
    await close('2026-13').expect(400);
  });

  it('a new table version governs from its month; months before it keep the table they were closed with', async () => {
    await close(addMonths(m0, 3)).expect(201);
    await sys
      .http()
      .post('/api/depreciation/life-tables')
      .set('authorization', `Bearer ${fin}`)
      .send({
        effectiveFrom: addMonths(m0, 2),
        rows: [{ prefix: 'A02', name: '设备', years: 8, basis: '示例' }],
        source: '区财政局',
        reason: '测试',
      })
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('LIFE_TABLE_FOR_CLOSED_MONTH'));
    await sys
      .http()
      .post('/api/depreciation/life-tables')
      .set('authorization', `Bearer ${fin}`)
      .send({
        effectiveFrom: addMonths(m0, 4),
        rows: [{ prefix: 'A02', name: '设备', years: 0, basis: '示例' }],
        source: '区财政局',
        reason: '测试',
      })
      .expect(400);
    const loaded = await sys
      .http()
      .post('/api/depreciation/life-tables')
      .set('authorization', `Bearer ${fin}`)
      .send({
        effectiveFrom: addMonths(m0, 4),
        rows: [
          { prefix: 'A02', name: '设备', years: 8, basis: '区财发 示例' },
          { prefix: 'A0201', name: '信息化设备', years: 6, basis: '财会〔2017〕4号 表1' },
          { prefix: 'A03', name: '文物和陈列品', basis: '准则' },
        ],
        source: '区财政局 折旧年限表',
        reason: '区财发〔2026〕9号',
      })
      .expect(201);
    expect(loaded.body).toMatchObject({ version: 1, replayed: false });
    for (let m = 4; m <= 6; m++) await close(addMonths(m0, m)).expect(201);
  });

  it('the scheduled close takes the months that ended since, in order, and none that has not', async () => {
    const job = sys.app.get(MonthlyDepreciationCloseJob);
    expect(job.enabled).toBe(false);
    expect(await job.run(now)).toEqual([]);
  });

  it('net book value as of three months reconciles to the 分 with folding the ledger events, and with the as-of card', async () => {
    await sys.projected();
    const store = sys.app.get<EventStore>(EVENT_STORE);
    const fold = new MonthlyChargeFold(await store.readStream(DEPRECIATION_LEDGER_STREAM));
    for (const month of [addMonths(m0, 1), addMonths(m0, 3), addMonths(m0, 6)]) {
      for (const key of ['computer', 'imported', 'relic', 'device']) {
        const res = await sys
          .http()
          .get(`/api/depreciation/assets/${ids[key]}?asOf=${month}`)
          .set('authorization', `Bearer ${mgr}`)
          .expect(200);
        const endOfMonth = new Date(`${addMonths(month, 1)}-01T00:00:00+08:00`).getTime() - 1;
        const asOf = await sys
          .http()
          .get(`/api/audit/assets/${ids[key]}/as-of?at=${new Date(Math.min(endOfMonth, now.getTime())).toISOString()}`)
          .set('authorization', `Bearer ${auditor}`)
          .expect(200);
        const charged = fold.chargedUpTo(ids[key], month);
        expect({ key, month, original: res.body.originalValueFen, opening: res.body.openingFen, charged: res.body.chargedFen }).toEqual({
          key,
          month,
          original: asOf.body.state.originalValueFen,
          opening: asOf.body.state.accumulatedDepreciationFen,
          charged,
        });
        expect(res.body.netBookValueFen).toBe(res.body.originalValueFen - res.body.openingFen - charged);
        expect(res.body.schedule.map((l: { month: string }) => l.month).every((m: string) => m <= month)).toBe(true);
      }
    }
    // What each card should show, worked by hand.
    const computer = await sys.http().get(`/api/depreciation/assets/${ids.computer}`).set('authorization', `Bearer ${mgr}`).expect(200);
    // Charged from m0 (bought and registered then, the first close) over 72 months: ¥7,200.00 / 72, seven months.
    expect(computer.body.chargedFen).toBe(7 * Math.floor(720000 / 72));
    const imported = await sys.http().get(`/api/depreciation/assets/${ids.imported}`).set('authorization', `Bearer ${mgr}`).expect(200);
    // Bought 36 months before m0: 36 of 72 months left for the ¥5,000.01 not yet depreciated.
    expect(imported.body.schedule[0].chargeFen).toBe(Math.floor(500_001 / 36));
    const relic = await sys.http().get(`/api/depreciation/assets/${ids.relic}`).set('authorization', `Bearer ${mgr}`).expect(200);
    expect(relic.body).toMatchObject({ chargedFen: 0, netBookValueFen: 9_900_000, lifeKind: 'not_depreciated' });
    const device = await sys.http().get(`/api/depreciation/assets/${ids.device}`).set('authorization', `Bearer ${mgr}`).expect(200);
    // No life until the table of m0+4 gave 设备 8 years: 4 months gone by then, 92 left.
    expect(device.body.schedule.map((l: { month: string; chargeFen: number }) => [l.month, l.chargeFen])).toEqual(
      [4, 5, 6].map((m) => [addMonths(m0, m), Math.floor(480_000 / 92)]),
    );
  });

  it('the department report for a month equals the charge events of that month', async () => {
    const store = sys.app.get<EventStore>(EVENT_STORE);
    const fold = new MonthlyChargeFold(await store.readStream(DEPRECIATION_LEDGER_STREAM));
    for (const month of [addMonths(m0, 1), addMonths(m0, 5)]) {
      const res = await sys.http().get(`/api/depreciation/report?month=${month}`).set('authorization', `Bearer ${fin}`).expect(200);
      expect(res.body.closed).toBe(true);
      expect(
        res.body.departments.map((d: { departmentId: string; totalFen: number; assets: number }) => [d.departmentId, d.totalFen, d.assets]),
      ).toEqual(fold.byDepartment(month));
      const overview = await sys.http().get('/api/depreciation').set('authorization', `Bearer ${fin}`).expect(200);
      const line = overview.body.months.find((m: { month: string }) => m.month === month);
      expect(line.totalFen).toBe(res.body.totalFen);
    }
    const overview = await sys.http().get('/api/depreciation').set('authorization', `Bearer ${fin}`).expect(200);
    expect(overview.body.nextMonth).toBe(current);
    expect(overview.body.months[overview.body.months.length - 1].withoutLife).toEqual([{ prefix: 'A02', assets: 1 }]);
  });

  it('after a later correction of 原值, net book value as of an earlier month uses the 原值 in force then', async () => {
    const read = async (query = '') =>
      (await sys.http().get(`/api/depreciation/assets/${ids.computer}${query}`).set('authorization', `Bearer ${mgr}`).expect(200)).body;
    const month = addMonths(m0, 3);
    const before = await read(`?asOf=${month}`);
    await sys
      .http()
      .post(`/api/assets/${ids.computer}/corrections`)
      .set('authorization', `Bearer ${mgr}`)
      .send({ originalValueFen: 900_000, reason: '按发票更正原值' })
      .expect(200);
    await sys.projected();
    const store = sys.app.get<EventStore>(EVENT_STORE);
    const fold = new MonthlyChargeFold(await store.readStream(DEPRECIATION_LEDGER_STREAM));
    const then = await read(`?asOf=${month}`);
    expect(then).toEqual(before);
    expect(then).toMatchObject({ originalValueFen: 720_000, netBookValueFen: 720_000 - fold.chargedUpTo(ids.computer, month) });
    const endOfMonth = new Date(`${addMonths(month, 1)}-01T00:00:00+08:00`).getTime() - 1;
    const card = await sys
      .http()
      .get(`/api/audit/assets/${ids.computer}/as-of?at=${new Date(endOfMonth).toISOString()}`)
      .set('authorization', `Bearer ${auditor}`)
      .expect(200);
    expect(then.originalValueFen).toBe(card.body.state.originalValueFen);
    const latest = await read();
    const charged = fold.chargedUpTo(ids.computer, addMonths(current, -1));
    expect(latest).toMatchObject({ originalValueFen: 900_000, chargedFen: charged, netBookValueFen: 900_000 - charged, excessFen: 0 });
  });

  it('原值 corrected below what was already charged: net book value stays at 0 and the excess is shown (clamped)', async () => {
    const store = sys.app.get<EventStore>(EVENT_STORE);
    const charged = new MonthlyChargeFold(await store.readStream(DEPRECIATION_LEDGER_STREAM)).chargedUpTo(ids.imported, current);
    expect(charged).toBeGreaterThan(0);
    await sys
      .http()
      .post(`/api/assets/${ids.imported}/corrections`)
      .set('authorization', `Bearer ${mgr}`)
      .send({ originalValueFen: 500_001, reason: '按评估报告更正原值' })
      .expect(200);
    await sys.projected();
    const now = (await sys.http().get(`/api/depreciation/assets/${ids.imported}`).set('authorization', `Bearer ${mgr}`).expect(200)).body;
    expect(now).toMatchObject({
      originalValueFen: 500_001,
      chargedFen: charged,
      accumulatedFen: 500_001,
      netBookValueFen: 0,
      excessFen: 500_000 + charged - 500_001,
    });
    expect(now.schedule.every((l: { netBookValueFen: number }) => l.netBookValueFen >= 0)).toBe(true);
  });

  it('the register and its summary show the ledger’s 累计折旧 and net book value, as the folded events and the depreciation read model do', async () => {
    await sys.projected();
    const store = sys.app.get<EventStore>(EVENT_STORE);
    const fold = new MonthlyChargeFold(await store.readStream(DEPRECIATION_LEDGER_STREAM));
    let nbv = 0;
    for (const key of ['computer', 'imported', 'relic', 'device']) {
      const card = (await sys.http().get(`/api/assets/${ids[key]}`).set('authorization', `Bearer ${mgr}`).expect(200)).body;
      const ledger = (await sys.http().get(`/api/depreciation/assets/${ids[key]}`).set('authorization', `Bearer ${mgr}`).expect(200)).body;
      const charged = fold.chargedUpTo(ids[key], current);
      const accumulated = Math.min(card.openingDepreciationFen + charged, card.originalValueFen);
      expect({
        key,
        charged: card.chargedDepreciationFen,
        accumulated: card.accumulatedDepreciationFen,
        nbv: card.netBookValueFen,
      }).toEqual({
        key,
        charged,
        accumulated,
        nbv: card.originalValueFen - accumulated,
      });
      expect({ accumulated: ledger.accumulatedFen, nbv: ledger.netBookValueFen }).toEqual({ accumulated, nbv: card.netBookValueFen });
      nbv += card.netBookValueFen;
    }
    expect(fold.chargedUpTo(ids.computer, current)).toBeGreaterThan(0);
    const rows = (await sys.http().get('/api/reports/register-summary').set('authorization', `Bearer ${mgr}`).expect(200)).body.rows as {
      departmentId: string;
      netBookValueFen: number;
    }[];
    expect(rows.filter((r) => r.departmentId === 'D-EDU').reduce((sum, r) => sum + r.netBookValueFen, 0)).toBe(nbv);
  });

  it('a 5,000-row table loads over HTTP; one whose event would pass the 900 KiB limit is refused 400 with nothing written', async () => {
    const prefixes = Array.from({ length: 5000 }, (_, i) => `A${10 + Math.floor(i / 99)}${String((i % 99) + 1).padStart(2, '0')}`);
    const loadTable = (rows: object[]) =>
      sys
        .http()
        .post('/api/depreciation/life-tables')
        .set('authorization', `Bearer ${fin}`)
        .send({ effectiveFrom: addMonths(current, 24), rows, source: '区财政局 折旧年限表', reason: '区财发〔2026〕11号' });
    const events = await sys.countEvents();
    // 920 KB of JSON (under the route's 1 MiB body limit) makes a 985 KB event: over 900 KiB.
    const tooLarge = await loadTable(
      prefixes.map((prefix) => ({ prefix, name: '专用设备'.repeat(7), basis: '区财发〔2026〕9号 附表'.repeat(2) })),
    );
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body).toMatchObject({ code: 'LIFE_TABLE_TOO_LARGE', details: { limitBytes: 900 * 1024, rows: 5000 } });
    expect(await sys.countEvents()).toBe(events);
    const loaded = await loadTable(prefixes.map((prefix) => ({ prefix, name: '通用设备', years: 10, basis: '财会〔2017〕4号' })));
    expect(loaded.status).toBe(201);
    expect(loaded.body).toMatchObject({ effectiveFrom: addMonths(current, 24), replayed: false });
  });

  it('once the current month has ended, the scheduled close closes it (and nothing more)', async () => {
    const job = sys.app.get(MonthlyDepreciationCloseJob);
    const nextMonthStart = new Date(`${addMonths(current, 1)}-01T01:00:00+08:00`);
    expect(await job.run(nextMonthStart)).toEqual([current]);
    expect(await job.run(nextMonthStart)).toEqual([]);
  });

  it("a close's fold keeps only the ledger events of the command it answers, not every month's charges", async () => {
    const source = sys.app.get(DepreciationLedgerSource);
    const ledger = await sys.app.get<EventStore>(EVENT_STORE).readStream(DEPRECIATION_LEDGER_STREAM);
    const commandId = String(ledger.find((e) => e.type === 'depreciation.month-closed.v1')?.metadata.commandId);
    const [all, mine] = await Promise.all([source.loadWithAssets(), source.loadWithAssets(commandId)]);
    expect(all.ledgerEvents.map((e) => e.id)).toEqual(ledger.map((e) => e.id));
    expect(mine.ledgerEvents.length).toBeGreaterThan(0);
    expect(mine.ledgerEvents.length).toBeLessThan(ledger.length);
    expect(mine.ledgerEvents.every((e) => e.metadata.commandId === commandId)).toBe(true);
    // The revision a close appends at is the ledger's last, whichever events are kept; the books are the same.
    expect([mine.revision, all.revision]).toEqual([ledger[ledger.length - 1].revision, ledger[ledger.length - 1].revision]);
    expect([...mine.state.assets.values()]).toEqual([...all.state.assets.values()]);
  });
});
