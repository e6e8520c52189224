import {
  AccessDeniedError,
  DeadlineExceededError,
  InvalidArgumentError,
  NotFoundError,
  NotLeaderError,
  StreamDeletedError,
  TimeoutError,
  UnavailableError,
  UnsupportedError,
} from '@eventstore/db-client';
import { EventStoreUnavailableError } from './event-store.errors';

/** Network errors and PostgreSQL's "connection" (08xxx), "server shutting down" (57P01–03) and "too many connections" (53300). */
const TRANSIENT_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const TRANSIENT_SQLSTATE = /^(08...|57P0[123]|53300)$/;

/**
 * A failure that may pass if the call is made again: the node is not the leader (an election is under way),
 * unavailable, or out of time; the connection was refused or cut. Refusals (wrong expected version, access
 * denied, a deleted stream, bad input) are not.
 */
export function isTransientStoreError(error: unknown): boolean {
  if (error instanceof EventStoreUnavailableError) return true;
  if (error instanceof NotLeaderError || error instanceof UnavailableError || error instanceof DeadlineExceededError) return true;
  if (error instanceof TimeoutError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string')
    return /Connection terminated|timeout exceeded when trying to connect/i.test((error as Error)?.message ?? '');
  return TRANSIENT_NETWORK.has(code) || TRANSIENT_SQLSTATE.test(code);
}

/**
 * A subscription failure no retry will mend: access denied ($all is readable by $admins unless the ACL says
 * otherwise), a position or argument the server rejects, a deleted stream, an operation the server lacks.
 */
export function isPermanentSubscriptionError(error: unknown): boolean {
  return [AccessDeniedError, InvalidArgumentError, NotFoundError, StreamDeletedError, UnsupportedError].some(
    (kind) => error instanceof kind,
  );
}
