import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One property import (物业导入): who started it for which unit, its checkpoint (rows_done rows, in the
 * job's order, decided and appended) and what came of the rows. Written by the import worker, not by a
 * projection: a rebuild of the read models never touches it. Same columns as asset_import_jobs.
 */
@Entity({ name: 'property_import_jobs' })
@Index('property_import_jobs_department_idx', ['departmentId', 'createdAt'])
export class PropertyImportJobRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'property_import_jobs_pkey' }) jobId!: string;
  @Column({ type: 'text' }) departmentId!: string;
  @Column({ type: 'jsonb' }) actor!: object;
  @Column({ type: 'text' }) fileName!: string;
  @Column({ type: 'text' }) encoding!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'integer' }) totalRows!: number;
  @Column({ type: 'integer' }) rowsDone!: number;
  @Column({ type: 'integer' }) imported!: number;
  /** Rows whose 物业编号 this unit had registered already: nothing written for them. */
  @Column({ type: 'integer' }) skipped!: number;
  @Column({ type: 'integer' }) failed!: number;
  @Column({ type: 'jsonb' }) failures!: object;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}

/** A job's checked rows, parents first (seq order), kept until the job is done. */
@Entity({ name: 'property_import_rows' })
export class PropertyImportRowRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'property_import_rows_pkey' }) jobId!: string;
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'property_import_rows_pkey' }) seq!: number;
  @Column({ type: 'integer' }) rowNumber!: number;
  @Column({ type: 'jsonb' }) registration!: object;
}
