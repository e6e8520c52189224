import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appends without a global lock: positions come from a sequence, and readers only see events
 * below the high-water mark, the way Emmett's PostgreSQL event store does it
 * (github.com/event-driven-io/emmett, src/packages/emmett-postgresql/src/eventStore/schema/
 * appendToStream.ts and readMessagesBatch.ts: a `transaction_id xid8` column filled with
 * `pg_current_xact_id()`, reads filtered by `transaction_id < pg_snapshot_xmin(pg_current_snapshot())`
 * and ordered by (transaction_id, global_position)).
 *
 * Why the order is (transaction, sequence) and not the sequence alone: two appenders take their
 * transaction ids and their sequence values in no common order, so a transaction with a lower id
 * can hold a higher position. Every transaction below the snapshot's xmin has ended, so a reader
 * that has passed (t, p) can only ever find new rows with a transaction id of at least xmin > t:
 * nothing can appear behind it. The sequence only orders the events of one transaction.
 *
 * The pair is exposed as the position {commit, prepare} (commit: the transaction, prepare: the
 * sequence), as EventStoreDB does for the events of one transaction. `commit_position` stores the
 * transaction id shifted by the highest position written before this migration, and the rows written
 * before it keep commit = prepare = their old position: every checkpoint and stored position of an
 * existing database keeps its meaning and sorts before anything appended after the upgrade.
 *
 * Stream revisions stay exact with a row lock on the stream (writers to other streams never wait).
 * Notifications are coalesced: one appender at a time sends a fixed payload (PostgreSQL takes a
 * global lock at commit for a transaction that notified), and subscribers poll briefly after activity.
 */
export class EventStoreHighWaterMark1732300001250 implements MigrationInterface {
  name = 'EventStoreHighWaterMark1732300001250';

  async up(q: QueryRunner): Promise<void> {
    const [{ head }] = (await q.query(`SELECT coalesce(max(global_position), 0)::text AS head FROM event_store.events`)) as {
      head: string;
    }[];
    const shift = BigInt(head).toString();
    // Rows already written get transaction 0: below every snapshot's xmin, always visible.
    await q.query(`ALTER TABLE event_store.events ADD COLUMN transaction_id xid8 NOT NULL DEFAULT '0'::xid8`);
    await q.query(`ALTER TABLE event_store.events ALTER COLUMN transaction_id SET DEFAULT pg_current_xact_id()`);
    await q.query(`ALTER TABLE event_store.events ADD COLUMN commit_position bigint`);
    await q.query(`UPDATE event_store.events SET commit_position = global_position`);
    await q.query(`ALTER TABLE event_store.events ALTER COLUMN commit_position SET NOT NULL`);
    await q.query(
      `ALTER TABLE event_store.events ALTER COLUMN commit_position SET DEFAULT ((pg_current_xact_id()::text)::bigint + ${shift})`,
    );
    await q.query(`CREATE SEQUENCE event_store.events_global_position_seq AS bigint START WITH ${(BigInt(head) + 1n).toString()}
      OWNED BY event_store.events.global_position`);
    await q.query(
      `ALTER TABLE event_store.events ALTER COLUMN global_position SET DEFAULT nextval('event_store.events_global_position_seq')`,
    );
    // Readers walk $all in (commit, prepare) order and check the transaction against the high-water mark.
    await q.query(
      `CREATE UNIQUE INDEX events_commit_order_idx ON event_store.events (commit_position, global_position) INCLUDE (transaction_id)`,
    );
    await q.query(`DROP FUNCTION event_store.append_events(text, text, uuid[], text[], jsonb[], jsonb[])`);
    await q.query(APPEND_EVENTS);
  }

  async down(): Promise<void> {
    // Positions written since the upgrade are not dense and not ordered by the sequence alone, so the
    // serialised appender could not continue after them: going back means restoring a backup.
    throw new Error('EventStoreHighWaterMark1732300001250 cannot be reverted: restore the database from a backup taken before it');
  }
}

