import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { internationalSuite } from '@app/crypto';
import { NewEvent, PostgresEventStore } from '@app/event-store';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { allProjections } from '@app/read-models/projections';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { createTestDatabase } from '@test/support/test-database';

let minute = 0;
const event = (type: string, data: Record<string, unknown>): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: {
    actorId: 'mgr',
    actorRole: 'asset_manager',
    departmentId: 'D-EDU',
    correlationId: 'c',
    causationId: 'c',
    occurredAt: new Date(Date.UTC(2026, 0, 1) + 60_000 * minute++).toISOString(),
  },
});
const card = (assetId: string, n: number) => ({
  assetId,
  assetNo: `HELD-${n}`,
  departmentId: 'D-EDU',
  name: `办公椅${n}`,
  categoryCode: n % 2 ? 'A05010000' : 'A02010100',
  custodian: '张三',
  location: '行政楼302室',
  acquiredOn: '2020-05-10',
  originalValueFen: 80000 + n,
  quantity: 1,
  unit: '把',
  condition: 'good',
  brand: null,
  specification: null,
  accumulatedDepreciationFen: 100 * n,
  usage: null,
});

/**
 * A rebuild holds the register's cards, the depreciation cards and the history's summaries in memory
 * from batch to batch and writes them when it finishes; past a cap it writes them out early and reads
 * them back. Whatever the cap and the batch size, the rebuilt tables equal the live ones: cards changed,
 * charged (a repeated month adds nothing) and written off after they were written out early.
 */
describe('a rebuild holding rows in memory equals the live read models', () => {
  let url: string;
  let db: DataSource;
  let store: PostgresEventStore;
  const ids = Array.from({ length: 5 }, () => randomUUID());
  const revision = new Map<string, number>();

  const append = async (assetId: string, ...events: NewEvent[]) => {
    const at = revision.get(assetId);
    await store.append(`asset-${assetId}`, events, at === undefined ? 'no_stream' : BigInt(at));
    revision.set(assetId, (at ?? -1) + events.length);
  };
  const charge = (month: string, part: number, assetIds: string[]) =>
    store.append(
      'depreciation-ledger',
      [
        event('depreciation.charged.v1', {
          month,
          departmentId: 'D-EDU',
          part,
          tableVersion: 1,
          assetIds,
          amountsFen: assetIds.map((_, i) => 100 + i),
          totalFen: assetIds.reduce((sum, _, i) => sum + 100 + i, 0),
          schedules: [],
        }),
      ],
      'any',
    );

  beforeAll(async () => {
    url = await createTestDatabase('rebuild_held');
    db = await new DataSource(dataSourceOptions(url, DATABASE_SCHEMA)).initialize();
    store = new PostgresEventStore({ connectionString: url });
    for (const [n, id] of ids.entries()) await append(id, event('asset.registered.v1', card(id, n)));
    await charge('2026-01', 1, ids);
    await append(
      ids[0],
      event('asset.relocated.v1', {
        assetId: ids[0],
        from: { location: '行政楼302室', custodian: '张三' },
        to: { location: '仓库', custodian: '李四' },
        reason: null,
      }),
    );
    await append(
      ids[1],
      event('asset.corrected.v1', {
        assetId: ids[1],
        previous: { originalValueFen: 80001 },
        corrected: { originalValueFen: 90000, name: '会议椅' },
        reason: '原值有误',
      }),
    );
    await append(
      ids[2],
      event('asset.written-off.v1', {
        assetId: ids[2],
        disposalId: randomUUID(),
        disposalKind: 'scrap',
        departmentId: 'D-EDU',
        originalValueFen: 80002,
        accumulatedDepreciationFen: 200,
        netBookValueFen: 79802,
      }),
    );
    await charge('2026-02', 1, [ids[0], ids[1], ids[3]]);
    // The January charge again (another part of it): the cards charged for January already take nothing.
    await charge('2026-01', 2, [ids[0], ids[4]]);
    await append(
      ids[3],
      event('asset.transferred.v1', {
        assetId: ids[3],
        fromDepartmentId: 'D-EDU',
        toDepartmentId: 'D-SCH1',
        transferId: randomUUID(),
        custodian: '王五',
        location: '教学楼',
      }),
    );
    await append(
      ids[4],
      event('asset.written-off.v1', {
        assetId: ids[4],
        disposalId: randomUUID(),
        disposalKind: 'scrap',
        departmentId: 'D-EDU',
        originalValueFen: 80004,
        accumulatedDepreciationFen: 400,
        netBookValueFen: 79604,
      }),
    );
    const events = await store.readAll();
    for (const projection of allProjections(internationalSuite)) await db.transaction((tx) => projection.apply(tx, events));
  });
  afterAll(async () => {
    await store?.close();
    await db?.destroy();
  });

  it('projects the cards as the events leave them', async () => {
    const rows = await db.query<{ asset_no: string; charged_depreciation_fen: string; last_charged_month: string }[]>(
      'SELECT asset_no, charged_depreciation_fen, last_charged_month FROM asset_register ORDER BY asset_no',
    );
    // HELD-0: 100 (January) + 100 (February); HELD-1: 101 + 101; HELD-3: 103 + 102; HELD-2 and HELD-4 written off.
    expect(rows).toEqual([
      { asset_no: 'HELD-0', charged_depreciation_fen: '200', last_charged_month: '2026-02' },
      { asset_no: 'HELD-1', charged_depreciation_fen: '202', last_charged_month: '2026-02' },
      { asset_no: 'HELD-3', charged_depreciation_fen: '205', last_charged_month: '2026-02' },
    ]);
  });

  it.each([
    [1, 1],
    [1, 2],
    [3, 1],
    [4, 3],
    [1000, undefined],
  ])('rebuilds in batches of %p, holding at most %p rows, to the live rows', async (batchSize, heldRows) => {
    const rebuilder = new ReadModelRebuilder(store, url, internationalSuite, undefined, batchSize, heldRows);
    const shadow = await rebuilder.buildShadow();
    try {
      expect(await rebuilder.compare(shadow.schema)).toEqual([]);
      const [{ n }] = await db.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${shadow.schema}.asset_register`);
      expect(n).toBe('3');
    } finally {
      await rebuilder.drop(shadow.schema);
    }
  });
});
