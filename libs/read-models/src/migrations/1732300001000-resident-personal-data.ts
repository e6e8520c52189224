import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Residents' name, phone and plate leave the read models as plain text: the rows hold the sealed
 * values instead. The sharing read model is emptied and its checkpoint reset, so the projector
 * replays it from the events (plain-text events written before encryption project no personal
 * field until `npm run cli -- personal-data-upcast` has sealed them).
 */
export class ResidentPersonalData1732300001000 implements MigrationInterface {
  name = 'ResidentPersonalData1732300001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`TRUNCATE "sharing_spaces", "sharing_bookings", "sharing_residents", "sharing_bookers"`);
    await q.query(`DELETE FROM "projection_checkpoints" WHERE "name" = 'sharing'`);
    await q.query(`ALTER TABLE "sharing_bookings" DROP COLUMN "plate_number"`);
    await q.query(`ALTER TABLE "sharing_bookings" ADD "booker_subject_id" text`);
    await q.query(`ALTER TABLE "sharing_bookings" ADD "plate" jsonb`);
    await q.query(`ALTER TABLE "sharing_bookings" ADD "personal_erased" boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX "sharing_bookings_subject_idx" ON "sharing_bookings" ("booker_subject_id")`);
    await q.query(`ALTER TABLE "sharing_residents" DROP COLUMN "name", DROP COLUMN "phone", DROP COLUMN "plate_number"`);
    await q.query(
      `ALTER TABLE "sharing_residents" ADD "subject_id" text, ADD "personal" jsonb, ADD "legacy_plain" boolean NOT NULL DEFAULT false,
        ADD "consent_version" text, ADD "consented_at" TIMESTAMP WITH TIME ZONE, ADD "profile_recorded_at" TIMESTAMP WITH TIME ZONE,
        ADD "last_booked_until" TIMESTAMP WITH TIME ZONE, ADD "erased_at" TIMESTAMP WITH TIME ZONE, ADD "erased_by" text`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`TRUNCATE "sharing_spaces", "sharing_bookings", "sharing_residents", "sharing_bookers"`);
    await q.query(`DELETE FROM "projection_checkpoints" WHERE "name" = 'sharing'`);
    await q.query(`DROP INDEX "sharing_bookings_subject_idx"`);
    await q.query(`ALTER TABLE "sharing_bookings" DROP COLUMN "booker_subject_id", DROP COLUMN "plate", DROP COLUMN "personal_erased"`);
    await q.query(`ALTER TABLE "sharing_bookings" ADD "plate_number" text`);
    await q.query(
      `ALTER TABLE "sharing_residents" DROP COLUMN "subject_id", DROP COLUMN "personal", DROP COLUMN "legacy_plain", DROP COLUMN "consent_version",
        DROP COLUMN "consented_at", DROP COLUMN "profile_recorded_at", DROP COLUMN "last_booked_until", DROP COLUMN "erased_at", DROP COLUMN "erased_by"`,
    );
    await q.query(
      `ALTER TABLE "sharing_residents" ADD "name" text NOT NULL DEFAULT '', ADD "phone" text NOT NULL DEFAULT '', ADD "plate_number" text`,
    );
  }
}
