import { DataSource } from 'typeorm';
import { comparePositions, GlobalPosition } from '@app/event-store';

/**
 * True when every read model has applied everything up to `position`. A read model held at an event
 * it could not apply is left out: it will not move until an operator resolves it, and waiting on it
 * would only delay every page.
 */
export async function projectionsReached(db: DataSource, position: GlobalPosition): Promise<boolean> {
  const rows = await db.query<{ commit_position: string; prepare_position: string }[]>(
    `SELECT c.commit_position, c.prepare_position FROM projection_checkpoints c
      WHERE NOT EXISTS (SELECT 1 FROM projection_failures f WHERE f.projection = c.name AND f.resolved_at IS NULL)`,
  );
  if (rows.length === 0) return false;
  return rows.every(
    (r) =>
      r.commit_position !== '-1' &&
      comparePositions({ commit: BigInt(r.commit_position), prepare: BigInt(r.prepare_position) }, position) >= 0,
  );
}
