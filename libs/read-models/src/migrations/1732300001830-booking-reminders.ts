import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 预约提醒: when the booker was reminded the day before. The reminder sweep looks for confirmed bookings
 * starting soon that were not reminded yet, through a small partial index.
 */
export class BookingReminders1732300001830 implements MigrationInterface {
  name = 'BookingReminders1732300001830';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sharing_bookings" ADD COLUMN "reminded_at" timestamptz`);
    await q.query(
      `CREATE INDEX "sharing_bookings_unreminded_idx" ON "sharing_bookings" ("slot_start") WHERE "status" = 'confirmed' AND "reminded_at" IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "sharing_bookings_unreminded_idx"`);
    await q.query(`ALTER TABLE "sharing_bookings" DROP COLUMN "reminded_at"`);
  }
}
