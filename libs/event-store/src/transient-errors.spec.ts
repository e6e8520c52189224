import {
  AccessDeniedError,
  DeadlineExceededError,
  InvalidArgumentError,
  NotLeaderError,
  UnavailableError,
  UnknownError,
} from '@eventstore/db-client';
import { WrongExpectedVersionError } from './event-store.errors';
import { isPermanentSubscriptionError, isTransientStoreError } from './transient-errors';

// The client's errors are made from gRPC service errors; their class is all that is classified here.
const clientError = <T extends object>(kind: { prototype: T }): T => Object.create(kind.prototype) as T;
const pgError = (code: string) => Object.assign(new Error(code), { code });
const unknown = (message: string) => Object.assign(clientError(UnknownError), { message });

describe('event store errors sorted', () => {
  it.each([
    ['no leader (election under way)', clientError(NotLeaderError)],
    ['node unavailable', clientError(UnavailableError)],
    ['deadline passed', clientError(DeadlineExceededError)],
    ['node not ready (BatchAppend, unnamed by the client)', unknown('Could not recognize Server Is Not Ready')],
    ['connection refused', pgError('ECONNREFUSED')],
    ['server shutting down', pgError('57P01')],
    ['connection failure', pgError('08006')],
    ['too many connections', pgError('53300')],
  ])('%s passes: tried again', (_what, error) => {
    expect(isTransientStoreError(error)).toBe(true);
    expect(isPermanentSubscriptionError(error)).toBe(false);
  });

  it.each([
    ['access denied', clientError(AccessDeniedError)],
    ['invalid argument (position)', clientError(InvalidArgumentError)],
    ['invalid position (unnamed by the client)', unknown('Trying to read from an invalid position.')],
  ])('%s does not pass: a subscription stops and says why', (_what, error) => {
    expect(isPermanentSubscriptionError(error)).toBe(true);
    expect(isTransientStoreError(error)).toBe(false);
  });

  it.each([
    ['wrong expected version', new WrongExpectedVersionError('s', 1n, 2n)],
    ['unique violation', pgError('23505')],
    ['a plain error', new Error('boom')],
    ['another unknown answer', unknown('something else')],
  ])('%s is neither', (_what, error) => {
    expect(isTransientStoreError(error)).toBe(false);
    expect(isPermanentSubscriptionError(error)).toBe(false);
  });
});
