import { randomUUID } from 'node:crypto';

/**
 * The emulator's transaction log and stream index: what the server's storage writer and index writer decide.
 * Sources cited are kurrent-io/KurrentDB at tag v25.1.4 (commit 3b4cc1133f2f) unless a line names another tag;
 * v25.0.0 is commit 0580ea36f66c, oss-v23.10.8 is commit 14cda841c32d.
 */

export interface StoredEvent {
  streamId: string;
  revision: bigint;
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
  createdTicks: bigint;
  commit: bigint;
  prepare: bigint;
}

export interface Proposed {
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
}

// The server's ExpectedVersion constants (src/KurrentDB.Core/Data/ExpectedVersion.cs): Any -2, NoStream -1, StreamExists -4.
export const ANY = -2n;
export const NO_STREAM = -1n;
export const STREAM_EXISTS = -4n;
// EventNumber.DeletedStream (long.MaxValue): the last event number of a tombstoned stream and the $tb of a soft-deleted one.
export const DELETED_STREAM = 9223372036854775807n;

export type CommitResult =
  | { kind: 'success'; lastRevision: bigint; position: { commit: bigint; prepare: bigint } | null }
  | { kind: 'wrong_expected_version'; current: bigint }
  | { kind: 'stream_deleted' };

// Real servers report positions as byte offsets in the transaction log; we mimic growing offsets.
const RECORD_OVERHEAD = 128n;

/** The server's committed-events cache is bounded by memory (BoundedCache in IndexWriter); here by a count. */
export const DEFAULT_RECENT_WRITES = 100_000;

export class EmulatorLog {
  readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly tombstoned = new Set<string>();
  // IndexWriter._committedEvents: event id -> (stream, event number) of recent writes, consulted for any/stream_exists.
  private readonly recent = new Map<string, { streamId: string; revision: bigint }>();
  private nextOffset = 0n;
  // Where records start: a read of $all may begin only there (or at the end of the log).
  private readonly recordStarts = new Set<bigint>([0n]);
  onWritten: (events: StoredEvent[]) => void = () => undefined;

  constructor(
    private readonly recentWritesCapacity = DEFAULT_RECENT_WRITES,
    private readonly systemProjections = true,
  ) {}

  /** The stream's last event number (-1: none), as IndexWriter.GetStreamLastEventNumber answers it. */
  lastEventNumber(streamId: string): bigint {
    if (this.tombstoned.has(streamId)) return DELETED_STREAM;
    return BigInt((this.streams.get(streamId)?.length ?? 0) - 1);
  }

  isTombstoned(streamId: string): boolean {
    return this.tombstoned.has(streamId);
  }

  events(streamId: string): StoredEvent[] {
    return this.streams.get(streamId) ?? [];
  }

  /** Latest `$metadata` of the stream, kept as events of `$$<stream>` (SystemStreams.MetastreamOf, SystemNames.cs). */
  metadata(streamId: string): Record<string, unknown> | null {
    const meta = this.events(`$$${streamId}`);
    const last = meta[meta.length - 1];
    return last ? (JSON.parse(Buffer.from(last.data).toString('utf8')) as Record<string, unknown>) : null;
  }

  /** `$tb` of the stream's metadata (truncate before); a soft delete sets it to DELETED_STREAM. */
  truncateBefore(streamId: string): bigint | null {
    const tb = this.metadata(streamId)?.$tb;
    return typeof tb === 'number' ? BigInt(Math.min(tb, Number.MAX_SAFE_INTEGER)) : typeof tb === 'string' ? BigInt(tb) : null;
  }

  isSoftDeleted(streamId: string): boolean {
    // JSON numbers lose long.MaxValue's last digits: anything past 2^53 is the soft-delete mark.
    return (this.truncateBefore(streamId) ?? 0n) >= BigInt(Number.MAX_SAFE_INTEGER);
  }

  /**
   * A $all position is readable when it is where a record starts, the writer checkpoint included; anywhere else
   * the chunk reader fails (InvalidReadException) and the read answers InvalidPosition
   * (src/KurrentDB.Core/Services/Storage/StorageReaderWorker.All.cs, lines 103-118), as does a negative position.
   */
  isValidPosition(position: { commit: bigint; prepare: bigint }): boolean {
    return position.commit === position.prepare && this.recordStarts.has(position.prepare);
  }

