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
