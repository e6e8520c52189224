import { Logger } from '@nestjs/common';
import { ArgumentsHost } from '@nestjs/common';
import { EventStore, EventStoreUnavailableError, WrongExpectedVersionError } from '@app/event-store';
import { DomainExceptionFilter } from '../http/domain-exception.filter';
import { retryingEventStore } from './retrying-event-store';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:2113'), { code: 'ECONNREFUSED' });
const shuttingDown = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
const appended = { nextExpectedRevision: 0n, position: { commit: 1n, prepare: 1n } };

/** A store whose appends fail with the given errors in turn, then succeed. */
function storeFailing(...failures: Error[]): { store: EventStore; calls: () => number } {
  let calls = 0;
  const store = {
    backend: 'eventstoredb',
    append: async () => {
      const failure = failures[calls++];
      if (failure) throw failure;
      return appended;
    },
  } as unknown as EventStore;
  return { store, calls: () => calls };
}

const POLICY = { attempts: 3, firstDelayMs: 1 };
const append = (store: EventStore) => retryingEventStore(store, POLICY).append('asset-1', [], 'no_stream');

describe('event store calls that fail for a passing reason', () => {
  it('given the store refuses twice, when appending, then the third call lands', async () => {
    const { store, calls } = storeFailing(refused(), shuttingDown());
    await expect(append(store)).resolves.toEqual(appended);
    expect(calls()).toBe(3);
  });

  it('given the store stays out of reach, when appending, then it is refused as unavailable after the attempts', async () => {
    const { store, calls } = storeFailing(refused(), refused(), refused(), refused());
    await expect(append(store)).rejects.toBeInstanceOf(EventStoreUnavailableError);
    expect(calls()).toBe(3);
  });

  it('given a refusal that is no accident (wrong expected version), when appending, then it is not tried again', async () => {
    const { store, calls } = storeFailing(new WrongExpectedVersionError('asset-1', 'no_stream', 0n));
    await expect(append(store)).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(calls()).toBe(1);
  });
});

describe('the HTTP answer to an unavailable store', () => {
  it('is 503 with Retry-After, the stable code and Chinese words', () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const headers: Record<string, string> = {};
    let status = 0;
    let body: Record<string, unknown> = {};
    const response = {
      headersSent: false,
      setHeader: (name: string, value: string) => (headers[name] = value),
      status: (code: number) => ((status = code), response),
      json: (value: Record<string, unknown>) => (body = value),
    };
    const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ headers: {} }) }) } as unknown as ArgumentsHost;
    new DomainExceptionFilter().catch(new EventStoreUnavailableError('no leader'), host);
    expect(status).toBe(503);
    expect(headers['Retry-After']).toBe('5');
    expect(body).toMatchObject({ code: 'STORE_UNAVAILABLE', message: '数据存储暂时不可用，本次操作未能确认完成，请稍后重试' });
  });
});
