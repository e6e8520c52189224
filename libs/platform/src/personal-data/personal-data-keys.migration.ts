import { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonalDataKeys1732300000900 implements MigrationInterface {
  name = 'PersonalDataKeys1732300000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "personal_data_keys" ("subject_id" text NOT NULL, "key_version" integer NOT NULL, "algorithm" text NOT NULL, "key_material" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_personal_data_keys" PRIMARY KEY ("subject_id", "key_version"))`,
    );
    await q.query(
      `CREATE TABLE "personal_data_erasures" ("subject_id" text NOT NULL, "erased_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_personal_data_erasures" PRIMARY KEY ("subject_id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "personal_data_erasures"`);
    await q.query(`DROP TABLE "personal_data_keys"`);
  }
}
