import { DomainError, Decision, CommandContext } from '@app/shared';
import { IdempotencyKeyReusedError } from '../http/idempotency';
import { inspectInput } from '../http/input-guard';
import { AppendResult, EventMetadata, EventStore, eventIdFor, ExpectedRevision, WrongExpectedVersionError } from '@app/event-store';
import { commandConflicts, commandRetries, commandSeconds, commandsTotal } from '../observability/metrics';

export interface StreamDecider<C, E extends { type: string; data: object }, S> {
  decide(command: C, state: S): Decision<E>;
  evolve(state: S, event: E): S;
  initialState(): S;
}

/** Enough for a burst of concurrent claims on one listing; each retry re-reads and re-decides. */
const DEFAULT_MAX_RETRIES = 10;

export interface ExecuteOptions {
  /** The revision the client last saw (If-Match). When given, a mismatch is a conflict and is not retried. */
  readonly expectedRevision?: bigint;
  /** Re-decisions on a concurrent write when the client did not pin a revision. */
  readonly maxRetries?: number;
  /**
   * The stream is almost always new (a registration): decide on the empty state and append as a new
   * stream without reading it first; only if it exists after all is it read and the command decided on it.
   */
  readonly likelyNewStream?: boolean;
}

export interface ExecuteResult<E> {
  readonly events: readonly E[];
  readonly revision: bigint;
  readonly position: AppendResult['position'] | null;
  /** True when this command id had already been carried out: nothing new was written. */
  readonly replayed: boolean;
}

/** Raised when a decision would store text or numbers no reader can take back (a validation gap upstream). */
export class UnstorableEventError extends DomainError {
  readonly code = 'VALIDATION_FAILED';
  readonly kind = 'invalid';
}

/** Last line of defence: no event is stored with NUL, an unpaired surrogate, an unsafe number or runaway nesting in its data. */
function refuseUnstorable(events: readonly { type: string; data: object }[]): void {
  for (const event of events) {
    const [problem] = inspectInput(event.data, { nullAllowed: true });
    if (problem) throw new UnstorableEventError(`${problem.field}: ${problem.code}`, { field: problem.field, problem: problem.code });
  }
}

export function metadataFor(context: CommandContext): EventMetadata {
  return {
    actorId: context.actor.userId,
    actorRole: context.actor.role,
    departmentId: context.actor.departmentId,
    correlationId: context.correlationId,
    causationId: context.causationId,
    occurredAt: context.now.toISOString(),
    commandId: context.commandId,
    ...(context.requestFingerprint ? { requestFingerprint: context.requestFingerprint } : {}),
  };
}

/**
 * The whole of a command handler's work: load the stream, fold it, decide, append at the
 * revision that was read. A concurrent writer makes the append fail; the command is then decided
 * again on the new state (decide is pure, so this is safe) up to `maxRetries` times, with jittered backoff.
 */
export async function executeOnStream<C, E extends { type: string; data: object }, S>(
  store: EventStore,
  streamId: string,
  decider: StreamDecider<C, E, S>,
  command: C,
  context: CommandContext,
  options: ExecuteOptions = {},
): Promise<ExecuteResult<E>> {
  const done = commandSeconds.startTimer();
  let outcome = 'ok';
  try {
    return await decideAndAppend(store, streamId, decider, command, context, options);
  } catch (error: unknown) {
    outcome = error instanceof DomainError ? error.kind : error instanceof WrongExpectedVersionError ? 'conflict' : 'error';
    throw error;
  } finally {
    const labels = { command: commandTypeOf(command), outcome };
    done(labels);
    commandsTotal.inc(labels);
  }
}

/** Every command of this system is a tagged union member: its `kind` (or `type`) names it in the metrics. */
function commandTypeOf(command: unknown): string {
  const tag = (command as { kind?: unknown; type?: unknown } | null)?.kind ?? (command as { type?: unknown } | null)?.type;
  return typeof tag === 'string' ? tag : 'unknown';
}

