import { Entity, Index, PrimaryColumn } from 'typeorm';
import { ImportJobColumns, ImportRowColumns } from '@app/platform/import/import-job.entities';

/** One property import (物业导入): who started it for which unit, how far it got and what came of the rows. */
@Entity({ name: 'property_import_jobs' })
@Index('property_import_jobs_department_idx', ['departmentId', 'createdAt'])
export class PropertyImportJobRow extends ImportJobColumns {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'property_import_jobs_pkey' }) jobId!: string;
}

/** A job's checked rows, parents first (seq order), kept until the job is done. */
@Entity({ name: 'property_import_rows' })
export class PropertyImportRowRow extends ImportRowColumns {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'property_import_rows_pkey' }) jobId!: string;
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'property_import_rows_pkey' }) seq!: number;
}
