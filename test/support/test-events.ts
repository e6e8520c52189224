import { randomUUID } from 'node:crypto';
import { EventMetadata, NewEvent } from '@app/event-store';

/** Metadata of the events event-store tests append: who and when do not matter there. */
export const TEST_METADATA: EventMetadata = {
  actorId: 'a',
  actorRole: 'r',
  departmentId: null,
  correlationId: 'c',
  causationId: 'c',
  occurredAt: '2026-01-01T00:00:00.000Z',
};

/** An event to append in a store test: a fresh id unless one is given. */
export function testEvent(type: string, data: Record<string, unknown> = {}, id: string = randomUUID()): NewEvent {
  return { id, type, data, metadata: TEST_METADATA };
}
