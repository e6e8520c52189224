import { randomUUID } from 'node:crypto';
import { AccessDeniedError } from '@eventstore/db-client';
import { EventStoreDbEventStore, NewEvent, RecordedEvent, SubscriptionRefusedError } from '@app/event-store';
import { EsdbEmulator } from '@test/esdb-emulator/esdb-emulator';
import { testEvent } from '@test/support/test-events';

// A secure node (TLS, users, default ACLs): $all is for $admins only. These record what the backend does when the
// configured user lacks that right. Emulator only: users cannot be made on a shared server by a test.
const event = (n: number): NewEvent => testEvent('acl.v1', { n });

describe('EventStoreDB backend on a secure node', () => {
  let emulator: EsdbEmulator;
  let admin: EventStoreDbEventStore;
  let clerk: EventStoreDbEventStore;
  const stream = (label: string) => `acl${randomUUID().slice(0, 8)}-${label}`;

  beforeAll(async () => {
    emulator = await new EsdbEmulator({ secure: true }).start();
    emulator.addUser('clerk', 'clerk-password');
    admin = new EventStoreDbEventStore(emulator.connectionString);
    clerk = new EventStoreDbEventStore(emulator.connectionStringAs('clerk', 'clerk-password'));
  });
  afterAll(async () => {
    await admin.close();
    await clerk.close();
    await emulator.stop();
  });

  it('an admin appends over TLS with credentials (BatchAppend) and reads $all', async () => {
    const s = stream('admin');
    const before = emulator.appends.batchAppend;
    await admin.append(s, [event(0)], 'no_stream');
    expect(emulator.appends.batchAppend).toBe(before + 1);
    expect((await admin.readAll({ streamPrefixes: [s] })).map((e) => e.data.n)).toEqual([0]);
  });

  it('a user outside $admins writes and reads its streams but gets AccessDeniedError on $all', async () => {
    const s = stream('clerk');
    await clerk.append(s, [event(1)], 'no_stream');
    expect(await clerk.readStream(s)).toHaveLength(1);
    await expect(clerk.readAll({ streamPrefixes: [s] })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(clerk.headPosition()).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('a subscription to $all without the right ends with SubscriptionRefusedError after one refusal', async () => {
    const before = emulator.denied;
    const subscription = clerk.subscribeToAll();
    const seen: RecordedEvent[] = [];
    await expect(
      (async () => {
        for await (const e of subscription) seen.push(e);
      })(),
    ).rejects.toBeInstanceOf(SubscriptionRefusedError);
    await subscription.close();
    expect(seen).toEqual([]);
    expect(emulator.denied - before).toBe(1);
  });

  it('a wrong password is refused as AccessDeniedError', async () => {
    const intruder = new EventStoreDbEventStore(emulator.connectionStringAs('clerk', 'wrong'));
    try {
      await expect(intruder.append(stream('intruder'), [event(3)], 'no_stream')).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(intruder.readStream(stream('intruder'))).rejects.toBeInstanceOf(AccessDeniedError);
    } finally {
      await intruder.close();
    }
  });
});
