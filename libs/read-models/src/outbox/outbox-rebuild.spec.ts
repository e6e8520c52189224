import { CryptoSuite } from '@app/crypto';
import { EventStore } from '@app/event-store';
import { ReadModelRebuilder } from '../rebuild/read-model-rebuilder';

describe('a read-model rebuild and the outbox', () => {
  it('given a rebuild, then the outbox, channel choices and unit webhooks are not among the tables it replaces', async () => {
    const rebuilder = new ReadModelRebuilder({} as EventStore, 'postgres://unused', {} as CryptoSuite);
    const tables = await rebuilder.tables();
    expect(tables).toContain('inbox_notifications');
    for (const kept of ['outbox_messages', 'notification_preferences', 'department_webhooks']) expect(tables).not.toContain(kept);
  });
});
