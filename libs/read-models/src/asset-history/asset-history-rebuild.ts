import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { bulkCopy } from '../bulk-copy';
import { Projection } from '../projection';
import { HeldRows } from '../rebuild/held-rows';
import { AssetHistoryChangeRow, AssetHistoryRow, AssetHistoryStreamRow } from './asset-history.entity';
import { foldHistoryChanges, historyChangeRows, HistoryChanges } from './asset-history-changes';
import { AssetInterval } from './asset-intervals';
import { foldStretches, HistoryEvent, historyEventOf, historyRowOf, readStretches, StretchDiff } from './asset-history-rows';

interface AssetStretches {
  readonly assetId: string;
  readonly stretches: AssetInterval[];
}

/** Assets whose stretches are held in memory before they are written out (a few stretches each). */
const HELD_ASSETS = 250_000;

/**
 * The history as a rebuild writes it: the same rows as the projection, but each asset's stretches are
 * held in memory from batch to batch (see HeldRows) and written once with COPY when the rebuild finishes,
 * instead of read back, deleted and written again in every batch that touches the asset. The monthly
 * changes are still summed batch by batch from what each batch changed in the stretches, exactly as the
 * projection sums them, and written once; so are the streams' revisions. Past the cap, the held
 * stretches are written out and later batches read back the assets they touch.
 */
export class AssetHistoryRebuild implements Projection {
  readonly appendOnlyInRebuild = ['asset_history_streams', 'asset_history_changes'];
  /** Each stream's last revision since the last write-out (a repeated delivery is skipped; a rebuild has none). */
  private readonly heads = new Map<string, bigint>();
  /** Whether revisions were written out before the end (then a stream may have more than one row to reduce). */
  private wroteOut = false;
  private readonly changes: HistoryChanges = new Map();
  private readonly stretches: HeldRows<AssetStretches>;

  constructor(
    readonly name: string,
    cap = HELD_ASSETS,
  ) {
    this.stretches = new HeldRows(cap);
  }

  handles(type: string): boolean {
    return type.startsWith('asset.');
  }

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const fresh = new Map<string, HistoryEvent[]>();
    for (const recorded of events) {
      const e = historyEventOf(recorded);
      if (e === null) continue;
      const head = this.heads.get(e.assetId);
      if (head !== undefined && e.revision <= head) continue; // a repeated delivery (a rebuild has none, but the rule is the projection's)
      this.heads.set(e.assetId, e.revision);
      const list = fresh.get(e.assetId);
      if (list) list.push(e);
      else fresh.set(e.assetId, [e]);
    }
    if (fresh.size === 0) return;
    const readBack = this.stretches.toReadBack(fresh.keys());
    const stored = await readStretches(
      tx,
      readBack,
      readBack.map(() => '-infinity'),
    );
    for (const assetId of readBack) this.stretches.set(assetId, { assetId, stretches: stored.get(assetId) ?? [] });
    const diff: StretchDiff = { removed: [], added: [] };
    for (const [assetId, list] of fresh) {
      const old = this.stretches.get(assetId)?.stretches ?? [];
      this.stretches.set(assetId, { assetId, stretches: foldStretches(assetId, old, list, diff) });
    }
    foldHistoryChanges(this.changes, [
      ...diff.removed.map((r) => ({ interval: r.interval, sign: -1 as const })),
      ...diff.added.map((a) => ({ interval: a.interval, sign: 1 as const })),
    ]);
    if (this.stretches.full) {
      await this.writeStretches(tx);
      this.wroteOut = true;
    }
  }

  async finish(tx: EntityManager): Promise<void> {
    await this.writeStretches(tx);
    await bulkCopy(tx, AssetHistoryChangeRow, historyChangeRows(this.changes));
    this.changes.clear();
    // A stream written out before and touched again since has a row per write-out: its last revision stays.
    // (The table has no index while a rebuild loads it; the key is built after this.)
    if (this.wroteOut)
      await tx.query(
        `DELETE FROM asset_history_streams s USING (
           SELECT asset_id, max(revision) AS top FROM asset_history_streams GROUP BY asset_id HAVING count(*) > 1) d
          WHERE s.asset_id = d.asset_id AND s.revision < d.top`,
      );
  }

  /**
   * Every held asset's stretches: an asset's stretches written out before are replaced whole (deleted, then copied
   * again). The streams' revisions since the last write-out go with them, so neither grows with the whole city.
   */
  private async writeStretches(tx: EntityManager): Promise<void> {
    await bulkCopy(
      tx,
      AssetHistoryStreamRow,
      [...this.heads].map(([assetId, revision]) => ({ assetId, revision: revision.toString() })),
    );
    this.heads.clear();
    const { fresh, stored } = this.stretches.takeAll();
    if (stored.length > 0)
      await tx.query('DELETE FROM asset_history WHERE asset_id = ANY($1::text[])', [stored.map((held) => held.assetId)]);
    const rows: Record<keyof AssetHistoryRow, unknown>[] = [];
    for (const held of [fresh, stored])
      for (const { assetId, stretches } of held) for (const interval of stretches) rows.push(historyRowOf({ assetId, interval }));
    await bulkCopy(tx, AssetHistoryRow, rows);
  }
}
