import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password hashes live apart from the events: events are kept for ever and exported to auditors,
 * and a hash there could never be erased. The account's events record that (and when) it changed.
 */
export class Credentials1732300001100 implements MigrationInterface {
  name = 'Credentials1732300001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS identity`);
    await q.query(
      `CREATE TABLE identity.credentials (username text PRIMARY KEY, password_hash text NOT NULL, changed_at timestamptz NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE identity.credentials`);
  }
}
