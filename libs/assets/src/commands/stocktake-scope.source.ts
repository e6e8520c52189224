import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore, GlobalPosition } from '@app/event-store';
import { AssetEvent, ASSET_STREAM_PREFIX, assetStreamId } from '../domain/asset.events';
import { AssetState, evolveAsset, initialAssetState, RegisteredAsset } from '../domain/asset.state';
import { StocktakeAsset } from '../domain/stocktake.events';
import { assetIdFor } from './register-asset/register-asset.command';

const PAGE = 5000;

export const stocktakeAssetOf = (a: RegisteredAsset): StocktakeAsset => ({
  assetId: a.assetId,
  assetNo: a.assetNo,
  assetName: a.name,
  departmentId: a.departmentId,
  location: a.location,
  custodian: a.custodian,
});

/**
 * What a stocktake reads of the assets, from their own streams in the event store (never a read model): the
 * cards of a department (at a place) when a task opens, and the card a scanned number names.
 */
@Injectable()
export class StocktakeScopeSource {
  private readonly cards = new Map<string, AssetState>();
  private after: GlobalPosition | undefined;
  private catchingUp: Promise<void> | null = null;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Cards on the books of the department (only those at `location` when given), by asset number. */
  async inScope(departmentId: string, location: string | null): Promise<StocktakeAsset[]> {
    this.catchingUp ??= this.catchUp().finally(() => (this.catchingUp = null));
    await this.catchingUp;
    const out: StocktakeAsset[] = [];
    for (const state of this.cards.values()) {
      if (state.status !== 'registered' || state.departmentId !== departmentId) continue;
      if (location !== null && state.location !== location) continue;
      out.push(stocktakeAssetOf(state));
    }
    return out.sort((a, b) => a.assetNo.localeCompare(b.assetNo));
  }

  /** The card with this number as its stream folds it now; null when none is on the books. */
  async byNumber(assetNo: string): Promise<StocktakeAsset | null> {
    const events = await this.store.readStream(assetStreamId(assetIdFor(assetNo)));
    const state = events.reduce<AssetState>((s, e) => evolveAsset(s, { type: e.type, data: e.data } as AssetEvent), initialAssetState());
    return state.status === 'registered' && state.assetNo === assetNo ? stocktakeAssetOf(state) : null;
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const events = await this.store.readAll({ after: this.after, maxCount: PAGE, streamPrefixes: [ASSET_STREAM_PREFIX] });
      for (const e of events) {
        const assetId = (e.data as { assetId?: unknown }).assetId;
        if (typeof assetId === 'string') {
          const before = this.cards.get(assetId) ?? initialAssetState();
          this.cards.set(assetId, evolveAsset(before, { type: e.type, data: e.data } as AssetEvent));
        }
        this.after = e.position;
      }
      if (events.length < PAGE) return;
    }
  }
}
