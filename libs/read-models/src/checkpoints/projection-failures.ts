import { DataSource } from 'typeorm';
import { comparePositions, RecordedEvent } from '@app/event-store';

/** An event a read model could not apply, as health and the operator CLI show it. */
export interface ProjectionFailure {
  readonly id: string;
  readonly projection: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly streamId: string;
  readonly position: string;
  readonly error: string;
  readonly attempts: number;
  readonly failedAt: string;
  readonly lastFailedAt: string;
  readonly resolvedAt: string | null;
  readonly resolution: string | null;
  readonly resolvedBy: string | null;
}

interface FailureRow {
  id: string;
  projection: string;
  event_id: string;
  event_type: string;
  stream_id: string;
  commit_position: string;
  prepare_position: string;
  error: string;
  attempts: number;
  failed_at: Date;
  last_failed_at: Date;
  resolved_at: Date | null;
  resolution: string | null;
  resolved_by: string | null;
  requested_action: string | null;
}

const toFailure = (r: FailureRow): ProjectionFailure => ({
  id: r.id,
  projection: r.projection,
  eventId: r.event_id,
  eventType: r.event_type,
  streamId: r.stream_id,
  position: `${r.commit_position}/${r.prepare_position}`,
  error: r.error,
  attempts: r.attempts,
  failedAt: r.failed_at.toISOString(),
  lastFailedAt: r.last_failed_at.toISOString(),
  resolvedAt: r.resolved_at?.toISOString() ?? null,
  resolution: r.resolution,
  resolvedBy: r.resolved_by,
});

/** Open failures (one per read model at most), or the whole history with `all`. */
export async function listProjectionFailures(db: DataSource, options: { all?: boolean } = {}): Promise<ProjectionFailure[]> {
  const rows = await db.query<FailureRow[]>(
    `SELECT * FROM projection_failures ${options.all ? '' : 'WHERE resolved_at IS NULL'} ORDER BY failed_at, id`,
  );
  return rows.map(toFailure);
}

/** Records (or counts again) the event a read model is held at. */
export async function recordProjectionFailure(db: DataSource, projection: string, event: RecordedEvent, error: string): Promise<boolean> {
  const updated = await db.query<unknown[]>(
    `UPDATE projection_failures SET attempts = attempts + 1, last_failed_at = now(), error = $3, requested_action = NULL
     WHERE projection = $1 AND resolved_at IS NULL AND event_id = $2 RETURNING id`,
    [projection, event.id, error],
  );
  if ((updated as unknown[][])[0]?.length) return false;
  await db.query(
    `INSERT INTO projection_failures (projection, event_id, event_type, stream_id, commit_position, prepare_position, error, failed_at, last_failed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now())`,
    [projection, event.id, event.type, event.streamId, event.position.commit.toString(), event.position.prepare.toString(), error],
  );
  return true;
}

/** The open failure of one read model, with whether the operator asked for a retry. */
export async function openFailureOf(db: DataSource, projection: string): Promise<(ProjectionFailure & { retryRequested: boolean }) | null> {
  const [row] = await db.query<FailureRow[]>('SELECT * FROM projection_failures WHERE projection = $1 AND resolved_at IS NULL', [
    projection,
  ]);
  return row ? { ...toFailure(row), retryRequested: row.requested_action === 'retry' } : null;
}

/** A retry applied the event after all (a fix was deployed, or the cause was passing). */
export async function resolveAppliedFailure(db: DataSource, projection: string): Promise<void> {
  await db.query(
    `UPDATE projection_failures SET resolved_at = now(), resolution = 'applied', resolved_by = 'projector', requested_action = NULL
     WHERE projection = $1 AND resolved_at IS NULL`,
    [projection],
  );
}

/** Operator: try the held event again now (after deploying a fix). */
export async function requestProjectionRetry(db: DataSource, projection: string): Promise<boolean> {
  const rows = await db.query<unknown[]>(
    `UPDATE projection_failures SET requested_action = 'retry' WHERE projection = $1 AND resolved_at IS NULL RETURNING id`,
    [projection],
  );
  return ((rows as unknown[][])[0]?.length ?? 0) > 0;
}

/**
 * Operator: move a read model past the event it is held at. In one transaction with the
 * checkpoint row locked, so the projector cannot apply anything meanwhile; the checkpoint must
 * still be before that event. Fix forward first (append a corrective event): it comes after the
 * skipped one and is applied next.
 */
export async function skipProjectionFailure(
  db: DataSource,
  projection: string,
  eventId: string,
  operator: string,
): Promise<ProjectionFailure> {
  return db.transaction(async (tx) => {
    const [checkpoint] = await tx.query<{ commit_position: string; prepare_position: string }[]>(
      'SELECT commit_position, prepare_position FROM projection_checkpoints WHERE name = $1 FOR UPDATE',
      [projection],
    );
    const [row] = await tx.query<FailureRow[]>(
      'SELECT * FROM projection_failures WHERE projection = $1 AND resolved_at IS NULL FOR UPDATE',
      [projection],
    );
    if (!row) throw new Error(`${projection} has no open failure`);
    if (row.event_id !== eventId) throw new Error(`${projection} is held at event ${row.event_id}, not ${eventId}`);
    // Events of one transaction share the commit position: compare whole positions.
    const at = { commit: BigInt(checkpoint?.commit_position ?? -1), prepare: BigInt(checkpoint?.prepare_position ?? -1) };
    if (!checkpoint || comparePositions(at, { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) }) >= 0)
      throw new Error(`${projection} is already past event ${eventId}`);
    await tx.query(
      `UPDATE projection_checkpoints SET commit_position = $2, prepare_position = $3, events_applied = events_applied + 1, updated_at = now() WHERE name = $1`,
      [projection, row.commit_position, row.prepare_position],
    );
    const [[resolved]] = await tx.query<[FailureRow[]]>(
      `UPDATE projection_failures SET resolved_at = now(), resolution = 'skipped', resolved_by = $2, requested_action = NULL WHERE id = $1 RETURNING *`,
      [row.id, operator],
    );
    return toFailure(resolved);
  });
}
