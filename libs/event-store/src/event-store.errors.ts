import { ExpectedRevision } from './event-store.port';

/** Raised when the stream is not at the revision the writer decided on. Maps to HTTP 409. */
export class WrongExpectedVersionError extends Error {
  readonly code = 'WRONG_EXPECTED_VERSION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Stream ${streamId} is at ${String(actual)}, expected ${String(expected)}`);
  }
}

/** Raised when a retry re-sends event ids that were written with different content or position. */
export class IdempotencyConflictError extends Error {
  readonly code = 'IDEMPOTENCY_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`Event ${eventId} already exists in ${streamId} at a different place`);
  }
}

/**
 * The store could not be reached or did not answer in time, and retrying did not help (for now): no leader, node
 * unavailable, deadline passed, connection refused or cut. Whether a write landed is not known; the same command
 * may be sent again (with the same command id its event ids make that safe). Maps to HTTP 503 with Retry-After.
 */
export class EventStoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(readonly reason: string) {
    super(`the event store is unavailable: ${reason}`);
  }
}

/**
 * The store refused a subscription for a reason that will not pass by itself: the user may not read $all, the
 * position does not exist, the stream was deleted. Following again is pointless until an operator acts.
 */
export class SubscriptionRefusedError extends Error {
  readonly code = 'SUBSCRIPTION_REFUSED';
  constructor(readonly reason: string) {
    super(`the event store refused the subscription: ${reason}`);
  }
}
