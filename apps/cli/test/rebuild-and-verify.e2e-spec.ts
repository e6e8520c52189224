import { internationalSuite } from '@app/crypto';
import { PostgresEventStore } from '@app/event-store';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { PRIVACY_NOTICE } from '@app/sharing';
import { Actor } from '@app/shared';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { run } from '../src/main';

const inHours = (h: number) => new Date(Math.ceil((Date.now() + h * 3600_000) / 3600_000) * 3600_000).toISOString();

describe('read models rebuilt from the events', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  const lines: string[] = [];
  const cli = async (...args: string[]) => {
    lines.length = 0;
    return run(args, (line) => lines.push(line));
  };

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'mgr-hosp1', 'staff-hosp1', 'mgr-edu', 'fin-approver', 'auditor'])
      token[user] = await sys.tokenFor(user);
  });
  afterAll(() => sys.close());

  const post = (path: string, who: string, body: object = {}) =>
    sys
      .http()
      .post(path)
      .set('authorization', `Bearer ${token[who] ?? who}`)
      .send(body);

  async function mixedHistory(): Promise<void> {
    const assets: string[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await post('/api/assets', 'mgr-sch1', {
        assetNo: `MIX-${i}`,
        departmentId: 'D-SCH1',
        name: `资产${i}`,
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
    for (const assetId of assets.slice(0, 8)) {
      await post(`/api/assets/${assetId}/listing`, 'mgr-sch1', {
        description: '闲置',
        condition: 'good',
        pickupLocation: '门卫室',
        advertiseUntil: inHours(72),
      }).expect(201);
    }
    for (const assetId of assets.slice(0, 3)) {
      const claim = await post(`/api/assets/${assetId}/listing/claims`, 'staff-hosp1', { justification: '需要' }).expect(201);
      const picked = await post(`/api/assets/${assetId}/listing/claims/${claim.body.claimId}/selection`, 'mgr-sch1').expect(200);
      await post(`/api/assets/${assetId}/transfers/${picked.body.transferId}/decisions`, 'mgr-edu', { approve: true }).expect(200);
      await post(`/api/assets/${assetId}/transfers/${picked.body.transferId}/decisions`, 'fin-approver', { approve: true }).expect(200);
      await post(`/api/assets/${assetId}/transfers/${picked.body.transferId}/handover`, 'mgr-sch1').expect(200);
      await post(`/api/assets/${assetId}/transfers/${picked.body.transferId}/handover`, 'mgr-hosp1', {
        custodian: '王医生',
        location: '门诊楼',
      }).expect(200);
    }
    await post(`/api/assets/${assets[4]}/listing/withdrawal`, 'mgr-sch1', { reason: '继续使用' }).expect(200);
    await post('/api/demands', 'staff-hosp1', { categoryCode: 'A02000000', quantity: 2, purpose: '门诊' }).expect(201);
    await post('/api/purchase-requests', 'mgr-hosp1', {
      categoryCode: 'A02000000',
      quantity: 1,
      estimatedValueFen: 50000,
      purpose: '采购',
      overrideReason: '型号不同',
    }).expect(201);
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
    for (let r = 0; r < 5; r++) {
      const resident: Actor = { userId: `resident-mix${r}`, role: 'resident', departmentId: null, displayName: 'r' };
      const t = await sys.tokenAs(resident);
      await post('/api/residents/me', t, { name: `居民${r}`, phone: `1380000000${r}` }).expect(200);
      await post('/api/residents/me/consent', t, { noticeVersion: PRIVACY_NOTICE.version }).expect(200);
      await post(`/api/spaces/${space.body.id}/bookings`, t, { slotStart: inHours(5) }).expect(201);
    }
    await post(`/api/spaces/${space.body.id}/blackouts`, 'mgr-sch1', { from: inHours(5), to: inHours(6), reason: '运动会' }).expect(201);
    await sys.http().get('/api/audit/timeline').set('authorization', `Bearer ${token.auditor}`).expect(200);
    await sys.projected();
  }

  it('rebuilds every read model to exactly the live rows, catches a corrupted row, and swaps a rebuild in while the projector runs', async () => {
    await mixedHistory();
    expect(await sys.countEvents()).toBeGreaterThan(100);

    expect(await cli('verify-read-models')).toBe(0);
    expect(lines.at(-1)).toBe('every read model equals a rebuild from the events');

    // A rebuild carries state from batch to batch (the audit log's frontier, assets whose streams began in an
    // earlier batch, rows held in memory until it finishes): with batches that split every asset's events, it
    // must still equal the live rows; and when the rows held in memory are capped at 3, so that rows are written
    // out early and read back, changed and written off after.
    const store = new PostgresEventStore({ connectionString: sys.databaseUrl });
    try {
      for (const [batchSize, heldRows] of [[1], [7], [7, 3], [1, 1]]) {
        const rebuilder = new ReadModelRebuilder(store, sys.databaseUrl, internationalSuite, undefined, batchSize, heldRows);
        const shadow = await rebuilder.buildShadow();
        const differences = await rebuilder.compare(shadow.schema);
        // Loaded with autovacuum off, the tables must be back under it (and logged: a crash must not empty them).
        const unsafe = await sys.query<{ relname: string }>(
          `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = $1 AND c.relkind IN ('r', 'i') AND (c.relpersistence <> 'p' OR c.reloptions IS NOT NULL)`,
          [shadow.schema],
        );
        await rebuilder.drop(shadow.schema);
        expect(unsafe).toEqual([]);
        expect({ batchSize, heldRows, differences }).toEqual({ batchSize, heldRows, differences: [] });
      }
    } finally {
      await store.close();
    }

    await sys.query(`UPDATE asset_register SET name = '篡改' WHERE asset_no = 'MIX-7'`);
    await sys.query(`DELETE FROM sharing_bookings WHERE booker_id = 'resident-mix0'`);
    expect(await cli('verify-read-models')).toBe(1);
    expect(lines.filter((l) => l.startsWith('DIFFERS')).map((l) => l.split(':')[0])).toEqual([
      'DIFFERS asset_register',
      'DIFFERS sharing_bookings',
    ]);

    expect(await cli('rebuild')).toBe(0);
    expect(lines[0]).toMatch(/^rebuilt \d+ events in .* and swapped in$/);
    const [row] = await sys.query<{ name: string }>(`SELECT name FROM asset_register WHERE asset_no = 'MIX-7'`);
    expect(row.name).toBe('资产7');
    // The swapped-in tables come analysed (statistics move with them): the planner knows them before the first search.
    const analysed = await sys.query<{ relname: string }>(
      `SELECT relname FROM pg_stat_user_tables WHERE schemaname = 'public' AND last_analyze IS NOT NULL AND relname = ANY($1) ORDER BY relname`,
      [['asset_register', 'search_items']],
    );
    expect(analysed.map((t) => t.relname)).toEqual(['asset_register', 'search_items']);

    // The running projector notices its checkpoint moved and carries on from the swapped-in one.
    await post('/api/assets', 'mgr-sch1', {
      assetNo: 'MIX-AFTER',
      departmentId: 'D-SCH1',
      name: '重建后登记',
      categoryCode: 'A02000000',
      custodian: '张三',
      location: '楼1',
      acquiredOn: '2021-01-01',
      originalValueFen: 1,
      quantity: 1,
      unit: '台',
      condition: 'good',
    }).expect(201);
    await sys.projected();
    expect(await sys.query(`SELECT 1 FROM asset_register WHERE asset_no = 'MIX-AFTER'`)).toHaveLength(1);
    expect(await cli('verify-read-models')).toBe(0);

    expect(await cli('audit-verify')).toBe(0);
    expect(lines.at(-1)).toBe('history is intact');

    expect(await cli('audit-tree-head')).toBe(0);
    const first = JSON.parse(lines[0]) as { treeSize: number };
    const [{ event_id }] = await sys.query<{ event_id: string }>('SELECT event_id FROM audit_log WHERE leaf_index = 3');
    expect(await cli('audit-proof', '--event', event_id)).toBe(0);
    expect(JSON.parse(lines[0])).toMatchObject({ eventId: event_id, leafIndex: 3, treeHead: { treeSize: first.treeSize } });
    await post('/api/demands', 'staff-hosp1', { categoryCode: 'A05000000', quantity: 1, purpose: '再来一条' }).expect(201);
    await sys.projected();
    expect(await cli('audit-tree-head')).toBe(0);
    const second = JSON.parse(lines[0]) as { treeSize: number };
    expect(await cli('audit-consistency', '--from', String(first.treeSize), '--to', String(second.treeSize))).toBe(0);
    expect(JSON.parse(lines[0]).proof.length).toBeGreaterThan(0);
  });
});
