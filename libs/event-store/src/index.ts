export * from './event-store.port';
export * from './event-store.errors';
export * from './event-ids';
export { isPermanentSubscriptionError, isTransientStoreError } from './transient-errors';
export { PostgresEventStore } from './postgres/postgres-event-store';
export { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
export { EventStoreSchema1732300000000 } from './postgres/event-store-schema.migration';
export { EventStoreHighWaterMark1732300001250 } from './postgres/event-store-high-water-mark.migration';
