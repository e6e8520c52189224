import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CategoryCatalog } from '../categories/category-catalog';
import {
  CATEGORY_TABLE_STREAM_ID,
  CategoryTableEvent,
  CategoryTableState,
  catalogInForce,
  evolveCategoryTable,
  initialCategoryTableState,
} from '../categories/category-table.decider';

/**
 * The category tables loaded, folded from their stream in the event store (never from a read model).
 * Each call reads only the stream's tail after what this process has folded, so a table loaded through
 * another process is in force here from the next command on.
 */
@Injectable()
export class CategoryTableSource {
  private state: CategoryTableState = initialCategoryTableState();
  private next = 0n;
  private current: CategoryCatalog = catalogInForce(this.state);

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(): Promise<CategoryTableState> {
    const tail = await this.store.readStream(CATEGORY_TABLE_STREAM_ID, { fromRevision: this.next });
    for (const e of tail) {
      if (e.revision < this.next) continue;
      this.state = evolveCategoryTable(this.state, { type: e.type, data: e.data } as CategoryTableEvent);
      this.next = e.revision + 1n;
    }
    if (tail.length > 0) this.current = catalogInForce(this.state);
    return this.state;
  }

  /** The table in force now, for a command to decide on. */
  async catalog(): Promise<CategoryCatalog> {
    await this.load();
    return this.current;
  }
}
