import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore, GlobalPosition } from '@app/event-store';
import { UnitHoldings } from '@app/shared';

const PAGE = 5000;

/**
 * Asset cards per unit, kept by the asset context from its own streams in the event store (never a
 * read model): +1 on registration, −1/+1 when a transfer completes, −1 on 核销. Each question first catches up
 * with the events written since the last one, so a card registered a moment ago counts.
 */
@Injectable()
export class AssetUnitHoldings extends UnitHoldings {
  private readonly counts = new Map<string, number>();
  private after: GlobalPosition | undefined;
  private catchingUp: Promise<void> | null = null;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    super();
  }

  async heldBy(unitId: string): Promise<number> {
    this.catchingUp ??= this.catchUp().finally(() => (this.catchingUp = null));
    await this.catchingUp;
    return this.counts.get(unitId) ?? 0;
  }

  private add(unitId: unknown, n: number): void {
    if (typeof unitId === 'string') this.counts.set(unitId, (this.counts.get(unitId) ?? 0) + n);
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const events = await this.store.readAll({ after: this.after, maxCount: PAGE, streamPrefixes: ['asset-'] });
      for (const e of events) {
        if (e.type === 'asset.registered.v1') this.add(e.data.departmentId, 1);
        if (e.type === 'asset.written-off.v1') this.add(e.data.departmentId, -1);
        if (e.type === 'asset.transferred.v1') {
          this.add(e.data.fromDepartmentId, -1);
          this.add(e.data.toDepartmentId, 1);
        }
        this.after = e.position;
      }
      if (events.length < PAGE) return;
    }
  }
}