const APPEND_EVENTS = `
CREATE FUNCTION event_store.append_events(
  p_stream text, p_expected text, p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[])
RETURNS TABLE(next_revision bigint, last_commit bigint, last_position bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_n int := coalesce(cardinality(p_ids), 0);
  v_current bigint;
  v_found int;
  v_lo bigint;
  v_hi bigint;
  v_same boolean;
  v_ok boolean;
  v_commit bigint;
  v_pos bigint;
BEGIN
  IF v_n > 0 THEN
    -- A new stream needs a row to lock. The placeholder (-1) never outlives this call: an error rolls
    -- it back, success sets the real revision. A second writer of the same new stream waits here.
    INSERT INTO event_store.streams (stream_id, revision) VALUES (p_stream, -1) ON CONFLICT (stream_id) DO NOTHING;
  END IF;
  -- Writers of one stream queue on its row (held to commit); writers of other streams never wait.
  SELECT revision INTO v_current FROM event_store.streams WHERE stream_id = p_stream FOR UPDATE;
  IF v_current = -1 THEN
    v_current := NULL;
  END IF;

  IF v_n > 0 THEN
    -- A retried command re-sends the same event ids: answer with what was stored, write nothing.
    -- Checked under the stream's lock, so a retry racing its own first attempt sees it committed.
    SELECT count(*), min(stream_revision), max(stream_revision), bool_and(stream_id = p_stream)
      INTO v_found, v_lo, v_hi, v_same
      FROM event_store.events WHERE event_id = ANY(p_ids);
    IF v_found > 0 THEN
      IF v_found = v_n AND v_same AND v_hi - v_lo = v_n - 1 THEN
        RETURN QUERY SELECT e.stream_revision, e.commit_position, e.global_position FROM event_store.events e
          WHERE e.event_id = ANY(p_ids) ORDER BY e.commit_position DESC, e.global_position DESC LIMIT 1;
        RETURN;
      END IF;
      RAISE EXCEPTION 'IDEMPOTENCY_CONFLICT' USING ERRCODE = 'ES002',
        DETAIL = (SELECT e.event_id::text FROM event_store.events e WHERE e.event_id = ANY(p_ids) LIMIT 1);
    END IF;
  END IF;

  v_ok := CASE p_expected
    WHEN 'any' THEN true
    WHEN 'no_stream' THEN v_current IS NULL
    WHEN 'stream_exists' THEN v_current IS NOT NULL
    ELSE v_current IS NOT NULL AND v_current = p_expected::bigint
  END;
  IF NOT v_ok THEN
    RAISE EXCEPTION 'WRONG_EXPECTED_VERSION' USING ERRCODE = 'ES001',
      DETAIL = coalesce(v_current::text, 'no_stream');
  END IF;

  IF v_n = 0 THEN
    RETURN QUERY SELECT coalesce(v_current, -1), coalesce(max(e.commit_position), 0), coalesce(max(e.global_position), 0)
      FROM event_store.events e WHERE e.stream_id = p_stream;
    RETURN;
  END IF;

  -- global_position (sequence), transaction_id and commit_position come from the column defaults;
  -- ORDER BY makes the sequence follow the stream revisions within this transaction.
  WITH inserted AS (
    INSERT INTO event_store.events (stream_id, stream_revision, event_id, event_type, data, metadata)
    SELECT p_stream, coalesce(v_current, -1) + i, p_ids[i], p_types[i], p_data[i], p_metadata[i]
      FROM generate_subscripts(p_ids, 1) AS i ORDER BY i
    RETURNING commit_position, global_position)
  SELECT max(commit_position), max(global_position) INTO v_commit, v_pos FROM inserted;
  UPDATE event_store.streams SET revision = coalesce(v_current, -1) + v_n WHERE stream_id = p_stream;

  -- One notifier at a time (the lock is held to its commit): under load most appends send nothing,
  -- and the payload is fixed because a subscriber reads from its own checkpoint anyway.
  IF pg_try_advisory_xact_lock(7245002) THEN
    PERFORM pg_notify('event_store_appended', '');
  END IF;
  RETURN QUERY SELECT coalesce(v_current, -1) + v_n, v_commit, v_pos;
END
$fn$`;
