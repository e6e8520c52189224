import { EntityManager } from 'typeorm';
import { isAssetEvent, upcastAssetEvent } from '@app/assets';
import { RecordedEvent } from '@app/event-store';
import { bulkRead } from '../bulk-write';
import { Projection } from '../projection';
import { HeldRows } from '../rebuild/held-rows';
import { AssetRegisterRow } from './asset-register.entity';
import { evolveAssetRow } from './asset-register.evolve';
import { CHARGED, chargesOf, writeRegisterRows } from './asset-register-writes';

/** Cards held in memory before they are written out (about 1 KiB each). */
const HELD_CARDS = 250_000;

/**
 * The register as a rebuild writes it: the same rows as AssetRegisterProjection, but folded in memory
 * from batch to batch (see HeldRows) and written when the rebuild finishes, so a card written off or
 * changed a hundred times costs one COPY line or none instead of an upsert per batch. The ledger's
 * charges are added in memory the way the projection's UPDATE adds them.
 */
export class AssetRegisterRebuild implements Projection {
  private readonly cards: HeldRows<AssetRegisterRow>;

  constructor(
    readonly name: string,
    cap = HELD_CARDS,
  ) {
    this.cards = new HeldRows(cap);
  }

  handles(type: string): boolean {
    return isAssetEvent({ type }) || type === CHARGED;
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const assetEvents = events
      .filter((recorded) => isAssetEvent(recorded))
      .map((recorded) => ({ recorded, event: upcastAssetEvent(recorded) }));
    const charges = chargesOf(events);
    const touched = new Set([...assetEvents.map(({ event }) => event.data.assetId), ...charges.map((c) => c.id)]);
    for (const row of await bulkRead(tx, AssetRegisterRow, 'assetId', this.cards.toReadBack(touched))) this.cards.set(row.assetId, row);
    for (const { recorded, event } of assetEvents)
      this.cards.set(event.data.assetId, evolveAssetRow(this.cards.get(event.data.assetId), event, recorded));
    this.addCharges(charges);
    if (this.cards.full) await this.finish(tx);
  }

  async finish(tx: EntityManager): Promise<void> {
    await writeRegisterRows(tx, this.cards.takeAll());
  }

  /**
   * As the projection's UPDATE: per card, the charges for months after its last charged month (as it
   * stood before the batch's charges) are summed and the latest becomes the last; cards with no row take nothing.
   */
  private addCharges(charges: readonly { id: string; month: string; fen: number }[]): void {
    const sums = new Map<string, { fen: bigint; last: string }>();
    for (const { id, month, fen } of charges) {
      const row = this.cards.get(id);
      if (!row || (row.lastChargedMonth !== null && !(month > row.lastChargedMonth))) continue;
      const sum = sums.get(id);
      if (sum) {
        sum.fen += BigInt(fen);
        if (month > sum.last) sum.last = month;
      } else sums.set(id, { fen: BigInt(fen), last: month });
    }
    for (const [id, { fen, last }] of sums) {
      const row = this.cards.get(id)!;
      this.cards.set(id, { ...row, chargedDepreciationFen: (BigInt(row.chargedDepreciationFen) + fen).toString(), lastChargedMonth: last });
    }
  }
}
