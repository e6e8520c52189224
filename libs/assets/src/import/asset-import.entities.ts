import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One import of a register file: who started it for which unit, how far it got (the checkpoint:
 * rows_done rows, in row order, are decided and appended) and what came of the rows. Written by the
 * import worker, not by a projection: a rebuild of the read models never touches it.
 */
@Entity({ name: 'asset_import_jobs' })
@Index('asset_import_jobs_department_idx', ['departmentId', 'createdAt'])
export class AssetImportJobRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'asset_import_jobs_pkey' }) jobId!: string;
  @Column({ type: 'text' }) departmentId!: string;
  /** The actor the rows are registered as (userId, role, departmentId, displayName). */
  @Column({ type: 'jsonb' }) actor!: object;
  @Column({ type: 'text' }) fileName!: string;
  @Column({ type: 'text' }) encoding!: string;
  /** running → done; a running job is resumed when the worker starts. */
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'integer' }) totalRows!: number;
  @Column({ type: 'integer' }) rowsDone!: number;
  @Column({ type: 'integer' }) imported!: number;
  /** Rows whose asset number was registered already (by an earlier import or by hand): nothing written for them. */
  @Column({ type: 'integer' }) skipped!: number;
  @Column({ type: 'integer' }) failed!: number;
  /** Rows the register refused while importing (first 1000): row, code, problem. */
  @Column({ type: 'jsonb' }) failures!: object;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}

/** The checked rows of a job, stored before it starts so a restarted worker continues from the checkpoint. */
@Entity({ name: 'asset_import_rows' })
export class AssetImportRowRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'asset_import_rows_pkey' }) jobId!: string;
  /** 0-based order of the row in the job (the checkpoint counts these). */
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'asset_import_rows_pkey' }) seq!: number;
  /** The row as the spreadsheet numbers it. */
  @Column({ type: 'integer' }) rowNumber!: number;
  @Column({ type: 'jsonb' }) registration!: object;
}
