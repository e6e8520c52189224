import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Event store tables for the PostgreSQL backend.
 *
 * Appends are serialised by a transaction-scoped advisory lock, and the global position is
 * max+1 taken under that lock. A position is therefore committed and visible before the next
 * one is even assigned: a reader that has seen position N can never later find a new event
 * below N. That is what lets subscribers keep a single-number checkpoint safely.
 */
export class EventStoreSchema1732300000000 implements MigrationInterface {
  name = 'EventStoreSchema1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS event_store`);
    await q.query(`
      CREATE TABLE event_store.events (
        global_position bigint PRIMARY KEY,
        stream_id text NOT NULL,
        stream_revision bigint NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT events_stream_revision_uq UNIQUE (stream_id, stream_revision),
        CONSTRAINT events_event_id_uq UNIQUE (event_id)
      )`);
    await q.query(`
      CREATE TABLE event_store.streams (
        stream_id text PRIMARY KEY,
        revision bigint NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION event_store.append_events(
        p_stream text, p_expected text, p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[])
      RETURNS TABLE(next_revision bigint, last_position bigint)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_n int := coalesce(cardinality(p_ids), 0);
        v_current bigint;
        v_head bigint;
        v_found int;
        v_lo bigint;
        v_hi bigint;
        v_pos bigint;
        v_same boolean;
        v_ok boolean;
      BEGIN
        PERFORM pg_advisory_xact_lock(7245001);

        -- A retried command re-sends the same event ids: answer with what was stored, write nothing.
        SELECT count(*), min(stream_revision), max(stream_revision), max(global_position), bool_and(stream_id = p_stream)
          INTO v_found, v_lo, v_hi, v_pos, v_same
          FROM event_store.events WHERE event_id = ANY(p_ids);
        IF v_found > 0 THEN
          IF v_found = v_n AND v_same AND v_hi - v_lo = v_n - 1 THEN
            RETURN QUERY SELECT v_hi, v_pos;
            RETURN;
          END IF;
          RAISE EXCEPTION 'IDEMPOTENCY_CONFLICT' USING ERRCODE = 'ES002',
            DETAIL = (SELECT e.event_id::text FROM event_store.events e WHERE e.event_id = ANY(p_ids) LIMIT 1);
        END IF;

        SELECT revision INTO v_current FROM event_store.streams WHERE stream_id = p_stream;
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

        SELECT coalesce(max(global_position), 0) INTO v_head FROM event_store.events;
        IF v_n = 0 THEN
          RETURN QUERY SELECT coalesce(v_current, -1), v_head;
          RETURN;
        END IF;

        INSERT INTO event_store.events (global_position, stream_id, stream_revision, event_id, event_type, data, metadata)
        SELECT v_head + i, p_stream, coalesce(v_current, -1) + i, p_ids[i], p_types[i], p_data[i], p_metadata[i]
          FROM generate_subscripts(p_ids, 1) AS i;
        INSERT INTO event_store.streams (stream_id, revision) VALUES (p_stream, coalesce(v_current, -1) + v_n)
          ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision;
        PERFORM pg_notify('event_store_appended', (v_head + v_n)::text);
        RETURN QUERY SELECT coalesce(v_current, -1) + v_n, v_head + v_n;
      END
      $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA event_store CASCADE`);
  }
}
