/**
 * The card's history comes from three read models (audit log, listings, transfers) that the projector
 * updates one after another. A page reloaded right after a change waits until they agree: every
 * listing and transfer event in the log is reflected in the listing and transfer rows.
 */
interface Event {
  readonly type: string;
  readonly data: Record<string, unknown>;
}
interface Listing {
  readonly listingId: string;
  readonly claimsCount: number;
}
interface Transfer {
  readonly transferId: string;
  readonly status: string;
  readonly handoverReleasing: boolean;
  readonly handoverReceiving: boolean;
  readonly steps: readonly { readonly kind: string; readonly status: string }[];
}

export function readModelsAgree(history: { events: readonly Event[]; listing: Listing | null; transfers: readonly Transfer[] }): boolean {
  const transfer = (id: unknown) => history.transfers.find((t) => t.transferId === id);
  let lastListing: unknown = null;
  const claims = new Map<unknown, number>();
  for (const { type, data } of history.events) {
    if (type === 'asset.listed.v1') lastListing = data.listingId;
    if (type === 'asset.claimed.v1') claims.set(data.listingId, (claims.get(data.listingId) ?? 0) + 1);
    if (type === 'asset.claim-selected.v1' && !transfer(data.transferId)) return false;
    if (
      type === 'asset.transfer-step-approved.v1' &&
      !transfer(data.transferId)?.steps.some((s) => s.kind === data.step && s.status === 'approved')
    )
      return false;
    if (type === 'asset.handover-confirmed.v1') {
      const t = transfer(data.transferId);
      if (!t || !(data.side === 'releasing' ? t.handoverReleasing : t.handoverReceiving)) return false;
    }
    if (type === 'asset.transferred.v1' && transfer(data.transferId)?.status !== 'completed') return false;
  }
  if (lastListing !== null && history.listing?.listingId !== lastListing) return false;
  if (history.listing && (claims.get(history.listing.listingId) ?? 0) > history.listing.claimsCount) return false;
  return true;
}
