import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a read model's projector stopped following the store for a reason that will not pass by itself (access
 * to $all denied, an invalid position): readiness fails and names it until the projector follows again.
 */
export class ProjectionStopped1732300001600 implements MigrationInterface {
  name = 'ProjectionStopped1732300001600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "projection_checkpoints" ADD "stopped_reason" text, ADD "stopped_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "projection_checkpoints" DROP COLUMN "stopped_at", DROP COLUMN "stopped_reason"`);
  }
}