  forgetRecentWrites(): void {
    this.recent.clear();
  }

  /**
   * IndexWriter.CheckCommit (src/KurrentDB.Core/Services/Storage/ReaderIndex/IndexWriter.cs, lines 154-258) and
   * StorageWriterService.VerifyCommitChecks (src/KurrentDB.Core/Services/Storage/StorageWriterService.cs, 686-790):
   * - a tombstoned stream answers StreamDeleted; stream_exists on a soft-deleted stream too;
   * - any / stream_exists: idempotent only when every id is in the recent-writes cache for this stream; the first id
   *   missing means a normal write (a duplicate once the cache forgot it), a later one missing WrongExpectedVersion;
   * - an exact expected revision (or no_stream) below the current one: idempotent when the ids sit at exactly
   *   expected+1.. in the stream (read from the index, not the cache), otherwise WrongExpectedVersion;
   * - expected above current: WrongExpectedVersion; expected equal to current: written, no id check at all.
   */
  commit(streamId: string, expected: bigint, proposed: readonly Proposed[]): CommitResult {
    const current = this.lastEventNumber(streamId);
    if (current === DELETED_STREAM) return { kind: 'stream_deleted' };
    const softDeleted = this.isSoftDeleted(streamId);
    if (expected === STREAM_EXISTS) {
      if (softDeleted) return { kind: 'stream_deleted' };
      if (current < 0n && this.lastEventNumber(`$$${streamId}`) < 0n) return { kind: 'wrong_expected_version', current };
    }
    if (expected === ANY || expected === STREAM_EXISTS) {
      let first: bigint | null = null;
      let last = -1n;
      for (const p of proposed) {
        const seen = this.recent.get(p.id);
        if (!seen || seen.streamId !== streamId) {
          if (first === null) return this.write(streamId, current, proposed, softDeleted);
          return { kind: 'wrong_expected_version', current };
        }
        first ??= seen.revision;
        last = seen.revision;
      }
      if (first === null) return this.write(streamId, current, proposed, softDeleted);
      return this.idempotent(streamId, last);
    }
    if (expected === NO_STREAM && current < 0n) return this.write(streamId, current, proposed, softDeleted);
    if (expected < current) {
      const events = this.events(streamId);
      let number = expected;
      for (const p of proposed) {
        number += 1n;
        if (events[Number(number)]?.id === p.id) continue;
        if (number !== expected + 1n) return { kind: 'wrong_expected_version', current };
        // A soft-deleted stream takes no_stream as "recreate" (IndexWriter.cs line 228).
        if (expected === NO_STREAM && softDeleted) return this.write(streamId, current, proposed, softDeleted);
        return { kind: 'wrong_expected_version', current };
      }
      if (number === expected) return { kind: 'wrong_expected_version', current };
      return this.idempotent(streamId, number);
    }
    if (expected > current) return { kind: 'wrong_expected_version', current };
    return this.write(streamId, current, proposed, softDeleted);
  }

  /** StorageMessage.AlreadyCommitted: the last event number and its log position (IdempotentLogPosition). */
  private idempotent(streamId: string, last: bigint): CommitResult {
    const event = this.events(streamId)[Number(last)];
    return { kind: 'success', lastRevision: last, position: event ? { commit: event.commit, prepare: event.prepare } : null };
  }

  private write(streamId: string, current: bigint, proposed: readonly Proposed[], softDeleted: boolean): CommitResult {
    if (proposed.length === 0) return { kind: 'success', lastRevision: current, position: null };
    const written = this.append(streamId, proposed);
    // StorageWriterService.SoftUndeleteStream: writing to a soft-deleted stream sets $tb to the first new event.
    if (softDeleted) this.writeMetadata(streamId, { ...this.metadata(streamId), $tb: Number(current + 1n) });
    const last = written[written.length - 1];
    this.projectSystemStreams(written);
    return { kind: 'success', lastRevision: last.revision, position: { commit: last.commit, prepare: last.prepare } };
  }

