import { DataSource } from 'typeorm';
import { EventStore, comparePositions, formatPosition } from '@app/event-store';
import { listProjectionFailures } from '@app/read-models/checkpoints/projection-failures';
import { CHECKPOINTS_WITH_LEASE_HOLDERS_SQL } from '@app/read-models/checkpoints/projection-leases.sql';

/** lagEvents counts no further than this: beyond it the answer is "at least this many". */
export const LAG_COUNT_LIMIT = 100_000;

interface CheckpointRow {
  name: string;
  commit_position: string;
  prepare_position: string;
  updated_at: Date;
  lease_holder: string | null;
  stopped_reason: string | null;
  stopped_at: Date | null;
}

/** Where every read model stands against the store's head: what readiness answers and the metrics scrape reads. */
export async function projectionHealth(dataSource: DataSource, store: EventStore) {
  const [head, checkpoints, failures] = await Promise.all([
    store.headPosition(),
    dataSource.query<CheckpointRow[]>(CHECKPOINTS_WITH_LEASE_HOLDERS_SQL),
    listProjectionFailures(dataSource),
  ]);
  const projections = await Promise.all(
    checkpoints.map(async (row) => {
      const at = { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
      const started = row.commit_position !== '-1';
      const caughtUp = head === null || (started && comparePositions(at, head) >= 0);
      return {
        name: row.name,
        checkpoint: started ? formatPosition(at) : null,
        caughtUp,
        // Positions have gaps (a rolled-back append used its numbers), so the lag is counted, up to a cap.
        lagEvents: store.countAfter ? await store.countAfter(started ? at : null, LAG_COUNT_LIMIT) : null,
        updatedAt: row.updated_at,
        // The projector instance that feeds this read model (host and pid), or null when none does.
        leaseHolder: row.lease_holder,
        failure: failures.find((f) => f.projection === row.name) ?? null,
        // Set while the projector cannot follow the store at all (access denied, invalid position): not ready.
        stopped: row.stopped_reason === null ? null : { reason: row.stopped_reason, since: row.stopped_at },
      };
    }),
  );
  return { head, projections, failures };
}
