import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per searchable thing — an asset card, a warehouse listing, a shareable space — kept by the projection that owns it. */
@Entity({ name: 'search_items' })
@Index('search_items_text_trgm', { synchronize: false })
@Index('search_items_order_idx', ['sortCommit', 'sortPrepare', 'itemKey'])
@Index('search_items_kind_idx', ['kind', 'status'])
@Index('search_items_category_idx', ['categoryClass', 'categoryMajor'])
@Index('search_items_department_idx', ['departmentId'])
export class SearchItemRow {
  /** kind:id */
  @PrimaryColumn({ name: 'item_key', type: 'text' }) itemKey!: string;
  /** asset, listing, space */
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'item_id', type: 'uuid' }) itemId!: string;
  @Column({ type: 'text' }) title!: string;
  /** Lower-cased words plus the pinyin initials of the Chinese ones (台式计算机 → tsjsj). */
  @Column({ name: 'search_text', type: 'text' }) searchText!: string;
  @Column({ name: 'category_class', type: 'text', nullable: true }) categoryClass!: string | null;
  @Column({ name: 'category_major', type: 'text', nullable: true }) categoryMajor!: string | null;
  @Column({ name: 'department_id', type: 'text' }) departmentId!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text' }) location!: string;
  @Column({ name: 'value_fen', type: 'bigint', nullable: true }) valueFen!: string | null;
  /** Acquired (assets), listed (listings), published (spaces): China date */
  @Column({ name: 'item_date', type: 'date' }) itemDate!: string;
  @Column({ name: 'sort_commit', type: 'bigint' }) sortCommit!: string;
  @Column({ name: 'sort_prepare', type: 'bigint' }) sortPrepare!: string;
}
