import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per stocktake (清查盘点) task, with its counts by outcome and the sign-off once closed. */
@Entity({ name: 'stocktakes' })
@Index('stocktakes_department_idx', ['departmentId'])
export class StocktakeRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'stocktakes_pkey' })
  stocktakeId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  departmentId!: string;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  /** open | closed */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  openedBy!: string;

  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'integer' })
  expectedCount!: number;

  @Column({ type: 'text', nullable: true })
  signedOffBy!: string | null;

  @Column({ type: 'text', nullable: true })
  signedOffName!: string | null;

  @Column({ type: 'text', nullable: true })
  opinion!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * One row per asset a task expects or met: pending until counted; found, found_elsewhere, surplus (盘盈),
 * shortage (盘亏), or not_found at the close.
 */
@Entity({ name: 'stocktake_items' })
@Index('stocktake_items_outcome_idx', ['stocktakeId', 'outcome'])
export class StocktakeItemRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'stocktake_items_pkey' })
  stocktakeId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'stocktake_items_pkey' })
  assetId!: string;

  @Column({ type: 'text' })
  assetNo!: string;

  @Column({ type: 'text' })
  assetName!: string;

  /** In the task's scope when it opened. */
  @Column({ type: 'boolean' })
  expected!: boolean;

  /** The card's department and 存放地点 (for an expected card: as it opened; else when counted). */
  @Column({ type: 'text' })
  cardDepartmentId!: string;

  @Column({ type: 'text' })
  cardLocation!: string;

  @Column({ type: 'text' })
  custodian!: string;

  @Column({ type: 'text' })
  outcome!: string;

  /** Where the counter saw it (null: not said, or not seen). */
  @Column({ type: 'text', nullable: true })
  foundAt!: string | null;

  /** Who settled it (counted, registered the surplus, recorded the shortage, or signed the close). */
  @Column({ type: 'text', nullable: true })
  settledBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  settledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  method!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
