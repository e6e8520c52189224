import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Each asset's time on the books as stretches [valid_from, valid_to) in which its department, idleness
 * and reported card figures stayed the same, in the original view and the corrected view (see
 * asset-intervals.ts). Register as of an instant and the idle rate are range scans and sums over it.
 * valid_to is 'infinity' while the stretch is open. Written only by the asset-history projection.
 */
@Entity({ name: 'asset_history' })
// GiST over (department, [valid_from, valid_to)) with btree_gist: a department's as-of read finds its stretches only.
@Index('asset_history_department_range_idx', { synchronize: false })
// The stretches that start or end in a month: the part of an as-of or period answer the monthly changes do not hold.
@Index('asset_history_valid_from_idx', ['validFrom'])
@Index('asset_history_valid_to_idx', ['validTo'])
export class AssetHistoryRow {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_asset_history' }) assetId!: string;
  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: 'PK_asset_history' }) validFrom!: Date;
  @Column({ type: 'timestamptz' }) validTo!: Date;
  @Column({ type: 'text' }) departmentId!: string;
  @Column({ type: 'boolean' }) idle!: boolean;
  @Column({ type: 'text' }) categoryClass!: string;
  @Column({ type: 'text', nullable: true }) categoryMajor!: string | null;
  @Column({ type: 'bigint' }) originalValueFen!: string;
  @Column({ type: 'bigint' }) accumulatedDepreciationFen!: string;
  @Column({ type: 'text' }) correctedCategoryClass!: string;
  @Column({ type: 'text', nullable: true }) correctedCategoryMajor!: string | null;
  @Column({ type: 'bigint' }) correctedOriginalValueFen!: string;
  @Column({ type: 'bigint' }) correctedAccumulatedDepreciationFen!: string;
}

/** The last revision of each asset stream the history has applied: a repeated delivery is recognised and skipped. */
@Entity({ name: 'asset_history_streams' })
export class AssetHistoryStreamRow {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_asset_history_streams' }) assetId!: string;
  @Column({ type: 'bigint' }) revision!: string;
}

/**
 * What the history's stretches add up to, as changes per calendar month (UTC) and group, in each view:
 * a stretch adds one asset and its figures at valid_from and takes them away at valid_to. The register
 * as of t is the sum of the months before t's month plus the stretches that start or end in t's month
 * up to t; `assets_at_ms` (Σ change × instant) lets a period's asset-time come from whole months too.
 * Kept by the projection in the stretches' transaction. category_major '' stands for none.
 */
@Entity({ name: 'asset_history_changes' })
export class AssetHistoryChangeRow {
  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: 'PK_asset_history_changes' }) bucket!: Date;
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_asset_history_changes' }) view!: string;
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_asset_history_changes' }) departmentId!: string;
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_asset_history_changes' }) categoryClass!: string;
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_asset_history_changes' }) categoryMajor!: string;
  /** stretches starting in the month */
  @Column({ type: 'bigint' }) stretches!: string;
  @Column({ type: 'bigint' }) assets!: string;
  @Column({ type: 'bigint' }) idleAssets!: string;
  @Column({ type: 'numeric' }) valueFen!: string;
  @Column({ type: 'numeric' }) netBookValueFen!: string;
  @Column({ type: 'numeric' }) assetsAtMs!: string;
  @Column({ type: 'numeric' }) idleAtMs!: string;
}
