import { internationalSuite } from '@app/crypto';
import { DataSource } from 'typeorm';
import { PostgresEventStore, RecordedEvent } from '@app/event-store';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { Projection } from '@app/read-models/projection';
import { allProjections } from '@app/read-models/projections';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { writeMixedHistory } from '@test/support/mixed-history';
import { startTestSystem } from '@test/support/test-app';
import { createTestDatabase } from '@test/support/test-database';

/**
 * Tables a projection writes; the checkpoint, signed tree heads and epochs, the operator's failure
 * records, the personal-data keys (written by the API, never by a projection) and the register-import jobs (written by
 * the import worker) are not rows of a read model, nor are the inbox's read marks (what people did in the API).
 */
const NOT_ROWS = new Set([
  'projection_checkpoints',
  'audit_tree_heads',
  'audit_log_epochs',
  'schema_migrations',
  'projection_failures',
  'personal_data_keys',
  'personal_data_erasures',
  'asset_import_jobs',
  'asset_import_rows',
  'property_import_jobs',
  'property_import_rows',
  'inbox_read_marks',
]);

/**
 * Settings people make in the API, not events (channel choices, a unit's webhook, a message waiting in the
 * outbox): present before the history is applied, as in a live database, so the inbox's hand-off to the outbox
 * and a resident's erasure (which forgets their addresses) have rows to work on. Fixed times: both databases
 * must hold the same rows.
 */
const SETTINGS = [
  `INSERT INTO notification_preferences (user_id, channels, email, phone, department_id, updated_at) VALUES
     ('resident-replay3', '{sms}', NULL, '13800000003', NULL, '2026-11-01T00:00:00Z'),
     ('resident-replay4', '{sms}', NULL, '13800000004', NULL, '2026-11-01T00:00:00Z'),
     ('mgr-sch1', '{email,webhook}', 'mgr-sch1@school.example.cn', NULL, 'D-SCH1', '2026-11-01T00:00:00Z')`,
  `INSERT INTO department_webhooks (department_id, url, secret, updated_by, updated_at) VALUES
     ('D-SCH1', 'https://hooks.school.example.cn/warehouse', 'secret', 'mgr-sch1', '2026-11-01T00:00:00Z')`,
  `INSERT INTO outbox_messages (message_id, notification_id, channel, user_id, recipient, subject, body, link, status, attempts, next_attempt_at, created_at)
   VALUES ('00000000-0000-4000-8000-0000000000a4', 'seeded-4', 'sms', 'resident-replay4', '13800000004', '预约已确认', '…', NULL, 'pending', 0,
           '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')`,
];

/**
 * A delivery can repeat (a crash after the rows but before the caller learned of the commit, a
 * rebuild racing the live projector). Each projection must then end with the same rows: every
 * event is applied once into one database and twice in a row into another, and the rows compared.
 */
describe('every projection gives the same rows when each event is applied twice', () => {
  let events: RecordedEvent[];
  let once: DataSource;
  let twice: DataSource;
  let tables: string[];

  beforeAll(async () => {
    const sys = await startTestSystem();
    try {
      await writeMixedHistory(sys);
      const store = new PostgresEventStore({ connectionString: sys.databaseUrl });
      events = await store.readAll();
      await store.close();
    } finally {
      await sys.close();
    }
    once = await new DataSource(dataSourceOptions(await createTestDatabase('once'), DATABASE_SCHEMA)).initialize();
    twice = await new DataSource(dataSourceOptions(await createTestDatabase('twice'), DATABASE_SCHEMA)).initialize();
    tables = (await once.query<{ tablename: string }[]>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`))
      .map((t) => t.tablename)
      .filter((t) => !NOT_ROWS.has(t));
  });
  afterAll(async () => {
    await once?.destroy();
    await twice?.destroy();
  });

  async function rows(ds: DataSource): Promise<Record<string, string[]>> {
    const dump: Record<string, string[]> = {};
    for (const table of tables) {
      const found = await ds.query<{ row: string }[]>(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`);
      dump[table] = found.map((r) => r.row);
    }
    return dump;
  }

  async function project(ds: DataSource, projection: Projection, times: number, fresh = true): Promise<void> {
    if (fresh) await truncateAndSeed(ds);
    for (const event of events) for (let n = 0; n < times; n++) await ds.transaction((tx) => projection.apply(tx, [event]));
  }

  async function truncateAndSeed(ds: DataSource): Promise<void> {
    await ds.query(`TRUNCATE ${tables.join(', ')}`);
    for (const sql of SETTINGS) await ds.query(sql);
  }

  it('has a history that reaches every read model', async () => {
    expect(events.length).toBeGreaterThan(50);
    await truncateAndSeed(once);
    for (const projection of allProjections(internationalSuite)) await project(once, projection, 1, false);
    // Projected together, every table has rows: the history exercises each read model.
    const all = await rows(once);
    expect(Object.entries(all).filter(([, r]) => r.length === 0)).toEqual([]);
  });

  for (const projection of allProjections(internationalSuite)) {
    it(`${projection.name}: each event twice gives the rows of each event once`, async () => {
      await project(once, projection, 1);
      await project(twice, projection, 2);
      const expected = await rows(once);
      expect(Object.values(expected).some((r) => r.length > 0)).toBe(true);
      expect(await rows(twice)).toEqual(expected);
    });

    it(`${projection.name}: the whole history in one batch, and then again, gives the rows of each event once`, async () => {
      await project(once, projection, 1);
      // A rebuild and the live projector apply batches: rows a batch touches several times are folded in memory.
      await truncateAndSeed(twice);
      await twice.transaction((tx) => projection.apply(tx, events));
      await twice.transaction((tx) => projection.apply(tx, events));
      expect(await rows(twice)).toEqual(await rows(once));
    });
  }
});
