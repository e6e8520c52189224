import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per asset card: the ledger (一本账) as it stands now. Written only by the projector. */
@Entity({ name: 'asset_register' })
@Index('asset_register_search_trgm', { synchronize: false })
@Index('asset_register_department_idx', ['departmentId'])
@Index('asset_register_category_idx', ['categoryClass', 'categoryMajor'])
@Index('asset_register_registered_idx', ['registeredCommit', 'registeredPrepare'])
export class AssetRegisterRow {
  @PrimaryColumn({ name: 'asset_id', type: 'uuid' })
  assetId!: string;

  @Index('asset_register_asset_no_uq', { unique: true })
  @Column({ name: 'asset_no', type: 'text' })
  assetNo!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode!: string;

  /** 门类 code, e.g. A020000 */
  @Column({ name: 'category_class', type: 'text' })
  categoryClass!: string;

  /** 大类 code, null when the card is coded at 门类 level */
  @Column({ name: 'category_major', type: 'text', nullable: true })
  categoryMajor!: string | null;

  @Column({ name: 'department_id', type: 'text' })
  departmentId!: string;

  @Column({ type: 'text' })
  custodian!: string;

  @Column({ type: 'text' })
  location!: string;

  @Column({ name: 'acquired_on', type: 'date' })
  acquiredOn!: string;

  @Column({ name: 'original_value_fen', type: 'bigint' })
  originalValueFen!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'text' })
  condition!: string;

  @Column({ type: 'text', nullable: true })
  brand!: string | null;

  @Column({ type: 'text', nullable: true })
  specification!: string | null;

  @Column({ name: 'accumulated_depreciation_fen', type: 'bigint' })
  accumulatedDepreciationFen!: string;

  @Column({ type: 'text', nullable: true })
  usage!: string | null;

  /** in_use 在用, listed 在仓, in_transfer 调剂中 */
  @Column({ type: 'text' })
  status!: string;

  /** Lower-cased text searched by substring (trigram index): number, name, brand, model, place, custodian. */
  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  @Column({ type: 'bigint' })
  revision!: string;

  @Column({ name: 'registered_commit', type: 'bigint' })
  registeredCommit!: string;

  @Column({ name: 'registered_prepare', type: 'bigint' })
  registeredPrepare!: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
