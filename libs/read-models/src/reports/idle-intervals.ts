import { AssetEvent } from '@app/assets';

/** One asset's time on a department's books, and the parts of it spent idle (listed in the warehouse). */
export interface Holding {
  readonly departmentId: string;
  readonly from: number;
  to: number | null;
  readonly idle: { from: number; to: number | null }[];
}

export interface TimedAssetEvent {
  readonly event: AssetEvent;
  /** ms since epoch: the event's decision time */
  readonly at: number;
}

/**
 * Walks one asset's events: a holding starts at registration or transfer-in and ends at
 * transfer-out; idle time runs from listing until the listing is withdrawn, expires or the asset
 * is handed over (a rejected or withdrawn transfer leaves it listed, so still idle).
 */
export function holdingsOf(events: readonly TimedAssetEvent[]): Holding[] {
  const holdings: Holding[] = [];
  let current: Holding | null = null;
  const closeIdle = (at: number) => {
    const open = current?.idle.find((i) => i.to === null);
    if (open) open.to = at;
  };
  for (const { event, at } of events) {
    switch (event.type) {
      case 'asset.registered.v1':
        current = { departmentId: event.data.departmentId, from: at, to: null, idle: [] };
        holdings.push(current);
        break;
      case 'asset.listed.v1':
        current?.idle.push({ from: at, to: null });
        break;
      case 'asset.listing-withdrawn.v1':
      case 'asset.listing-expired.v1':
        closeIdle(at);
        break;
      case 'asset.transferred.v1':
        closeIdle(at);
        if (current) current.to = at;
        current = { departmentId: event.data.toDepartmentId, from: at, to: null, idle: [] };
        holdings.push(current);
        break;
      case 'asset.corrected.v1':
      case 'asset.relocated.v1':
      case 'asset.claimed.v1':
      case 'asset.claim-selected.v1':
      case 'asset.transfer-step-approved.v1':
      case 'asset.transfer-rejected.v1':
      case 'asset.transfer-withdrawn.v1':
      case 'asset.handover-confirmed.v1':
        break;
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }
  return holdings;
}

const DAY_MS = 86400_000;

/** Days of [from, to) inside [periodFrom, periodTo). */
export function overlapDays(from: number, to: number | null, periodFrom: number, periodTo: number): number {
  const start = Math.max(from, periodFrom);
  const end = Math.min(to ?? periodTo, periodTo);
  return end > start ? (end - start) / DAY_MS : 0;
}
