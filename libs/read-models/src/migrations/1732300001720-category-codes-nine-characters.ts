import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Category codes in the read models move to the 9-character form (A020000 → A02000000: the missing 品目
 * level appended, as the events' upcaster reads them). Read models only: the stored events keep what they
 * hold, and a rebuild from them gives the same rows.
 */
const COLUMNS: readonly [string, readonly string[]][] = [
  ['asset_register', ['category_code', 'category_class', 'category_major']],
  ['marketplace_listings', ['category_code', 'category_class', 'category_major']],
  ['demands', ['category_code', 'category_class', 'category_major']],
  ['purchase_requests', ['category_code']],
  ['search_items', ['category_class', 'category_major']],
  ['asset_history', ['category_class', 'category_major', 'corrected_category_class', 'corrected_category_major']],
  ['asset_history_changes', ['category_class', 'category_major']],
];

export class CategoryCodesNineCharacters1732300001720 implements MigrationInterface {
  name = 'CategoryCodesNineCharacters1732300001720';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, columns] of COLUMNS) {
      const sets = columns.map((c) => `"${c}" = CASE WHEN "${c}" ~ '^A0[1-7][0-9]{4}$' THEN "${c}" || '00' ELSE "${c}" END`).join(', ');
      const where = columns.map((c) => `"${c}" ~ '^A0[1-7][0-9]{4}$'`).join(' OR ');
      await q.query(`UPDATE "${table}" SET ${sets} WHERE ${where}`);
    }
  }

  async down(): Promise<void> {
    // The 9-character codes are what the events read as; there is no way back to be taken.
  }
}
