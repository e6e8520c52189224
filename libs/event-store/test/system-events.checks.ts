import { randomUUID } from 'node:crypto';
import { comparePositions, EventStore, NewEvent, RecordedEvent } from '@app/event-store';

/**
 * What a reader of $all without stream prefixes must never see: the server's own events (links, metadata, stats).
 * Each check throws when the store lets one through. The contract suite runs them on every backend; the mutation
 * spec runs them on an EventStoreDB backend whose system-event filter is removed and expects them to throw.
 */
function productEvent(n: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'contract.product.v1',
    data: { n },
    metadata: {
      actorId: 'u',
      actorRole: 'r',
      departmentId: null,
      correlationId: 'c',
      causationId: 'c',
      occurredAt: '2026-01-01T00:00:00.000Z',
    },
  };
}

function fail(message: string): never {
  throw new Error(message);
}

function assertProductOnly(events: readonly RecordedEvent[], where: string): void {
  const system = events.find((e) => e.streamId.startsWith('$') || e.type.startsWith('$'));
  if (system) fail(`${where} showed the server's event ${system.type} in ${system.streamId}`);
}

/** A stream in a category of its own, so a server running the system projections links it into `$ce-` and `$et-`. */
async function appendTwo(store: EventStore, stream: string): Promise<{ before: RecordedEvent['position'] | null; ids: string[] }> {
  const before = await store.headPosition();
  const events = [productEvent(0), productEvent(1)];
  // Two appends: the server's events for the first land before the second, inside what a reader must pass.
  await store.append(stream, [events[0]], 'no_stream');
  await store.append(stream, [events[1]], 0n);
  return { before, ids: events.map((e) => e.id) };
}

export async function checkReadAllHidesSystemEvents(store: EventStore, stream: string): Promise<void> {
  const { before, ids } = await appendTwo(store, stream);
  const seen = await store.readAll({ after: before ?? undefined });
  assertProductOnly(seen, 'readAll');
  const ours = seen.filter((e) => e.streamId === stream).map((e) => e.id);
  if (ours.join() !== ids.join()) fail(`readAll returned ${ours.length} of the 2 events appended`);
}

export async function checkHeadIsAProductEvent(store: EventStore, stream: string): Promise<void> {
  const { before } = await appendTwo(store, stream);
  const head = await store.headPosition();
  if (!head) return fail('headPosition is null after an append');
  // The head is where a reader of product events stands once it has read everything: one of those events.
  const atHead = (await store.readAll({ after: before ?? undefined })).find((e) => comparePositions(e.position, head) === 0);
  if (!atHead || atHead.streamId.startsWith('$') || atHead.type.startsWith('$')) {
    fail(`headPosition ${head.commit}/${head.prepare} is no product event`);
  }
}

export async function checkSubscriptionHidesSystemEvents(store: EventStore, stream: string): Promise<void> {
  const { before, ids } = await appendTwo(store, stream);
  const subscription = store.subscribeToAll({ after: before ?? undefined });
  const seen: RecordedEvent[] = [];
  const timer = setTimeout(() => void subscription.close(), 20000);
  try {
    for await (const e of subscription) {
      seen.push(e);
      assertProductOnly(seen, 'subscribeToAll');
      if (seen.filter((s) => s.streamId === stream).length === ids.length) break;
    }
  } finally {
    clearTimeout(timer);
    await subscription.close();
  }
  const ours = seen.filter((e) => e.streamId === stream).map((e) => e.id);
  if (ours.join() !== ids.join()) fail(`subscribeToAll delivered ${ours.length} of the 2 events appended`);
}
