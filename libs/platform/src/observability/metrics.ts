import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics. One registry a process: commands and appends are counted where they
 * happen (platform code every context goes through), read-model lag is gathered when scraped.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'warehouse_' });

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export const commandsTotal = new Counter({
  name: 'warehouse_commands_total',
  help: 'Commands carried out, by command type and outcome (ok, or the error kind: invalid, conflict, not_found, forbidden, error)',
  labelNames: ['command', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const commandSeconds = new Histogram({
  name: 'warehouse_command_duration_seconds',
  help: 'Time from a command reaching its handler to its answer, by command type and outcome',
  labelNames: ['command', 'outcome'] as const,
  buckets: SECONDS,
  registers: [metricsRegistry],
});

export const commandRetries = new Counter({
  name: 'warehouse_command_retries_total',
  help: 'Commands decided again because another writer appended to the same stream first (optimistic concurrency)',
  registers: [metricsRegistry],
});

export const commandConflicts = new Counter({
  name: 'warehouse_command_conflicts_total',
  help: 'Commands refused for a concurrent write: the client pinned a revision (If-Match) or the retries ran out',
  registers: [metricsRegistry],
});

export const appendSeconds = new Histogram({
  name: 'warehouse_event_store_append_duration_seconds',
  help: 'Time of one append to the event store, by backend',
  labelNames: ['backend'] as const,
  buckets: SECONDS,
  registers: [metricsRegistry],
});

export const eventStoreErrors = new Counter({
  name: 'warehouse_event_store_errors_total',
  help: 'Event store calls that failed, by backend, operation and kind (wrong_expected_version, idempotency_conflict, unavailable, other)',
  labelNames: ['backend', 'operation', 'kind'] as const,
  registers: [metricsRegistry],
});

export const projectionLag = new Gauge({
  name: 'warehouse_projection_lag_events',
  help: 'Events in the store a read model has not applied yet (counted up to 100,000), when scraped',
  labelNames: ['read_model'] as const,
  registers: [metricsRegistry],
});

export const projectionHeld = new Gauge({
  name: 'warehouse_projection_held',
  help: '1 while a read model is held at an event it could not apply (an operator must skip or retry it)',
  labelNames: ['read_model'] as const,
  registers: [metricsRegistry],
});

export const projectionStopped = new Gauge({
  name: 'warehouse_projection_stopped',
  help: '1 while the projector cannot follow the store for the read model at all (access denied, invalid position)',
  labelNames: ['read_model'] as const,
  registers: [metricsRegistry],
});

export const projectionFed = new Gauge({
  name: 'warehouse_projection_fed',
  help: "1 while a projector instance holds the read model's lease (feeds it); 0: no projector runs for it",
  labelNames: ['read_model'] as const,
  registers: [metricsRegistry],
});

export const outboxMessages = new Gauge({
  name: 'warehouse_outbox_messages',
  help: 'Outbound messages waiting to be sent (pending) or given up after their last try (dead letters), when scraped',
  labelNames: ['status'] as const,
  registers: [metricsRegistry],
});
