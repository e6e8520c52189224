import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appends without a global lock: positions come from a sequence, and readers only see events
 * below a high-water mark. The columns follow Emmett's PostgreSQL event store
 * (github.com/event-driven-io/emmett, src/packages/emmett-postgresql/src/eventStore/schema/
 * appendToStream.ts and readMessagesBatch.ts: a `transaction_id xid8` column filled with
 * `pg_current_xact_id()`, reads ordered by (transaction_id, global_position)). Emmett's mark is
 * `pg_snapshot_xmin(pg_current_snapshot())`, which any open transaction on the whole server holds back
 * (another database, an idle-in-transaction session, a long rebuild). Ours only waits for appenders.
 *
 * Why the order is (transaction, sequence) and not the sequence alone: two appenders take their
 * transaction ids and their sequence values in no common order, so a transaction with a lower id
 * can hold a higher position. The sequence only orders the events of one transaction.
 *
 * The mark (event_store.high_water_mark()):
 * - Every transaction that writes events first calls event_store.begin_append(), *before it has a
 *   transaction id*: it takes the shared advisory lock APPEND_LOCK (held to its end) and refuses a
 *   transaction that has already written something (ES003). append_events calls it first; a BEFORE
 *   INSERT statement trigger on the events table calls it for every other writer (bulk loads, seeders).
 * - A reader's mark statement takes its snapshot s0, then reads pg_locks once:
 *     M = least(xmax(s0), the lowest transaction id held by a transaction holding APPEND_LOCK in this database).
 * - The reader then reads `transaction_id < M` in a *later* statement, whose snapshot S is taken after
 *   the mark statement finished (time r).
 * Claim: every appending transaction T with id x < M has ended (committed or rolled back) before r, so
 * S shows all of T's rows or none ever exist. Proof: x < M <= xmax(s0), so x was assigned before s0,
 * and T took APPEND_LOCK before it had x; so T held APPEND_LOCK and x without a break from before s0 to
 * its end. Had T still been running when pg_locks was read (after s0), its advisory lock would have
 * been there, and x with it: as its transactionid lock (the same virtual transaction) or, in the
 * moment between PostgreSQL giving T its id and taking that lock, as its backend_xid in
 * pg_stat_activity (read after pg_locks, straight from T's proc entry, which had x before s0 since
 * x < xmax(s0)); so M <= x. (Reading another role's backend_xid needs that role or pg_read_all_stats;
 * the application's processes share one role.) So T ended
 * before that read; PostgreSQL releases a transaction's locks only after it has left the proc array,
 * so S (taken later) sees T's commit. Transactions that get an id after s0 have ids >= xmax(s0) >= M.
 * Consequence for subscribers: a reader that has delivered (c, p) read it with c < M, and every row
 * with a lower commit position belongs to a transaction that had ended when S was taken: it was in
 * S's answer (ordered before (c, p), so delivered first) or it never exists. Nothing can appear behind.
 * Unrelated transactions (no APPEND_LOCK, or another database) do not hold the mark back at all.
 * A reader in a REPEATABLE READ transaction has one snapshot for both statements; there the mark is
 * also capped by its snapshot's xmin (Emmett's rule), which is safe for any snapshot.
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
    await q.query(BEGIN_APPEND);
    await q.query(`CREATE FUNCTION event_store.events_begin_append() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN PERFORM event_store.begin_append(); RETURN NULL; END $fn$`);
    await q.query(`CREATE TRIGGER events_begin_append BEFORE INSERT ON event_store.events
      FOR EACH STATEMENT EXECUTE FUNCTION event_store.events_begin_append()`);
    await q.query(HIGH_WATER_MARK);
    await q.query(`DROP FUNCTION event_store.append_events(text, text, uuid[], text[], jsonb[], jsonb[])`);
    await q.query(APPEND_EVENTS);
  }

  async down(): Promise<void> {
    // Positions written since the upgrade are not dense and not ordered by the sequence alone, so the
    // serialised appender could not continue after them: going back means restoring a backup.
    throw new Error('EventStoreHighWaterMark1732300001250 cannot be reverted: restore the database from a backup taken before it');
  }
}

/** The shared advisory lock every appending transaction holds from before its transaction id to its end. */
export const APPEND_LOCK = 7245003;

const BEGIN_APPEND = `
CREATE FUNCTION event_store.begin_append() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('event_store.appending', true) IS DISTINCT FROM 'on' THEN
    -- Taken after the transaction id, the lock would leave a moment where a reader's mark passes an
    -- appender it cannot see (see the proof above): such a transaction is refused, nothing is written.
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
      RAISE EXCEPTION 'APPEND_AFTER_WRITE' USING ERRCODE = 'ES003',
        DETAIL = 'events must be the first thing a transaction writes (or call event_store.begin_append() first)';
    END IF;
    PERFORM pg_advisory_xact_lock_shared(${APPEND_LOCK});
    PERFORM set_config('event_store.appending', 'on', true);
  END IF;
END
$fn$`;

// One read of pg_locks (materialised): the advisory holders and their transactionid locks come from
// the same consistent copy of the lock table. pg_locks shows 32-bit ids; each is widened with the epoch
// of xmax(s0), and an id assigned after s0 (at or "after" xmax) is left out: it is >= M anyway.
const HIGH_WATER_MARK = `
CREATE FUNCTION event_store.high_water_mark() RETURNS xid8 LANGUAGE sql VOLATILE AS $fn$
  WITH snap AS (SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS xmax,
                       pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
  locks AS MATERIALIZED (
    SELECT locktype, database, classid, objid, objsubid, virtualtransaction, pid, transactionid, mode, granted FROM pg_locks),
  appenders AS (
    SELECT virtualtransaction, pid FROM locks
     WHERE locktype = 'advisory' AND granted AND classid = 0 AND objid = ${APPEND_LOCK} AND objsubid = 1
       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())),
  xids AS (
    SELECT l.transactionid::text::bigint AS x32 FROM locks l
     WHERE l.locktype = 'transactionid' AND l.mode = 'ExclusiveLock' AND l.granted
       AND l.virtualtransaction IN (SELECT virtualtransaction FROM appenders)
    UNION ALL
    SELECT a.backend_xid::text::bigint FROM pg_stat_activity a
     WHERE a.backend_xid IS NOT NULL AND a.pid IN (SELECT pid FROM appenders)),
  behind AS (
    SELECT ((snap.xmax % 4294967296) - x.x32 + 4294967296) % 4294967296 AS n FROM xids x, snap)
  SELECT least(
    (snap.xmax - coalesce((SELECT max(n) FROM behind WHERE n < 2147483648), 0))::text::xid8,
    CASE WHEN current_setting('transaction_isolation') <> 'read committed' THEN snap.xmin END)
  FROM snap
$fn$`;

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
  -- Before anything is written: the transaction id comes after the append lock (see high_water_mark).
  PERFORM event_store.begin_append();
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
