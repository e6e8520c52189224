import { Client } from 'pg';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { run } from '../src/main';

/**
 * The tamper check judges only what the audit log has hashed. Every auditor read appends an event,
 * so the check's own previous call, concurrent reads and commands in flight are always ahead of
 * the log for a moment: none of them may be reported as tampering.
 */
describe('tamper verification while events are still arriving', () => {
  let sys: TestSystem;
  const token: Record<string, string> = {};
  let n = 0;

  beforeAll(async () => {
    sys = await startTestSystem();
    for (const user of ['mgr-sch1', 'auditor']) token[user] = await sys.tokenFor(user);
    for (let i = 0; i < 3; i++) await register();
    await sys.projected();
  });
  afterAll(() => sys.close());

  const verification = () => sys.http().get('/api/audit/verification').set('authorization', `Bearer ${token.auditor}`);
  const register = () =>
    sys
      .http()
      .post('/api/assets')
      .set('authorization', `Bearer ${token['mgr-sch1']}`)
      .send({
        assetNo: `PEND-${++n}`,
        departmentId: 'D-SCH1',
        name: '投影仪',
        categoryCode: 'A02000000',
        custodian: '王五',
        location: '教学楼',
        acquiredOn: '2022-03-01',
        originalValueFen: 350000,
        quantity: 1,
        unit: '台',
        condition: 'good',
      })
      .expect(201);

  /**
   * Holds the projectors' checkpoint rows, so their batches wait: new events stay unhashed until released.
   * A table lock, not a row lock: it takes no transaction id, so it does not hold back the event store's
   * high-water mark and the new events stay readable (only not yet hashed).
   */
  async function holdAuditLog(): Promise<() => Promise<void>> {
    const holder = new Client({ connectionString: sys.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`LOCK TABLE projection_checkpoints IN EXCLUSIVE MODE`);
    return async () => {
      await holder.query('ROLLBACK');
      await holder.end();
    };
  }

  it('given events the audit log has not hashed yet, when the check runs twice in a row, then both calls find history intact', async () => {
    const release = await holdAuditLog();
    try {
      await register();
      const first = (await verification().expect(200)).body;
      const second = (await verification().expect(200)).body;
      expect(first).toMatchObject({ ok: true, firstProblem: null });
      expect(second).toMatchObject({ ok: true, firstProblem: null, eventsChecked: first.eventsChecked });
      // The registration, then also the first call's own read event, are waiting for the log.
      expect(first.notYetLogged).toBeGreaterThanOrEqual(1);
      expect(second.notYetLogged).toBe(first.notYetLogged + 1);

      const lines: string[] = [];
      expect(await run(['audit-verify'], (line) => lines.push(line))).toBe(0);
      expect(lines).toContain(`${second.notYetLogged + 1} newer event(s) not hashed by the audit log yet: not judged`);
      expect(lines.at(-1)).toBe('history is intact');
    } finally {
      await release();
    }
    await sys.projected();
    const caughtUp = (await verification().expect(200)).body;
    expect(caughtUp).toMatchObject({ ok: true, notYetLogged: 0 });
    expect(caughtUp.eventsChecked).toBe((await sys.countEvents()) - 1);
  });

  it('raises no alarm under concurrent reads, commands and tree heads', async () => {
    const signHead = () => sys.http().post('/api/audit/tree-heads').set('authorization', `Bearer ${token.auditor}`);
    for (let round = 0; round < 4; round++) {
      const [checks] = await Promise.all([
        Promise.all([1, 2, 3, 4, 5].map(() => verification().expect(200))),
        register(),
        register(),
        signHead(),
      ]);
      for (const res of checks) expect(res.body).toMatchObject({ ok: true, firstProblem: null });
    }
  });

  it('still names an event altered within the checkpoint', async () => {
    await sys.projected();
    const [victim] = await sys.query<{ event_id: string }>(
      `SELECT event_id FROM event_store.events WHERE event_type = 'asset.registered.v1' ORDER BY global_position DESC LIMIT 1`,
    );
    await sys.query(`UPDATE event_store.events SET data = jsonb_set(data, '{name}', '"改过的名字"') WHERE event_id = $1`, [
      victim.event_id,
    ]);
    expect((await verification().expect(200)).body).toMatchObject({
      ok: false,
      firstProblem: { kind: 'altered', eventId: victim.event_id },
    });
  });
});
