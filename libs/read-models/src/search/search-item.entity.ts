import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per searchable thing — an asset card, a warehouse listing, a shareable space — kept by the projection that owns it. */
@Entity({ name: 'search_items' })
@Index('search_items_text_trgm', { synchronize: false })
@Index('search_items_order_idx', ['sortCommit', 'sortPrepare', 'itemKey'])
@Index('search_items_kind_idx', ['kind', 'status'])
@Index('search_items_category_idx', ['categoryClass', 'categoryMajor'])
@Index('search_items_department_idx', ['departmentId'])
@Index('search_items_category_code_idx', { synchronize: false })
export class SearchItemRow {
  /** kind:id */
  @PrimaryColumn({ type: 'text' }) itemKey!: string;
  /** asset, listing, space */
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'uuid' }) itemId!: string;
  @Column({ type: 'text' }) title!: string;
  /** Lower-cased words plus the pinyin initials of the Chinese ones (台式计算机 → tsjsj). */
  @Column({ type: 'text' }) searchText!: string;
  @Column({ type: 'text', nullable: true }) categoryClass!: string | null;
  @Column({ type: 'text', nullable: true }) categoryMajor!: string | null;
  /** The full 9-character code (assets and listings), for a filter at any level and the code shown in results. */
  @Column({ type: 'text', nullable: true }) categoryCode!: string | null;
  @Column({ type: 'text' }) departmentId!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text' }) location!: string;
  @Column({ type: 'bigint', nullable: true }) valueFen!: string | null;
  /** Acquired (assets), listed (listings), published (spaces): China date */
  @Column({ type: 'date' }) itemDate!: string;
  @Column({ type: 'bigint' }) sortCommit!: string;
  @Column({ type: 'bigint' }) sortPrepare!: string;
}
