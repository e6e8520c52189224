import { api, Schemas } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/errors';
import { readModelsAgree } from './consistent';

export type Asset = Schemas['AssetView'];
export type History = Schemas['AssetHistoryView'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The card and its history, once the read models have caught up with `atLeastRevision` (the
 * revision a command just returned). Reads are projections, so a page opened right after a change
 * may briefly see the state before it; waiting here keeps the page honest.
 */
export async function loadCard(assetId: string, atLeastRevision?: string): Promise<{ asset: Asset; history: History }> {
  const want = atLeastRevision === undefined ? -1n : BigInt(atLeastRevision);
  for (let attempt = 0; ; attempt++) {
    try {
      const [asset, history] = await Promise.all([
        unwrap(api.GET('/api/assets/{assetId}', { params: { path: { assetId } } })),
        unwrap(api.GET('/api/assets/{assetId}/history', { params: { path: { assetId } } })),
      ]);
      const seen = history.events.reduce((max, e) => (BigInt(e.revision) > max ? BigInt(e.revision) : max), -1n);
      const caughtUp = BigInt(asset.revision) >= want && seen >= want && BigInt(asset.revision) <= seen && readModelsAgree(history);
      if (caughtUp || attempt >= 25) return { asset, history };
    } catch (error: unknown) {
      if (!(error instanceof ApiError && error.code === 'ASSET_NOT_FOUND') || attempt >= 25) throw error;
    }
    await sleep(200);
  }
}
