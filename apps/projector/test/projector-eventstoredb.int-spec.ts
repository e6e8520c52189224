import { DataSource } from 'typeorm';
import { assetIdFor } from '@app/assets';
import { assetDecider, standardAssetDeps } from '@app/assets/domain/asset.decider';
import { EventStoreDbEventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { AssetRegisterProjection } from '@app/read-models/asset-register/asset-register.projection';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { Actor } from '@app/shared';
import { EsdbEmulator } from '@test/esdb-emulator/esdb-emulator';
import { createTestDatabase } from '@test/support/test-database';
import { ProjectionRunner } from '../src/projection-runner';

const manager: Actor = { userId: 'mgr-edu', role: 'asset_manager', departmentId: 'D-EDU', displayName: 'm' };

describe('projector on the EventStoreDB backend', () => {
  it('projects asset events from EventStoreDB into the Postgres read model and resumes from its checkpoint', async () => {
    const emulator = await new EsdbEmulator().start();
    const store = new EventStoreDbEventStore(process.env.EVENTSTORE_CONNECTION_STRING ?? emulator.connectionString);
    const dataSource = new DataSource(dataSourceOptions(await createTestDatabase('esdbproj'), DATABASE_SCHEMA));
    await dataSource.initialize();
    const decider = assetDecider(standardAssetDeps());
    const run = Date.now().toString(36);
    const register = (i: number, commandId: string) =>
      executeOnStream(
        store,
        `asset-${assetIdFor(`E-${run}-${i}`)}`,
        decider,
        {
          kind: 'RegisterAsset',
          actor: manager,
          today: '2026-06-01',
          assetId: assetIdFor(`E-${run}-${i}`),
          assetNo: `E-${run}-${i}`,
          departmentId: 'D-EDU',
          card: {
            name: `设备${i}`,
            categoryCode: 'A02000000',
            custodian: '李四',
            location: '库房',
            acquiredOn: '2021-01-01',
            originalValueFen: 100 * i,
            quantity: 1,
            unit: '台',
            condition: 'good',
            brand: null,
            specification: null,
            accumulatedDepreciationFen: 0,
            usage: null,
          },
        },
        { actor: manager, commandId, correlationId: commandId, causationId: commandId, now: new Date() },
      );
    const count = async () =>
      Number((await dataSource.query(`SELECT count(*) AS n FROM asset_register WHERE asset_no LIKE $1`, [`E-${run}-%`]))[0].n);
    const until = async (n: number) => {
      const deadline = Date.now() + 20000;
      while ((await count()) !== n) {
        if (Date.now() > deadline) throw new Error(`read model has ${await count()} of ${n}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    let runner = new ProjectionRunner(store, dataSource, new AssetRegisterProjection());
    try {
      for (let i = 0; i < 5; i++) await register(i, `esdb-cmd-${run}-${i}`);
      runner.start();
      await until(5);
      await runner.stop();
      for (let i = 5; i < 8; i++) await register(i, `esdb-cmd-${run}-${i}`);
      runner = new ProjectionRunner(store, dataSource, new AssetRegisterProjection());
      runner.start();
      await until(8);
      await runner.stop();
      const [checkpoint] = await dataSource.query(`SELECT events_applied FROM projection_checkpoints WHERE name = 'asset_register'`);
      expect(Number(checkpoint.events_applied)).toBeGreaterThanOrEqual(8);
    } finally {
      await runner.stop();
      await dataSource.destroy();
      await store.close();
      await emulator.stop();
    }
  });
});
