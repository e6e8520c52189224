import { MigrationInterface, QueryRunner } from 'typeorm';

/** Loans (借用) of equipment between units, with their due dates and returns. */
export class Loans1732300001710 implements MigrationInterface {
  name = 'Loans1732300001710';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "loans" ("loan_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "asset_no" text NOT NULL, "asset_name" text NOT NULL, "lender_department_id" text NOT NULL, "borrower_department_id" text NOT NULL, "borrower" text NOT NULL, "purpose" text NOT NULL, "lent_on" date NOT NULL, "due_on" date NOT NULL, "returned_on" date, "days_overdue" integer, "return_note" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "loans_pkey" PRIMARY KEY ("loan_id"))`,
    );
    await q.query(`CREATE INDEX "loans_due_idx" ON "loans" ("due_on")`);
    await q.query(`CREATE INDEX "loans_asset_idx" ON "loans" ("asset_id")`);
    await q.query(`CREATE INDEX "loans_borrower_idx" ON "loans" ("borrower_department_id")`);
    await q.query(`CREATE INDEX "loans_lender_idx" ON "loans" ("lender_department_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "loans"`);
  }
}
