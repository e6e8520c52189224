import { Column } from 'typeorm';

/**
 * The columns every import job table has (asset_import_jobs, property_import_jobs), as ImportJobQueue reads
 * and writes them; each table's entity adds its key, its name and its index. Written by the import worker,
 * not by a projection: a rebuild of the read models never touches these tables.
 */
export abstract class ImportJobColumns {
  @Column({ type: 'text' }) departmentId!: string;
  /** The actor the rows are registered as (userId, role, departmentId, displayName). */
  @Column({ type: 'jsonb' }) actor!: object;
  @Column({ type: 'text' }) fileName!: string;
  @Column({ type: 'text' }) encoding!: string;
  /** running → done; a running job is resumed when the worker starts. */
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'integer' }) totalRows!: number;
  /** The checkpoint: this many rows, in the job's order, are decided and appended. */
  @Column({ type: 'integer' }) rowsDone!: number;
  @Column({ type: 'integer' }) imported!: number;
  /** Rows registered already on this unit's books (an earlier import, or by hand): nothing written for them. */
  @Column({ type: 'integer' }) skipped!: number;
  @Column({ type: 'integer' }) failed!: number;
  /** Rows the register refused while importing (first 1000): row, code, problem. */
  @Column({ type: 'jsonb' }) failures!: object;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}

/** A job's checked rows beside its key and seq: stored before it starts, so a restarted worker continues from the checkpoint. */
export abstract class ImportRowColumns {
  /** The row as the spreadsheet numbers it. */
  @Column({ type: 'integer' }) rowNumber!: number;
  @Column({ type: 'jsonb' }) registration!: object;
}
