import { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { internationalSuite } from '@app/crypto';
import { PostgresEventStore } from '@app/event-store';
import { allProjections } from '@app/read-models/projections';
import { CHECKPOINTS_WITH_LEASE_HOLDERS_SQL } from '@app/read-models/checkpoints/projection-leases.sql';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { createTestDatabase } from '@test/support/test-database';
import { assertProjectorBuilt, kill, startProjector, until, writeAssetHistory } from './projector-processes';

const READ_MODELS = allProjections(internationalSuite).length;

describe('one active projector per read model across instances', () => {
  let url: string;
  let store: PostgresEventStore;
  let sql: Client;
  const running: ChildProcess[] = [];

  beforeAll(async () => {
    assertProjectorBuilt();
    url = await createTestDatabase('lease');
    store = new PostgresEventStore({ connectionString: url });
    sql = new Client({ connectionString: url });
    await sql.connect();
  });
  afterAll(async () => {
    await Promise.all(running.map(kill));
    await sql.end();
    await store.close();
  });

  /** Read model → pid of the projector process holding its lease (null: nobody feeds it). */
  async function holders(): Promise<Map<string, number | null>> {
    const { rows } = await sql.query<{ name: string; lease_holder: string | null }>(CHECKPOINTS_WITH_LEASE_HOLDERS_SQL);
    return new Map(rows.map((r) => [r.name, r.lease_holder === null ? null : Number(/ pid (\d+)$/.exec(r.lease_holder)?.[1])]));
  }

  async function everyReadModelAt(total: number): Promise<boolean> {
    const { rows } = await sql.query<{ n: string | null; k: string }>(
      'SELECT min(events_applied) AS n, count(*) AS k FROM projection_checkpoints',
    );
    return Number(rows[0].k) === READ_MODELS && Number(rows[0].n) === total;
  }

  const totalEvents = async () => Number((await sql.query<{ n: string }>('SELECT count(*) AS n FROM event_store.events')).rows[0].n);

  async function allHeldBy(pids: readonly number[]): Promise<boolean> {
    const held = await holders();
    return held.size === READ_MODELS && [...held.values()].every((pid) => pid !== null && pids.includes(pid));
  }

  function start(): ChildProcess {
    const child = startProjector(url);
    running.push(child);
    return child;
  }

  it('hands each read model over to a standby when its holder is killed, from three instances down to one', async () => {
    await writeAssetHistory(store, 0, 120);
    const three = [start(), start(), start()];
    const pids = three.map((c) => c.pid!);
    await until(async () => (await everyReadModelAt(await totalEvents())) && (await allHeldBy(pids)), 'three instances to project', 60_000);

    // Every read model has exactly one feeder: a lease is a lock, two holders cannot both show up.
    const first = await holders();
    const busiest = three.reduce((a, b) =>
      [...first.values()].filter((p) => p === a.pid).length >= [...first.values()].filter((p) => p === b.pid).length ? a : b,
    );
    await kill(busiest);
    const two = three.filter((c) => c !== busiest).map((c) => c.pid!);
    await writeAssetHistory(store, 120, 160);
    await until(async () => (await allHeldBy(two)) && (await everyReadModelAt(await totalEvents())), 'the two left to take over', 60_000);
    for (const pid of (await holders()).values()) expect(pid).not.toBe(busiest.pid);

    // One more goes: the last instance feeds every read model.
    const [gone, last] = two;
    await kill(three.find((c) => c.pid === gone)!);
    await writeAssetHistory(store, 160, 200);
    await until(
      async () => (await allHeldBy([last])) && (await everyReadModelAt(await totalEvents())),
      'the last one to take over',
      60_000,
    );

    // A newcomer stands by while the holder lives: it takes nothing, even as new events arrive.
    const newcomer = start();
    await writeAssetHistory(store, 200, 220);
    await until(async () => everyReadModelAt(await totalEvents()), 'the holder to project the new events', 60_000);
    expect([...(await holders()).values()]).toEqual(Array(READ_MODELS).fill(last));
    expect(newcomer.exitCode).toBeNull();

    // Every event applied exactly once whoever applied it: the read models equal a replay from scratch.
    const rebuilder = new ReadModelRebuilder(store, url, internationalSuite);
    const shadow = await rebuilder.buildShadow();
    expect(await rebuilder.compare(shadow.schema)).toEqual([]);
    await rebuilder.drop(shadow.schema);
  }, 240_000);
});
