import { DataSource } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { DepreciationProjection } from '@app/read-models/depreciation/depreciation.projection';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { createTestDatabase } from '@test/support/test-database';

let position = 0n;
const recorded = (type: string, data: Record<string, unknown>, occurredAt: string): RecordedEvent => {
  position += 1n;
  return {
    id: `00000000-0000-4000-8000-${position.toString().padStart(12, '0')}`,
    streamId: type.startsWith('asset.') ? `asset-${String(data.assetId)}` : 'depreciation-ledger',
    revision: 0n,
    position: { commit: position, prepare: position },
    type,
    data,
    metadata: { actorId: 'fin', actorRole: 'finance_approver', departmentId: null, correlationId: 'c', causationId: 'c', occurredAt },
    recordedAt: new Date(occurredAt),
  };
};
const registered = (i: number) =>
  recorded(
    'asset.registered.v1',
    {
      assetId: `a-${i}`,
      assetNo: `DEP-${i}`,
      departmentId: i % 2 === 0 ? 'D-EDU' : 'D-SCH1',
      name: '台式计算机',
      categoryCode: 'A02010000',
      acquiredOn: '2026-01-10',
      originalValueFen: 720_000,
      accumulatedDepreciationFen: i === 0 ? 100_000 : 0,
    },
    '2026-01-15T02:00:00.000Z',
  );

/**
 * The depreciation projection folds a batch in memory and writes it in one statement per table: the
 * number of statements does not grow with the events, the rows are what the events say, and the same
 * batch delivered again changes nothing.
 */
describe('depreciation projection writes in bulk', () => {
  let db: DataSource;
  const projection = new DepreciationProjection();
  const assets = 300;
  const batch: RecordedEvent[] = [
    ...Array.from({ length: assets }, (_, i) => registered(i)),
    recorded(
      'asset.corrected.v1',
      { assetId: 'a-1', previous: { originalValueFen: 720_000 }, corrected: { originalValueFen: 800_000 }, reason: '按发票更正' },
      '2026-03-02T02:00:00.000Z',
    ),
    recorded('asset.transferred.v1', { assetId: 'a-2', fromDepartmentId: 'D-EDU', toDepartmentId: 'D-SCH1' }, '2026-03-03T02:00:00.000Z'),
    ...['D-EDU', 'D-SCH1'].map((departmentId) => {
      const ids = Array.from({ length: assets }, (_, i) => i).filter((i) => (i % 2 === 0 ? 'D-EDU' : 'D-SCH1') === departmentId);
      return recorded(
        'depreciation.charged.v1',
        {
          month: '2026-01',
          departmentId,
          part: 1,
          tableVersion: 0,
          assetIds: ids.map((i) => `a-${i}`),
          amountsFen: ids.map(() => 10_000),
          totalFen: ids.length * 10_000,
          schedules: [],
        },
        '2026-02-01T02:00:00.000Z',
      );
    }),
    recorded(
      'depreciation.month-closed.v1',
      {
        month: '2026-01',
        tableVersion: 0,
        assetsCharged: assets,
        departments: 2,
        totalFen: assets * 10_000,
        withoutLife: [],
        closedBy: 'fin',
      },
      '2026-02-01T02:00:00.000Z',
    ),
  ];

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(await createTestDatabase('depreciation'), DATABASE_SCHEMA)).initialize();
  });
  afterAll(() => db?.destroy());

  const applyCounting = () =>
    db.transaction(async (tx) => {
      const spy = jest.spyOn(tx.queryRunner!, 'query');
      await projection.apply(tx, batch);
      return spy.mock.calls.length;
    });
  const snapshot = () =>
    Promise.all([
      db.query(`SELECT * FROM depreciation_assets ORDER BY asset_id`),
      db.query(`SELECT * FROM depreciation_card_values ORDER BY asset_id, effective_at`),
      db.query(`SELECT * FROM depreciation_charges ORDER BY asset_id, month`),
      db.query(`SELECT * FROM depreciation_months`),
    ]);

  it('uses a fixed number of statements for a batch of hundreds of events, and the rows add up', async () => {
    const statements = await applyCounting();
    // Read the cards; write cards, card values, charges, months (tables: none in this batch).
    expect(statements).toBeLessThanOrEqual(5);
    const [cards, values, charges, months] = await snapshot();
    expect(cards).toHaveLength(assets);
    expect(cards.find((c: { asset_id: string }) => c.asset_id === 'a-1')).toMatchObject({ original_value_fen: '800000' });
    expect(cards.find((c: { asset_id: string }) => c.asset_id === 'a-2')).toMatchObject({ department_id: 'D-SCH1' });
    expect(values).toHaveLength(assets + 1);
    expect(charges).toHaveLength(assets);
    expect(months).toEqual([expect.objectContaining({ month: '2026-01', total_fen: String(assets * 10_000) })]);
  });

  it('the same batch delivered again changes nothing', async () => {
    const before = await snapshot();
    await applyCounting();
    expect(await snapshot()).toEqual(before);
  });
});
