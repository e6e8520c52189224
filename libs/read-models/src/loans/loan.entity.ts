import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per loan (借用): open until the lender records the return; overdue when open past its due date. */
@Entity({ name: 'loans' })
@Index('loans_lender_idx', ['lenderDepartmentId'])
@Index('loans_borrower_idx', ['borrowerDepartmentId'])
@Index('loans_asset_idx', ['assetId'])
@Index('loans_due_idx', ['dueOn'])
export class LoanRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'loans_pkey' })
  loanId!: string;

  @Column({ type: 'uuid' })
  assetId!: string;

  @Column({ type: 'text' })
  assetNo!: string;

  @Column({ type: 'text' })
  assetName!: string;

  @Column({ type: 'text' })
  lenderDepartmentId!: string;

  @Column({ type: 'text' })
  borrowerDepartmentId!: string;

  @Column({ type: 'text' })
  borrower!: string;

  @Column({ type: 'text' })
  purpose!: string;

  /** Calendar dates (Asia/Shanghai), YYYY-MM-DD. */
  @Column({ type: 'date' })
  lentOn!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'date', nullable: true })
  returnedOn!: string | null;

  @Column({ type: 'integer', nullable: true })
  daysOverdue!: number | null;

  @Column({ type: 'text', nullable: true })
  returnNote!: string | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
