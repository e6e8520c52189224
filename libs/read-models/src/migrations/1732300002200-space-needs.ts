import { MigrationInterface, QueryRunner } from 'typeorm';

/** Space needs (空间使用需求) and their allocations (调配) with approval chains and handovers. */
export class SpaceNeeds1732300002200 implements MigrationInterface {
  name = 'SpaceNeeds1732300002200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "space_needs" ("need_id" uuid NOT NULL, "department_id" text NOT NULL, "title" text NOT NULL, "use" text NOT NULL, "min_area_sqm" numeric(12,2) NOT NULL, "max_area_sqm" numeric(12,2) NOT NULL, "lng" double precision, "lat" double precision, "radius_m" integer, "district_id" text, "needed_from" date NOT NULL, "duration_months" integer NOT NULL, "purpose" text NOT NULL, "status" text NOT NULL, "allocation_id" uuid, "property_id" uuid, "end_reason" text, "posted_by" text NOT NULL, "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "space_needs_pkey" PRIMARY KEY ("need_id"))`,
    );
    await q.query(`CREATE INDEX "space_needs_department_idx" ON "space_needs" ("department_id")`);
    await q.query(`CREATE INDEX "space_needs_status_idx" ON "space_needs" ("status")`);
    await q.query(
      `CREATE TABLE "space_allocations" ("allocation_id" uuid NOT NULL, "need_id" uuid NOT NULL, "need_title" text NOT NULL, "property_id" uuid NOT NULL, "property_no" text NOT NULL, "property_name" text NOT NULL, "property_use" text NOT NULL, "gross_area_sqm" numeric(12,2) NOT NULL, "from_unit_id" text NOT NULL, "to_department_id" text NOT NULL, "status" text NOT NULL, "steps" jsonb NOT NULL, "policy_version" integer, "requested_by" text NOT NULL, "reject_reason" text, "handed_over_on" date, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "space_allocations_pkey" PRIMARY KEY ("allocation_id"))`,
    );
    await q.query(`CREATE INDEX "space_allocations_to_idx" ON "space_allocations" ("to_department_id")`);
    await q.query(`CREATE INDEX "space_allocations_from_idx" ON "space_allocations" ("from_unit_id")`);
    await q.query(`CREATE INDEX "space_allocations_status_idx" ON "space_allocations" ("status")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "space_allocations"`);
    await q.query(`DROP TABLE "space_needs"`);
  }
}
