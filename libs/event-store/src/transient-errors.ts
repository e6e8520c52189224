import {
  AccessDeniedError,
  DeadlineExceededError,
  InvalidArgumentError,
  NotFoundError,
  NotLeaderError,
  StreamDeletedError,
  TimeoutError,
  UnavailableError,
  UnknownError,
  UnsupportedError,
} from '@eventstore/db-client';
import { EventStoreUnavailableError } from './event-store.errors';

/** Network errors and PostgreSQL's "connection" (08xxx), "server shutting down" (57P01–03) and "too many connections" (53300). */
const TRANSIENT_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const TRANSIENT_SQLSTATE = /^(08...|57P0[123]|53300)$/;
/** BatchAppend on a node still starting: a status without detail the client cannot name (Streams.BatchAppend.cs, NotReady). */
const NOT_READY = /Server Is Not Ready/i;
/** A $all read from where no record starts: InvalidArgument without an `exception` trailer (StorageReaderWorker.All.cs). */
const INVALID_POSITION = /invalid position/i;

/**
 * A failure that may pass if the call is made again: the node is not the leader (an election is under way),
 * unavailable, or out of time; the connection was refused or cut. Refusals (wrong expected version, access
 * denied, a deleted stream, bad input) are not.
 */
export function isTransientStoreError(error: unknown): boolean {
  if (error instanceof EventStoreUnavailableError) return true;
  if (error instanceof NotLeaderError || error instanceof UnavailableError || error instanceof DeadlineExceededError) return true;
  if (error instanceof TimeoutError) return true;
  // Client 6.2.1 has no class for these two server answers and raises UnknownError with the server's words.
  if (error instanceof UnknownError) return NOT_READY.test(error.message);
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
  if (error instanceof UnknownError) return INVALID_POSITION.test(error.message);
  return [AccessDeniedError, InvalidArgumentError, NotFoundError, StreamDeletedError, UnsupportedError].some(
    (kind) => error instanceof kind,
  );
}
