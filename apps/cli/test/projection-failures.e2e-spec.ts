import { randomUUID } from 'node:crypto';
import { comparePositions, EVENT_STORE, EventStore, formatPosition } from '@app/event-store';
import { startTestSystem, TestSystem } from '@test/support/test-app';
import { run } from '../src/main';

/**
 * An event the asset register cannot apply (a correction setting the name to null, stored
 * directly, as the HTTP layer and the decider now refuse it) must not stop the system: the other
 * read models advance, health names the failure, and the operator fixes forward and moves on.
 */
describe('a read model that meets an event it cannot apply', () => {
  let sys: TestSystem;
  let store: EventStore;
  const token: Record<string, string> = {};
  const lines: string[] = [];
  const cli = async (...args: string[]) => {
    lines.length = 0;
    return run(args, (line) => lines.push(line));
  };
  const card = (assetNo: string) => ({
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
  });
  const post = (path: string, body: object) => sys.http().post(path).set('authorization', `Bearer ${token['mgr-sch1']}`).send(body);
  const get = (path: string) => sys.http().get(path).set('authorization', `Bearer ${token['mgr-sch1']}`);
  const checkpoint = async (name: string) =>
    (
      await sys.query<{ c: string }>(`SELECT commit_position || '/' || prepare_position AS c FROM projection_checkpoints WHERE name = $1`, [
        name,
      ])
    )[0].c;
  async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    sys = await startTestSystem();
    store = sys.app.get<EventStore>(EVENT_STORE);
    token['mgr-sch1'] = await sys.tokenFor('mgr-sch1');
  });
  afterAll(() => sys.close());

  it('holds only that read model, names the failure, and resumes when the operator fixes forward and skips it', async () => {
    const first = (await post('/api/assets', card('HELD-1')).expect(201)).body.assetId as string;
    await sys.projected();
    const revision = BigInt((await get(`/api/assets/${first}`).expect(200)).body.revision);

    // The poison event, stored directly: what the correction with a null name used to store.
    const poisonId = randomUUID();
    await store.append(
      `asset-${first}`,
      [
        {
          id: poisonId,
          type: 'asset.corrected.v1',
          data: { assetId: first, previous: { name: '投影仪' }, corrected: { name: null }, reason: '空值' },
          metadata: {
            actorId: 'mgr-sch1',
            actorRole: 'asset_manager',
            departmentId: 'D-SCH1',
            correlationId: poisonId,
            causationId: poisonId,
            occurredAt: new Date().toISOString(),
          },
        },
      ],
      revision,
    );
    const second = (await post('/api/assets', card('HELD-2')).expect(201)).body.assetId as string;
    const head = formatPosition((await store.headPosition())!);

    // The other read models go on to the head; the register holds just before the poison event.
    await until(async () => (await checkpoint('audit_log')) === head && (await checkpoint('marketplace')) === head, 'other read models');
    await until(
      async () => (await cli('projection-failures')) === 0 && lines.some((l) => l.includes(poisonId)),
      'the failure to be recorded',
    );
    expect(lines[0]).toMatch(new RegExp(`^HELD asset_register at asset.corrected.v1 ${poisonId} \\(asset-${first}, position \\d+/\\d+\\)`));
    const [held, last] = [await checkpoint('asset_register'), head].map((p) => p.split('/').map(BigInt));
    expect(comparePositions({ commit: held[0], prepare: held[1] }, { commit: last[0], prepare: last[1] })).toBeLessThan(0);
    const ready = await sys.http().get('/api/health/ready').expect(200);
    expect(ready.body.status).toBe('degraded');
    const register = ready.body.projections.find((p: { name: string }) => p.name === 'asset_register');
    expect(register).toMatchObject({ caughtUp: false, failure: { eventId: poisonId, eventType: 'asset.corrected.v1' } });
    expect(register.failure.error).toMatch(/null/i);
    expect(ready.body.projections.find((p: { name: string }) => p.name === 'audit_log')).toMatchObject({ caughtUp: true, failure: null });
    // The API still serves: reads of other read models, and commands.
    await get('/api/marketplace').expect(200);
    await get(`/api/assets/${second}`).expect(404); // not in the held register yet

    // A retry (as after deploying a fix) tries the event again; it still cannot apply, so the count goes up and it stays held.
    expect(await cli('projection-failures', '--retry', 'asset_register')).toBe(0);
    await until(async () => {
      const [row] = await sys.query<{ attempts: number }>('SELECT attempts FROM projection_failures WHERE resolved_at IS NULL');
      return row.attempts >= 2;
    }, 'the retry');
    expect(await cli('projection-failures', '--retry', 'marketplace')).toBe(1);

    // Fix forward: a correction that states the right name (the decider folds the bad event without trouble).
    await post(`/api/assets/${first}/corrections`, { name: '投影仪（更正）', reason: '修复空名称' }).expect(200);
    // A skip naming the wrong event is refused; the right one moves the register on.
    expect(
      await cli('projection-failures', '--skip', 'asset_register', '--event', randomUUID(), '--by', 'ops-1').catch((e: Error) => e.message),
    ).toMatch(/held at event/);
    expect(await cli('projection-failures', '--skip', 'asset_register', '--event', poisonId, '--by', 'ops-1')).toBe(0);
    expect(lines[0]).toContain(`asset_register moved past asset.corrected.v1 ${poisonId}`);
    await sys.projected();

    expect((await get(`/api/assets/${first}`).expect(200)).body.name).toBe('投影仪（更正）');
    await get(`/api/assets/${second}`).expect(200);
    const after = await sys.http().get('/api/health/ready').expect(200);
    expect(after.body).toMatchObject({ status: 'ok', failures: [] });
    await cli('projection-failures', '--all');
    expect(lines[0]).toMatch(new RegExp(`^SKIPPED by ops-1 asset_register at asset.corrected.v1 ${poisonId}`));
    expect(lines[1]).toBe('no read model is held');
  });
});
