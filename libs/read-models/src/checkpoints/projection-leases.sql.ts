/**
 * A read model's lease is a session advisory lock on two int4 keys (kept apart from the one-bigint keys the
 * event store and migrations use): this class, and the read model's name hashed by PostgreSQL.
 */
export const LEASE_LOCK_CLASS = 72_450;

/**
 * Each checkpoint row with the connection that holds its read model's lease (its application_name names the
 * projector's host and pid), or null when no projector instance feeds it. pg_locks shows the int4 hash as an
 * unsigned oid, hence the wrap.
 */
export const CHECKPOINTS_WITH_LEASE_HOLDERS_SQL = `
  SELECT c.name, c.commit_position, c.prepare_position, c.updated_at, c.stopped_reason, c.stopped_at, a.application_name AS lease_holder
    FROM projection_checkpoints c
    LEFT JOIN pg_locks l
      ON l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid = ${LEASE_LOCK_CLASS}
     AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
     AND l.objid = ((hashtext(c.name)::bigint + 4294967296) % 4294967296)::oid
    LEFT JOIN pg_stat_activity a ON a.pid = l.pid
   ORDER BY c.name`;
