import { Entity, Index, PrimaryColumn } from 'typeorm';
import { ImportJobColumns, ImportRowColumns } from '@app/platform/import/import-job.entities';

/** One import of a register file (资产导入): who started it for which unit, how far it got and what came of the rows. */
@Entity({ name: 'asset_import_jobs' })
@Index('asset_import_jobs_department_idx', ['departmentId', 'createdAt'])
export class AssetImportJobRow extends ImportJobColumns {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'asset_import_jobs_pkey' }) jobId!: string;
}

/** The checked rows of a job. */
@Entity({ name: 'asset_import_rows' })
export class AssetImportRowRow extends ImportRowColumns {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'asset_import_rows_pkey' }) jobId!: string;
  /** 0-based order of the row in the job (the checkpoint counts these). */
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'asset_import_rows_pkey' }) seq!: number;
}
