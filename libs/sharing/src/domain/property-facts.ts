import { PropertyFacts } from './space-property';

/** A property event as stored (the register's contract: property.registered.v1, .corrected.v1, .occupancy-changed.v1). */
interface StoredEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The facts sharing decides on, folded from a property's own stream (`property-<id>`): its kind, use,
 * owner and occupant as they stand now. Only the fields sharing needs are read, so the register can
 * add events without sharing changing; null when the stream holds no registration.
 */
export function propertyFactsFrom(propertyId: string, events: readonly StoredEvent[]): PropertyFacts | null {
  let facts: PropertyFacts | null = null;
  for (const { type, data } of events) {
    if (type === 'property.registered.v1') {
      facts = {
        propertyId,
        name: text(data.name) ?? propertyId,
        kind: text(data.kind) ?? '',
        use: text(data.use) ?? '',
        ownerUnitId: text(data.ownerUnitId) ?? '',
        occupantUnitId: text(data.occupantUnitId),
      };
    } else if (facts !== null && type === 'property.corrected.v1') {
      const before: PropertyFacts = facts;
      const changes = (data.changes ?? {}) as Record<string, unknown>;
      facts = { ...before, name: text(changes.name) ?? before.name, use: text(changes.use) ?? before.use };
    } else if (facts !== null && type === 'property.occupancy-changed.v1') {
      const before: PropertyFacts = facts;
      facts = { ...before, occupantUnitId: text(data.toUnitId) };
    }
  }
  return facts;
}
