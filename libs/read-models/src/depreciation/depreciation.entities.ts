import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What the depreciation read model knows of each card: value, opening 累计折旧 and where it is kept. */
@Entity({ name: 'depreciation_assets' })
@Index('depreciation_assets_department_idx', ['departmentId'])
export class DepreciationAssetRow {
  @PrimaryColumn({ type: 'text' }) assetId!: string;
  @Column({ type: 'text' }) departmentId!: string;
  @Column({ type: 'text' }) assetNo!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) categoryCode!: string;
  @Column({ type: 'date' }) acquiredOn!: string;
  @Column({ type: 'bigint' }) originalValueFen!: string;
  /** 累计折旧 the card was registered or corrected with (imported cards). */
  @Column({ type: 'bigint' }) openingFen!: string;
}

/**
 * The card's 原值 and opening 累计折旧 from an instant on (registration, then each correction of them):
 * net book value as of an earlier month folds the card as it stood then, not as corrected since.
 */
@Entity({ name: 'depreciation_card_values' })
export class DepreciationCardValueRow {
  @PrimaryColumn({ type: 'text' }) assetId!: string;
  @PrimaryColumn({ type: 'timestamptz' }) effectiveAt!: Date;
  @Column({ type: 'bigint' }) originalValueFen!: string;
  @Column({ type: 'bigint' }) openingFen!: string;
}

/** One asset's charge for one month (计提折旧), as the ledger recorded it. */
@Entity({ name: 'depreciation_charges' })
@Index('depreciation_charges_month_department_idx', ['month', 'departmentId'])
export class DepreciationChargeRow {
  @PrimaryColumn({ type: 'text' }) assetId!: string;
  @PrimaryColumn({ type: 'text' }) month!: string;
  @Column({ type: 'text' }) departmentId!: string;
  @Column({ type: 'bigint' }) amountFen!: string;
}

/** A closed month with its totals. */
@Entity({ name: 'depreciation_months' })
export class DepreciationMonthRow {
  @PrimaryColumn({ type: 'text' }) month!: string;
  @Column({ type: 'integer' }) tableVersion!: number;
  @Column({ type: 'integer' }) assetsCharged!: number;
  @Column({ type: 'integer' }) departments!: number;
  @Column({ type: 'bigint' }) totalFen!: string;
  @Column({ type: 'jsonb' }) withoutLife!: { prefix: string; assets: number }[];
  @Column({ type: 'text' }) closedBy!: string;
  @Column({ type: 'timestamptz' }) closedAt!: Date;
}

/** Each loaded version of the useful-life table (version 0, shipped, lives in code). */
@Entity({ name: 'depreciation_life_tables' })
export class DepreciationLifeTableRow {
  @PrimaryColumn({ type: 'integer' }) version!: number;
  @Column({ type: 'text' }) effectiveFrom!: string;
  @Column({ type: 'text' }) source!: string;
  @Column({ type: 'text' }) reason!: string;
  @Column({ type: 'jsonb' }) rows!: { prefix: string; name: string; years: number | null; basis: string }[];
  @Column({ type: 'text' }) loadedBy!: string;
  @Column({ type: 'timestamptz' }) loadedAt!: Date;
}
