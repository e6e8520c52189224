import { MigrationInterface, QueryRunner } from 'typeorm';

export class Sharing1732300000400 implements MigrationInterface {
  name = 'Sharing1732300000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "sharing_spaces" ("space_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "department_id" text NOT NULL, "location" text NOT NULL, "audiences" jsonb NOT NULL, "approval" text NOT NULL, "schedule" jsonb NOT NULL, "blackouts" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d331a067c1dc14b1b1f4a74dad8" PRIMARY KEY ("space_id"))`,
    );
    await q.query(`CREATE INDEX "sharing_spaces_department_idx" ON "sharing_spaces" ("department_id")`);
    await q.query(
      `CREATE TABLE "sharing_bookings" ("booking_id" uuid NOT NULL, "space_id" uuid NOT NULL, "slot_start" TIMESTAMP WITH TIME ZONE NOT NULL, "slot_end" TIMESTAMP WITH TIME ZONE NOT NULL, "booker_id" text NOT NULL, "booker_kind" text NOT NULL, "department_id" text, "places" integer NOT NULL, "plate_number" text, "status" text NOT NULL, "cancelled_by" text, "notice" text, "checked_in_at" TIMESTAMP WITH TIME ZONE, "checked_out_at" TIMESTAMP WITH TIME ZONE, "overstay_minutes" integer, "placed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5889f3a96a7ef795326ed4fc6ec" PRIMARY KEY ("booking_id"))`,
    );
    await q.query(`CREATE INDEX "sharing_bookings_booker_idx" ON "sharing_bookings" ("booker_id")`);
    await q.query(`CREATE INDEX "sharing_bookings_slot_idx" ON "sharing_bookings" ("space_id", "slot_start")`);
    await q.query(
      `CREATE TABLE "sharing_residents" ("resident_id" text NOT NULL, "name" text NOT NULL, "phone" text NOT NULL, "plate_number" text, CONSTRAINT "PK_267d9527c8c4fbeb7aab66be17d" PRIMARY KEY ("resident_id"))`,
    );
    await q.query(
      `CREATE TABLE "sharing_bookers" ("booker_id" text NOT NULL, "strikes" integer NOT NULL, "suspended_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c1b26514967eda220563d1b5ec5" PRIMARY KEY ("booker_id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "sharing_bookers"`);
    await q.query(`DROP TABLE "sharing_residents"`);
    await q.query(`DROP TABLE "sharing_bookings"`);
    await q.query(`DROP TABLE "sharing_spaces"`);
  }
}
