import { allProjections } from '@app/read-models/projections';
import { internationalSuite } from '@app/crypto';
import { startTestSystem, TestSystem } from '@test/support/test-app';

const TOKEN = 'metrics-token-0123456789';
const card = (assetNo: string) => ({
  assetNo,
  departmentId: 'D-EDU',
  name: '台式计算机',
  categoryCode: 'A02000000',
  custodian: '张三',
  location: '行政楼302室',
  acquiredOn: '2023-05-10',
  originalValueFen: 499900,
  quantity: 1,
  unit: '台',
  condition: 'good',
});

/** The value of one sample of the exposition text, by its name and labels as written. */
function sample(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

describe('Prometheus metrics at /api/metrics', () => {
  let sys: TestSystem;
  let manager: string;

  beforeAll(async () => {
    sys = await startTestSystem({ env: { METRICS_TOKEN: TOKEN } });
    manager = await sys.tokenFor('mgr-edu');
  });
  afterAll(() => sys.close());

  const scrape = async () => (await sys.http().get('/api/metrics').set('authorization', `Bearer ${TOKEN}`).expect(200)).text;
  const post = (path: string, body: object) => sys.http().post(path).set('authorization', `Bearer ${manager}`).send(body);

  it('asks for the token when one is set', async () => {
    const refused = await sys.http().get('/api/metrics').expect(401);
    expect(refused.body.code).toBe('METRICS_TOKEN_REQUIRED');
    await sys.http().get('/api/metrics').set('authorization', 'Bearer wrong-token-0123456789').expect(401);
  });

  it('counts commands by type and outcome, appends, conflicts, and shows every read model fed and caught up', async () => {
    const before = await scrape();
    const ok = (text: string) => sample(text, 'warehouse_commands_total{command="RegisterAsset",outcome="ok"}') ?? 0;
    const appends = (text: string) => sample(text, 'warehouse_event_store_append_duration_seconds_count{backend="postgres"}') ?? 0;

    const { body } = await post('/api/assets', card('JY-METRIC-1')).expect(201);
    await post('/api/assets', card('JY-METRIC-2')).expect(201);
    // A taken asset number is the domain's "no": counted under its kind.
    await post('/api/assets', card('JY-METRIC-1')).expect(409);
    // A stale If-Match is a conflict the client pinned.
    await post(`/api/assets/${body.assetId}/relocations`, { location: '档案室B' }).set('if-match', '"7"').expect(409);
    await sys.projected();

    const after = await scrape();
    expect(after).toContain('# TYPE warehouse_command_duration_seconds histogram');
    expect(ok(after) - ok(before)).toBe(2);
    expect(sample(after, 'warehouse_commands_total{command="RegisterAsset",outcome="conflict"}')).toBe(1);
    expect(sample(after, 'warehouse_command_conflicts_total')).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'warehouse_commands_total{command="RelocateAsset",outcome="conflict"}')).toBe(1);
    expect(appends(after) - appends(before)).toBeGreaterThanOrEqual(2);
    expect(sample(after, 'warehouse_process_resident_memory_bytes')).toBeGreaterThan(0);
    for (const projection of allProjections(internationalSuite)) {
      expect(sample(after, `warehouse_projection_lag_events{read_model="${projection.name}"}`)).toBe(0);
      expect(sample(after, `warehouse_projection_fed{read_model="${projection.name}"}`)).toBe(1);
      expect(sample(after, `warehouse_projection_held{read_model="${projection.name}"}`)).toBe(0);
      expect(sample(after, `warehouse_projection_stopped{read_model="${projection.name}"}`)).toBe(0);
    }
    // Nobody chose an outbound channel: nothing waits, nothing was given up.
    expect(sample(after, 'warehouse_outbox_messages{status="pending"}')).toBe(0);
    expect(sample(after, 'warehouse_outbox_messages{status="dead"}')).toBe(0);
  });

  it('fails readiness, naming the read model and why, while its projector cannot follow the store', async () => {
    await sys.http().get('/api/health/ready').expect(200);
    await sys.query(
      `UPDATE projection_checkpoints SET stopped_reason = 'Access denied to $all', stopped_at = now() WHERE name = 'marketplace'`,
    );
    try {
      const ready = await sys.http().get('/api/health/ready').expect(503);
      expect(ready.body).toMatchObject({ code: 'NOT_READY', detail: 'read model marketplace stopped: Access denied to $all' });
      expect(sample(await scrape(), 'warehouse_projection_stopped{read_model="marketplace"}')).toBe(1);
    } finally {
      await sys.query(`UPDATE projection_checkpoints SET stopped_reason = NULL, stopped_at = NULL WHERE name = 'marketplace'`);
    }
    await sys.http().get('/api/health/ready').expect(200);
  });
});
