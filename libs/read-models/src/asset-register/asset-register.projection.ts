import { EntityManager } from 'typeorm';
import { ASSET_STREAM_PREFIX, isAssetEvent } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { Projection } from '../projection';
import { AssetRegisterRow } from './asset-register.entity';
import { evolveAssetRow } from './asset-register.evolve';

export class AssetRegisterProjection implements Projection {
  readonly name = 'asset_register';
  readonly streamPrefixes = [ASSET_STREAM_PREFIX];

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const rows = new Map<string, AssetRegisterRow | null>();
    const repo = tx.getRepository(AssetRegisterRow);
    for (const recorded of events) {
      if (!isAssetEvent(recorded)) continue;
      const event = { type: recorded.type, data: recorded.data } as Parameters<typeof evolveAssetRow>[1];
      const assetId = event.data.assetId;
      const current = rows.has(assetId) ? (rows.get(assetId) ?? null) : await repo.findOneBy({ assetId });
      rows.set(assetId, evolveAssetRow(current, event, recorded));
    }
    const changed = [...rows.values()].filter((row): row is AssetRegisterRow => row !== null);
    if (changed.length > 0) await repo.upsert(changed, ['assetId']);
  }
}
