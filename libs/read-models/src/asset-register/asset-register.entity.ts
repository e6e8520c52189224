import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per asset card: the ledger (一本账) as it stands now. Written only by the projector. */
@Entity({ name: 'asset_register' })
@Index('asset_register_search_trgm', { synchronize: false })
@Index('asset_register_department_idx', ['departmentId'])
@Index('asset_register_category_idx', ['categoryClass', 'categoryMajor'])
@Index('asset_register_registered_idx', ['registeredCommit', 'registeredPrepare'])
export class AssetRegisterRow {
  @PrimaryColumn({ type: 'uuid' })
  assetId!: string;

  @Index('asset_register_asset_no_uq', { unique: true })
  @Column({ type: 'text' })
  assetNo!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  categoryCode!: string;

  /** 门类 code, e.g. A02000000 */
  @Column({ type: 'text' })
  categoryClass!: string;

  /** 大类 code, null when the card is coded at 门类 level */
  @Column({ type: 'text', nullable: true })
  categoryMajor!: string | null;

  @Column({ type: 'text' })
  departmentId!: string;

  @Column({ type: 'text' })
  custodian!: string;

  @Column({ type: 'text' })
  location!: string;

  @Column({ type: 'date' })
  acquiredOn!: string;

  @Column({ type: 'bigint' })
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

  /** 累计折旧 typed on the card (at registration or by a correction): the ledger's opening. */
  @Column({ type: 'bigint' })
  accumulatedDepreciationFen!: string;

  /** Sum of the ledger's monthly charges (depreciation.charged.v1) since: the card's 累计折旧 is the two together. */
  @Column({ type: 'bigint' })
  chargedDepreciationFen!: string;

  /** The last month whose charge is in chargedDepreciationFen: a charge is added once (months close in order). */
  @Column({ type: 'text', nullable: true })
  lastChargedMonth!: string | null;

  @Column({ type: 'text', nullable: true })
  usage!: string | null;

  /** in_use 在用, listed 在仓, in_transfer 调剂中, pending_disposal 待处置 (written-off cards leave the table) */
  @Column({ type: 'text' })
  status!: string;

  /** Lower-cased text searched by substring (trigram index): number, name, brand, model, place, custodian. */
  @Column({ type: 'text' })
  searchText!: string;

  @Column({ type: 'bigint' })
  revision!: string;

  @Column({ type: 'bigint' })
  registeredCommit!: string;

  @Column({ type: 'bigint' })
  registeredPrepare!: string;

  @Column({ type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