async function decideAndAppend<C, E extends { type: string; data: object }, S>(
  store: EventStore,
  streamId: string,
  decider: StreamDecider<C, E, S>,
  command: C,
  context: CommandContext,
  options: ExecuteOptions,
): Promise<ExecuteResult<E>> {
  const maxRetries = options.expectedRevision === undefined ? (options.maxRetries ?? DEFAULT_MAX_RETRIES) : 0;
  const firstEventId = eventIdFor(context.commandId, 0);
  // Only with a command id drawn for this request: a retried one could be answered by the store as a duplicate
  // of what it stored before, and the stored events (not this decision) are then the answer.
  if (options.likelyNewStream && context.freshCommandId && options.expectedRevision === undefined) {
    const written = await appendToNewStream(store, streamId, decider, command, context);
    if (written) return written;
  }
  for (let attempt = 0; ; attempt++) {
    const recorded = await store.readStream(streamId);
    const already = recorded.findIndex((e) => e.id === firstEventId);
    if (already >= 0) {
      const stored = recorded[already].metadata.requestFingerprint;
      if (stored !== undefined && stored !== context.requestFingerprint) throw new IdempotencyKeyReusedError();
      const mine = recorded.filter((e) => e.metadata.commandId === context.commandId);
      const last = mine[mine.length - 1];
      context.wrote?.(last.position);
      return {
        events: mine.map((e) => ({ type: e.type, data: e.data }) as E),
        revision: last.revision,
        position: last.position,
        replayed: true,
      };
    }
    const current = recorded.length === 0 ? null : recorded[recorded.length - 1].revision;
    if (options.expectedRevision !== undefined && options.expectedRevision !== current) {
      commandConflicts.inc();
      throw new WrongExpectedVersionError(streamId, options.expectedRevision, current ?? 'no_stream');
    }
    const state = recorded.reduce((s, e) => decider.evolve(s, { type: e.type, data: e.data } as E), decider.initialState());
    const decision = decider.decide(command, state);
    if (decision instanceof DomainError) throw decision;
    refuseUnstorable(decision);
    if (decision.length === 0) return { events: [], revision: current ?? -1n, position: null, replayed: false };
    try {
      return await appendDecision(store, streamId, decision, context, current === null ? 'no_stream' : current);
    } catch (error: unknown) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (attempt >= maxRetries) {
        commandConflicts.inc();
        throw error;
      }
      commandRetries.inc();
      // Jittered backoff spreads writers that collided, so a hot stream does not make them collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * 2 ** attempt)));
    }
  }
}

/** One round trip for a new stream: decided on the empty state, appended expecting no stream; null if the stream exists. */
async function appendToNewStream<C, E extends { type: string; data: object }, S>(
  store: EventStore,
  streamId: string,
  decider: StreamDecider<C, E, S>,
  command: C,
  context: CommandContext,
): Promise<ExecuteResult<E> | null> {
  const decision = decider.decide(command, decider.initialState());
  if (decision instanceof DomainError || decision.length === 0) return null;
  refuseUnstorable(decision);
  try {
    return await appendDecision(store, streamId, decision, context, 'no_stream');
  } catch (error: unknown) {
    if (error instanceof WrongExpectedVersionError) return null;
    throw error;
  }
}

/** The decided events appended with ids from the command id (a retry writes nothing twice); the request told where they landed. */
async function appendDecision<E extends { type: string; data: object }>(
  store: EventStore,
  streamId: string,
  decision: readonly E[],
  context: CommandContext,
  expected: ExpectedRevision,
): Promise<ExecuteResult<E>> {
  const metadata = metadataFor(context);
  const result = await store.append(
    streamId,
    decision.map((e, i) => ({ id: eventIdFor(context.commandId, i), type: e.type, data: e.data as Record<string, unknown>, metadata })),
    expected,
  );
  context.wrote?.(result.position);
  return { events: decision, revision: result.nextExpectedRevision, position: result.position, replayed: false };
}
