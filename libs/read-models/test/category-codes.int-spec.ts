import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  CATEGORY_TABLE_STREAM_ID,
  CategoryTableEvent,
  categoryTableDecider,
  evolveCategoryTable,
  initialCategoryTableState,
  tableInForce,
} from '@app/assets';
import { internationalSuite } from '@app/crypto';
import { NewEvent, PostgresEventStore } from '@app/event-store';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { CategoryCodesNineCharacters1732300001720 } from '@app/read-models/migrations/1732300001720-category-codes-nine-characters';
import { allProjections } from '@app/read-models/projections';
import { ReadModelRebuilder } from '@app/read-models/rebuild/read-model-rebuilder';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { createTestDatabase } from '@test/support/test-database';

const admin = { userId: 'admin', displayName: '管理员', role: 'system_admin' as const, departmentId: null };
const event = (type: string, data: Record<string, unknown>, occurredAt: string): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { actorId: 'mgr', actorRole: 'asset_manager', departmentId: 'D-EDU', correlationId: 'c', causationId: 'c', occurredAt },
});
const card = (assetId: string, assetNo: string, categoryCode: string) => ({
  assetId,
  assetNo,
  departmentId: 'D-EDU',
  name: '办公椅',
  categoryCode,
  custodian: '张三',
  location: '行政楼302室',
  acquiredOn: '2020-05-10',
  originalValueFen: 80000,
  quantity: 1,
  unit: '把',
  condition: 'good',
  brand: null,
  specification: null,
  accumulatedDepreciationFen: 0,
  usage: null,
});

/**
 * Events stored before the 9-character codes (A050100) are read as A05010000 by the projections, by a
 * rebuild from the store and by the read-model migration, while the stored events keep what they hold;
 * and the category table loaded as events gives the table in force as of any instant.
 */
