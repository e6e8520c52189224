import { randomUUID } from 'node:crypto';
import { NotLeaderError } from '@eventstore/db-client';
import { EventStoreDbEventStore, NewEvent } from '@app/event-store';
import { EsdbEmulator } from '@test/esdb-emulator/esdb-emulator';
import { testEvent } from '@test/support/test-events';

const event = (n: number): NewEvent => testEvent('leader.v1', { n });

// Client 6.2.1 keeps the pending batch appends of the whole process in one map (batchAppend.js, `promiseBank`)
// and rejects all of them when any BatchAppend call fails: a NotLeader on one connection fails an append that is
// pending on another connection, to another server, whatever that server answers later.
describe('NotLeader on one EventStoreDB connection', () => {
  it('fails an append pending on another connection of the same process', async () => {
    const sick = await new EsdbEmulator().start();
    // The healthy node holds the write past the test (a long write timeout): its late answer never arrives.
    const healthy = await new EsdbEmulator({ writeTimeoutMs: 60_000 }).start();
    const a = new EventStoreDbEventStore(sick.connectionString);
    const b = new EventStoreDbEventStore(healthy.connectionString);
    try {
      await a.append(`warm-${randomUUID()}`, [event(0)], 'no_stream');
      await b.append(`warm-${randomUUID()}`, [event(0)], 'no_stream');
      healthy.injectFault('deadline');
      sick.injectFault('not_leader');
      const onHealthy = b.append(`other-${randomUUID()}`, [event(1)], 'no_stream');
      await new Promise((r) => setTimeout(r, 50));
      const onSick = a.append(`x-${randomUUID()}`, [event(1)], 'no_stream');
      await expect(onSick).rejects.toBeInstanceOf(NotLeaderError);
      await expect(onHealthy).rejects.toBeInstanceOf(NotLeaderError);
      // Both connections append again afterwards.
      await a.append(`after-${randomUUID()}`, [event(2)], 'no_stream');
      await b.append(`after-${randomUUID()}`, [event(2)], 'no_stream');
    } finally {
      await a.close();
      await b.close();
      await sick.stop();
      await healthy.stop();
    }
  });
});