  /** Appends without any check (the server's own writers: projections, metadata, stats). */
  append(streamId: string, proposed: readonly Proposed[]): StoredEvent[] {
    const stream = this.streams.get(streamId) ?? [];
    const created = BigInt(Date.now()) * 10000n + 621355968000000000n;
    const written = proposed.map((p, i): StoredEvent => {
      const prepare = this.nextOffset;
      this.nextOffset += RECORD_OVERHEAD + BigInt(p.data.length + p.customMetadata.length);
      this.recordStarts.add(this.nextOffset);
      return { ...p, streamId, revision: BigInt(stream.length + i), createdTicks: created, commit: prepare, prepare };
    });
    for (const event of written) {
      stream.push(event);
      this.all.push(event);
      this.remember(event);
    }
    this.streams.set(streamId, stream);
    this.onWritten(written);
    return written;
  }

  writeMetadata(streamId: string, metadata: Record<string, unknown>): StoredEvent[] {
    return this.append(`$$${streamId}`, [jsonProposed('$metadata', metadata)]);
  }

  /** Hard delete: the stream is gone for good, its name can never be used again (a tombstone record). */
  tombstone(streamId: string): { commit: bigint; prepare: bigint } {
    this.tombstoned.add(streamId);
    const prepare = this.nextOffset;
    this.nextOffset += RECORD_OVERHEAD;
    this.recordStarts.add(this.nextOffset);
    return { commit: prepare, prepare };
  }

  private remember(event: StoredEvent): void {
    this.recent.delete(event.id);
    this.recent.set(event.id, { streamId: event.streamId, revision: event.revision });
    if (this.recent.size > this.recentWritesCapacity) this.recent.delete(this.recent.keys().next().value as string);
  }

  /**
   * The standard system projections once started: $by_category links each event of `<category>-<id>` into
   * `$ce-<category>` (src/KurrentDB.Projections.Core/Standard/CategorizeEventsByStreamPath.cs) and $by_event_type
   * links it into `$et-<type>` (src/KurrentDB.Projections.Core/Standard/IndexEventsByEventType.cs). A link is an event
   * of type `$>` (SystemEventTypes.LinkTo, src/KurrentDB.Core/Services/SystemNames.cs) whose data is
   * `<event number>@<stream>`. The server writes them a moment later, as separate commits; so does the emulator,
   * right after the user's commit. Only user streams are linked here (the server also indexes system events).
   */
  private projectSystemStreams(written: StoredEvent[]): void {
    if (!this.systemProjections || written[0].streamId.startsWith('$')) return;
    const dash = written[0].streamId.indexOf('-');
    if (dash > 0)
      this.append(
        `$ce-${written[0].streamId.slice(0, dash)}`,
        written.map((e) => linkProposed(e, true)),
      );
    for (const e of written) this.append(`$et-${e.type}`, [linkProposed(e, false)]);
  }
}

export function jsonProposed(type: string, body: unknown, id: string = randomUUID()): Proposed {
  return {
    id,
    type,
    contentType: 'application/json',
    data: Uint8Array.from(Buffer.from(JSON.stringify(body), 'utf8')),
    customMetadata: new Uint8Array(),
  };
}

/**
 * A link's metadata as the projection writes it: the checkpoint tag of the causing event (`$v`, `$c`, `$p`), the
 * original stream for `$by_category` (`$o`, EmittedLinkToWithRecategorization.ExtraMetaData) and `$causedBy`
 * (EmittedStream.MetadataWithCausedByAndCorrelationId), under src/KurrentDB.Projections.Core/Services/Processing/Emitting/.
 */
function linkProposed(target: StoredEvent, category: boolean): Proposed {
  const meta = {
    $v: '1:-1:1:4',
    $c: Number(target.commit),
    $p: Number(target.prepare),
    ...(category ? { $o: target.streamId } : {}),
    $causedBy: target.id,
  };
  return {
    id: randomUUID(),
    type: '$>',
    // Links are written with isJson false: the client reads them as raw bytes.
    contentType: 'application/octet-stream',
    data: Uint8Array.from(Buffer.from(`${target.revision}@${target.streamId}`, 'utf8')),
    customMetadata: Uint8Array.from(Buffer.from(JSON.stringify(meta), 'utf8')),
  };
}
