import { MigrationInterface, QueryRunner } from 'typeorm';

/** The property register (物业一张图): properties and who occupied them when. */
export class Properties1732300002000 implements MigrationInterface {
  name = 'Properties1732300002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "properties" ("property_id" uuid NOT NULL, "property_no" text NOT NULL, "kind" text NOT NULL, "parent_id" uuid, "name" text NOT NULL, "address" text NOT NULL, "lng" double precision, "lat" double precision, "gross_area_sqm" numeric(12,2) NOT NULL, "usable_area_sqm" numeric(12,2), "use" text NOT NULL, "owner_unit_id" text NOT NULL, "occupant_unit_id" text, "occupied_since" date, "status" text NOT NULL, "asset_id" uuid, "sharing_eligible" boolean, "sharing_eligibility_reason" text, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stream_revision" bigint NOT NULL, CONSTRAINT "properties_pkey" PRIMARY KEY ("property_id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "properties_property_no_key" ON "properties" ("property_no")`);
    await q.query(`CREATE INDEX "properties_parent_idx" ON "properties" ("parent_id")`);
    await q.query(`CREATE INDEX "properties_owner_unit_idx" ON "properties" ("owner_unit_id")`);
    await q.query(`CREATE INDEX "properties_occupant_unit_idx" ON "properties" ("occupant_unit_id")`);
    await q.query(
      `CREATE TABLE "property_occupancies" ("property_id" uuid NOT NULL, "opened_revision" bigint NOT NULL, "unit_id" text NOT NULL, "from_date" date NOT NULL, "to_date" date, "allocation_id" uuid, CONSTRAINT "property_occupancies_pkey" PRIMARY KEY ("property_id", "opened_revision"))`,
    );
    await q.query(`CREATE INDEX "property_occupancies_unit_idx" ON "property_occupancies" ("unit_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "property_occupancies"`);
    await q.query(`DROP TABLE "properties"`);
  }
}
