import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shared spaces tied to the property register: the room or parcel a space is part of (null for spaces
 * published before, shown as 未关联物业), indexed for the property card and the 应开尽开 report.
 */
export class SharingSpaceProperty1732300002300 implements MigrationInterface {
  name = 'SharingSpaceProperty1732300002300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sharing_spaces" ADD COLUMN "property_id" uuid`);
    await q.query(`CREATE INDEX "sharing_spaces_property_idx" ON "sharing_spaces" ("property_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "sharing_spaces_property_idx"`);
    await q.query(`ALTER TABLE "sharing_spaces" DROP COLUMN "property_id"`);
  }
}
