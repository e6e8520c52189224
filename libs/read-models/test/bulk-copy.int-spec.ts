import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/platform/database/migrate';
import { bulkCopy } from '@app/read-models/bulk-copy';
import { AuditLogRow } from '@app/read-models/audit-log/audit-log.entity';
import { DATABASE_SCHEMA } from '@app/read-models/schema';
import { createTestDatabase } from '@test/support/test-database';

/**
 * COPY's text format escapes backslashes, tabs and line breaks, arrays have their own quoting and
 * bytes travel as hex: whatever the values, a row appended with bulkCopy reads back exactly as given.
 */
describe('bulkCopy', () => {
  let db: DataSource;
  let next = 0;
  const awkward = fc.string({ unit: fc.constantFrom('a', '部', '\\', '\t', '\n', '\r', '"', "'", ',', '{', '}', ' ', 'N', '\u0001') });

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(await createTestDatabase('bulkcopy'), DATABASE_SCHEMA)).initialize();
  });
  afterAll(async () => db.destroy());

  it('reads back every value it appended, in a transaction and outside one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            text: awkward,
            departments: fc.array(awkward, { maxLength: 3 }),
            data: fc.jsonValue(),
            hash: fc.uint8Array({ maxLength: 40 }),
          }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        fc.boolean(),
        async (values, inTransaction) => {
          const rows: AuditLogRow[] = values.map((v) => ({
            leafIndex: String(next++),
            eventId: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
            streamId: v.text,
            streamRevision: '0',
            commitPosition: String(next),
            preparePosition: String(next),
            eventType: v.text,
            actorId: v.text,
            departmentIds: v.departments,
            occurredAt: new Date('2026-01-01T08:00:00.123Z'),
            data: { value: v.data, text: v.text },
            metadata: { actor: v.text },
            leafHash: Buffer.from(v.hash),
          }));
          if (inTransaction) await db.transaction((tx) => bulkCopy(tx, AuditLogRow, rows));
          else await bulkCopy(db.manager, AuditLogRow, rows);
          const stored = await db
            .getRepository(AuditLogRow)
            .find({ where: rows.map((r) => ({ leafIndex: r.leafIndex })), order: { leafIndex: 'ASC' } });
          expect(stored).toEqual(rows.map((r) => ({ ...r, data: JSON.parse(JSON.stringify(r.data)) as object })));
        },
      ),
      { numRuns: 60 },
    );
  });
});
