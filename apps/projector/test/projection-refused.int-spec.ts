import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AllSubscription, EventStore, PostgresEventStore, SubscribeOptions, SubscriptionRefusedError } from '@app/event-store';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { AssetRegisterProjection } from '@app/read-models/asset-register/asset-register.projection';
import { createTestDatabase } from '@test/support/test-database';
import { ProjectionRunner } from '../src/projection-runner';
import { until, writeAssetHistory } from './projector-processes';

/** The real store, except that subscribing is refused (as EventStoreDB refuses $all to a non-admin) while `refusing`. */
function storeRefusing(store: EventStore, state: { refusing: boolean; attempts: number }): EventStore {
  return Object.assign(Object.create(store) as EventStore, {
    subscribeToAll(options?: SubscribeOptions): AllSubscription {
      state.attempts++;
      if (!state.refusing) return store.subscribeToAll(options);
      return {
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new SubscriptionRefusedError('Access denied to $all')) }),
        close: async () => undefined,
      };
    },
  });
}

describe('a projector refused by the store for good', () => {
  let url: string;
  let store: PostgresEventStore;
  let sql: Client;
  let dataSource: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase('refused');
    store = new PostgresEventStore({ connectionString: url });
    sql = new Client({ connectionString: url });
    await sql.connect();
    dataSource = new DataSource(dataSourceOptions(url, DATABASE_SCHEMA));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await sql.end();
    await store.close();
  });

  const row = async () =>
    (
      await sql.query<{ stopped_reason: string | null; events_applied: string }>(
        `SELECT stopped_reason, events_applied FROM projection_checkpoints WHERE name = 'asset_register'`,
      )
    ).rows[0];

  it('records why on its checkpoint row, tries again seldom, and clears it once following works', async () => {
    await writeAssetHistory(store, 0, 10);
    const state = { refusing: true, attempts: 0 };
    const runner = new ProjectionRunner(storeRefusing(store, state), dataSource, new AssetRegisterProjection(), 100, null, {
      retryMs: 200,
      clearedAfterMs: 100,
    });
    runner.start();
    try {
      await until(async () => (await row())?.stopped_reason != null, 'the refusal to be recorded');
      expect((await row()).stopped_reason).toBe('Access denied to $all');
      expect(runner.status()).toMatchObject({ stoppedReason: 'Access denied to $all' });
      expect(Number((await row()).events_applied)).toBe(0);
      await until(async () => state.attempts >= 3, 'a few more attempts');

      // The operator grants access: the next attempt follows, applies the history and clears the reason.
      state.refusing = false;
      await until(async () => (await row()).stopped_reason === null && Number((await row()).events_applied) > 0, 'recovery');
      expect(runner.status().stoppedReason).toBeNull();
    } finally {
      await runner.stop();
    }
  });
});