describe('category codes on PostgreSQL: load, as-of, and 7-character codes through the projections', () => {
  let url: string;
  let db: DataSource;
  let store: PostgresEventStore;
  const legacy = randomUUID();
  const current = randomUUID();

  beforeAll(async () => {
    url = await createTestDatabase('categories');
    db = await new DataSource(dataSourceOptions(url, DATABASE_SCHEMA)).initialize();
    store = new PostgresEventStore({ connectionString: url });
    await store.append(
      `asset-${legacy}`,
      [
        event('asset.registered.v1', card(legacy, 'OLD-1', 'A050100'), '2021-03-01T02:00:00.000Z'),
        event(
          'asset.corrected.v1',
          { assetId: legacy, previous: { categoryCode: 'A050100' }, corrected: { categoryCode: 'A020101' }, reason: '分类录错' },
          '2021-04-01T02:00:00.000Z',
        ),
      ],
      'no_stream',
    );
    await store.append(
      `asset-${current}`,
      [event('asset.registered.v1', card(current, 'NEW-1', 'A05010000'), '2026-11-01T02:00:00.000Z')],
      'no_stream',
    );
  });
  afterAll(async () => {
    await store?.close();
    await db?.destroy();
  });

  it('keeps the stored events as written', async () => {
    const [registered, corrected] = await store.readStream(`asset-${legacy}`);
    expect(registered.data.categoryCode).toBe('A050100');
    expect(corrected.data).toMatchObject({ corrected: { categoryCode: 'A020101' } });
  });

  it('projects a 7-character code in the 9-character form at every level', async () => {
    const events = await store.readAll();
    for (const projection of allProjections(internationalSuite)) await db.transaction((tx) => projection.apply(tx, events));
    const rows = await db.query(`SELECT asset_no, category_code, category_class, category_major FROM asset_register ORDER BY asset_no`);
    expect(rows).toEqual([
      { asset_no: 'NEW-1', category_code: 'A05010000', category_class: 'A05000000', category_major: 'A05010000' },
      { asset_no: 'OLD-1', category_code: 'A02010100', category_class: 'A02000000', category_major: 'A02010000' },
    ]);
    const search = await db.query(`SELECT category_class, category_major FROM search_items WHERE item_id = $1`, [legacy]);
    expect(search).toEqual([{ category_class: 'A02000000', category_major: 'A02010000' }]);
    const history = await db.query(
      `SELECT DISTINCT category_class, corrected_category_class FROM asset_history WHERE asset_id = $1 ORDER BY 1`,
      [legacy],
    );
    // Before the correction the card said 家具 (A050100), after it 计算机 (A020101); the corrected view says 计算机 throughout.
    expect(history).toEqual([
      { category_class: 'A02000000', corrected_category_class: 'A02000000' },
      { category_class: 'A05000000', corrected_category_class: 'A02000000' },
    ]);
  });

  it('rebuilds from the store to the same rows', async () => {
    const rebuilder = new ReadModelRebuilder(store, url, internationalSuite);
    const shadow = await rebuilder.buildShadow();
    try {
      const rebuilt = await db.query(`SELECT asset_no, category_code FROM ${shadow.schema}.asset_register ORDER BY asset_no`);
      expect(rebuilt).toEqual([
        { asset_no: 'NEW-1', category_code: 'A05010000' },
        { asset_no: 'OLD-1', category_code: 'A02010100' },
      ]);
      expect(await rebuilder.compare(shadow.schema)).toEqual([]);
    } finally {
      await rebuilder.drop(shadow.schema);
    }
  });

  it('moves read-model rows written with 7-character codes to the 9-character form on migration', async () => {
    await db.query(
      `UPDATE asset_register SET category_code = 'A020101', category_class = 'A020000', category_major = 'A020100' WHERE asset_id = $1`,
      [legacy],
    );
    const runner = db.createQueryRunner();
    try {
      await new CategoryCodesNineCharacters1732300001720().up(runner);
    } finally {
      await runner.release();
    }
    const [row] = await db.query(`SELECT category_code, category_class, category_major FROM asset_register WHERE asset_id = $1`, [legacy]);
    expect(row).toEqual({ category_code: 'A02010100', category_class: 'A02000000', category_major: 'A02010000' });
  });

  it('keeps every table loaded, and as of an instant gives the one in force then', async () => {
    const loadAt = async (now: string, csv: string) => {
      const state = (await store.readStream(CATEGORY_TABLE_STREAM_ID)).reduce(
        (s, e) => evolveCategoryTable(s, { type: e.type, data: e.data } as CategoryTableEvent),
        initialCategoryTableState(),
      );
      const decided = categoryTableDecider.decide({ kind: 'LoadCategoryTable', actor: admin, now, csv, source: 't.csv' }, state);
      if (!Array.isArray(decided)) throw decided;
      await store.append(
        CATEGORY_TABLE_STREAM_ID,
        decided.map((e) => event(e.type, e.data as never, now)),
        'any',
      );
    };
    await loadAt('2026-03-01T00:00:00.000Z', 'code,name\nA05000000,家具和用具\nA05010000,家具\n');
    await loadAt('2026-06-01T00:00:00.000Z', 'code,name\nA05000000,家具和用具\n');
    const state = (await store.readStream(CATEGORY_TABLE_STREAM_ID)).reduce(
      (s, e) => evolveCategoryTable(s, { type: e.type, data: e.data } as CategoryTableEvent),
      initialCategoryTableState(),
    );
    expect(tableInForce(state, '2026-01-01T00:00:00.000Z').version).toBe(0);
    expect(tableInForce(state, '2026-04-01T00:00:00.000Z')).toMatchObject({
      version: 1,
      rows: [{ code: 'A05000000' }, { code: 'A05010000', name: '家具' }],
    });
    expect(tableInForce(state, '2026-07-01T00:00:00.000Z')).toMatchObject({ version: 2, rows: [{ code: 'A05000000' }] });
  });
});
