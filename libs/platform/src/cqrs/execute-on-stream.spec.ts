import { DomainError, Decision, CommandContext } from '@app/shared';
import { AppendResult, EventStore, ExpectedRevision, NewEvent, RecordedEvent, WrongExpectedVersionError } from '@app/event-store';
import { executeOnStream, StreamDecider } from './execute-on-stream';

class NameTaken extends DomainError {
  readonly code = 'NAME_TAKEN';
  readonly kind = 'conflict';
}

type Named = { type: 'Named.v1'; data: { name: string } };
const decider: StreamDecider<{ name: string }, Named, { name: string | null }> = {
  initialState: () => ({ name: null }),
  evolve: (_state, event) => ({ name: event.data.name }),
  decide: (command, state): Decision<Named> =>
    state.name === null ? [{ type: 'Named.v1', data: { name: command.name } }] : new NameTaken(`taken by ${state.name}`),
};

/** Streams in memory with what the PostgreSQL store does: expected revisions checked, a re-sent event id answered as stored. */
class MemoryStore implements Pick<EventStore, 'append' | 'readStream'> {
  readonly streams = new Map<string, RecordedEvent[]>();
  readonly calls: string[] = [];
  private position = 0n;

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    this.calls.push(`append ${String(expected)}`);
    const stored = this.streams.get(streamId) ?? [];
    const duplicate = stored.find((e) => e.id === events[0].id);
    if (duplicate) return { nextExpectedRevision: duplicate.revision, position: duplicate.position };
    const current = stored.length === 0 ? 'no_stream' : BigInt(stored.length - 1);
    if (expected !== 'any' && expected !== current) throw new WrongExpectedVersionError(streamId, expected, current);
    for (const e of events) {
      this.position++;
      const position = { commit: this.position, prepare: this.position };
      stored.push({ ...e, streamId, revision: BigInt(stored.length), position, recordedAt: new Date(0) });
    }
    this.streams.set(streamId, stored);
    const last = stored[stored.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    this.calls.push('read');
    return this.streams.get(streamId) ?? [];
  }
}

const actor = { userId: 'u1', role: 'asset_manager', departmentId: 'D1', displayName: '甲' } as const;
const context = (commandId: string, fresh: boolean): CommandContext => ({
  actor,
  commandId,
  correlationId: commandId,
  causationId: commandId,
  now: new Date('2026-01-01T00:00:00Z'),
  ...(fresh ? { freshCommandId: true } : {}),
});
const ID_A = '00000000-0000-4000-8000-00000000000a';
const ID_B = '00000000-0000-4000-8000-00000000000b';
const run = (store: MemoryStore, name: string, ctx: CommandContext, likelyNewStream = true) =>
  executeOnStream(store as unknown as EventStore, 's-1', decider, { name }, ctx, { likelyNewStream });

describe('executeOnStream on a stream that is likely new', () => {
  it('given no stream, when a fresh command runs, then it is appended as a new stream without a read', async () => {
    const store = new MemoryStore();
    const result = await run(store, 'first', context(ID_A, true));
    expect(store.calls).toEqual(['append no_stream']);
    expect(result).toMatchObject({ events: [{ type: 'Named.v1', data: { name: 'first' } }], revision: 0n, replayed: false });
  });

  it('given the stream exists, when a fresh command runs, then it is read and decided on what is stored', async () => {
    const store = new MemoryStore();
    await run(store, 'first', context(ID_A, true));
    await expect(run(store, 'second', context(ID_B, true))).rejects.toThrow('taken by first');
    expect(store.calls).toEqual(['append no_stream', 'append no_stream', 'read']);
    expect(store.streams.get('s-1')).toHaveLength(1);
  });

  it('given a command id from an Idempotency-Key, when it is retried, then the stream is read first and the stored events answer', async () => {
    const store = new MemoryStore();
    await run(store, 'first', context(ID_A, false));
    const retried = await run(store, 'changed', context(ID_A, false));
    expect(store.calls).toEqual(['read', 'append no_stream', 'read']);
    expect(retried).toMatchObject({ replayed: true, events: [{ data: { name: 'first' } }] });
  });

  it('given the option is not set, when a fresh command runs, then the stream is read before the append', async () => {
    const store = new MemoryStore();
    await run(store, 'first', context(ID_A, true), false);
    expect(store.calls).toEqual(['read', 'append no_stream']);
  });
});
