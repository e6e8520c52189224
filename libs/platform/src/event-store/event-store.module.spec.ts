import { Logger } from '@nestjs/common';
import { AccessDeniedError } from '@eventstore/db-client';
import { EventStore, EventStoreUnavailableError } from '@app/event-store';
import { EventStoreModule } from './event-store.module';

const storeWhoseHead = (backend: EventStore['backend'], head: () => Promise<null>) =>
  ({ backend, headPosition: head }) as unknown as EventStore;
const denied = () => Promise.reject(Object.assign(Object.create(AccessDeniedError.prototype) as Error, { message: 'Access denied' }));

describe('start-up check of the EventStoreDB user', () => {
  it('given a user that may not read $all, when the app starts, then it stops in one line saying what to grant', async () => {
    const start = new EventStoreModule(storeWhoseHead('eventstoredb', denied)).onModuleInit();
    await expect(start).rejects.toThrow(
      'the EventStoreDB user in EVENTSTORE_CONNECTION_STRING cannot read $all (Access denied): make it a member of $admins or grant it read on $all',
    );
  });

  it('given a server that is down for now, when the app starts, then it goes on and says so', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const down = () => Promise.reject(new EventStoreUnavailableError('connect ECONNREFUSED'));
    await expect(new EventStoreModule(storeWhoseHead('eventstoredb', down)).onModuleInit()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('EventStoreDB not reachable at start-up'));
  });

  it('given the PostgreSQL backend, when the app starts, then nothing is asked', async () => {
    const head = jest.fn(denied);
    await new EventStoreModule(storeWhoseHead('postgres', head)).onModuleInit();
    expect(head).not.toHaveBeenCalled();
  });
});
