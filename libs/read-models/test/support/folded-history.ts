import { AssetEvent, AssetState, classCodeOf, evolveAsset, initialAssetState, majorCodeOf, upcastAssetEvent } from '@app/assets';
import type { AsOfView } from '@app/read-models/audit-log/audit.queries';

/**
 * The reports as they were computed before the asset history: every asset event folded per request.
 * Kept as the oracle the history is reconciled against, never as a production path.
 */
export interface LoggedEvent {
  readonly streamId: string;
  readonly type: string;
  readonly data: object;
  /** ms: the event's decision time */
  readonly at: number;
}

type Registered = Extract<AssetState, { status: 'registered' }>;

/** State as of `at`: events up to then, and in the corrected view corrections recorded later, in log order. */
export function foldedStatesAsOf(log: readonly LoggedEvent[], at: number, view: AsOfView): Registered[] {
  const states = new Map<string, AssetState>();
  for (const row of log) {
    if (!row.streamId.startsWith('asset-')) continue;
    const event = upcastAssetEvent(row);
    const state = states.get(row.streamId) ?? initialAssetState();
    if (row.at <= at || (view === 'corrected' && event.type === 'asset.corrected.v1')) states.set(row.streamId, evolveAsset(state, event));
    else states.set(row.streamId, state);
  }
  return [...states.values()].filter((s): s is Registered => s.status === 'registered');
}

export function foldedRegisterSummary(log: readonly LoggedEvent[], at: number, view: AsOfView) {
  const groups = new Map<
    string,
    { departmentId: string; classCode: string; majorCode: string | null; count: number; originalValueFen: number; netBookValueFen: number }
  >();
  for (const s of foldedStatesAsOf(log, at, view)) {
    const classCode = classCodeOf(s.categoryCode);
    const majorCode = majorCodeOf(s.categoryCode);
    const key = `${s.departmentId}|${classCode}|${majorCode}`;
    const row = groups.get(key) ?? {
      departmentId: s.departmentId,
      classCode,
      majorCode,
      count: 0,
      originalValueFen: 0,
      netBookValueFen: 0,
    };
    row.count += 1;
    row.originalValueFen += s.originalValueFen;
    row.netBookValueFen += s.originalValueFen - s.accumulatedDepreciationFen;
    groups.set(key, row);
  }
  return [...groups.values()].sort((a, b) =>
    `${a.departmentId}${a.classCode}${a.majorCode}`.localeCompare(`${b.departmentId}${b.classCode}${b.majorCode}`),
  );
}

/** One asset's time on a department's books, and the parts of it spent idle (listed in the warehouse). */
interface Holding {
  readonly departmentId: string;
  readonly from: number;
  to: number | null;
  readonly idle: { from: number; to: number | null }[];
}

/**
 * Walks one asset's events: a holding starts at registration or transfer-in and ends at
 * transfer-out; idle time runs from listing until the listing is withdrawn, expires or the asset
 * is handed over (a rejected or withdrawn transfer leaves it listed, so still idle).
 */
function holdingsOf(events: readonly { event: AssetEvent; at: number }[]): Holding[] {
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
      case 'asset.written-off.v1':
        closeIdle(at);
        if (current) current.to = at;
        current = null;
        break;
      case 'asset.transferred.v1':
        closeIdle(at);
        if (current) current.to = at;
        current = { departmentId: event.data.toDepartmentId, from: at, to: null, idle: [] };
        holdings.push(current);
        break;
      default:
        break;
    }
  }
  return holdings;
}

const DAY_MS = 86400_000;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Days of [from, to) inside [periodFrom, periodTo). */
function overlapDays(from: number, to: number | null, periodFrom: number, periodTo: number): number {
  const start = Math.max(from, periodFrom);
  const end = Math.min(to ?? periodTo, periodTo);
  return end > start ? (end - start) / DAY_MS : 0;
}

/** Idle rate over [from, to) from every asset event recorded before `to`. */
export function foldedIdleRate(log: readonly LoggedEvent[], from: number, to: number) {
  const byAsset = new Map<string, { event: AssetEvent; at: number }[]>();
  for (const r of log)
    if (r.streamId.startsWith('asset-') && r.at < to)
      byAsset.set(r.streamId, [...(byAsset.get(r.streamId) ?? []), { event: upcastAssetEvent(r), at: r.at }]);
  const totals = new Map<string, { assetDays: number; idleDays: number }>();
  for (const events of byAsset.values()) {
    for (const h of holdingsOf(events)) {
      const t = totals.get(h.departmentId) ?? { assetDays: 0, idleDays: 0 };
      t.assetDays += overlapDays(h.from, h.to, from, to);
      for (const idle of h.idle) t.idleDays += overlapDays(idle.from, idle.to, from, to);
      totals.set(h.departmentId, t);
    }
  }
  return [...totals]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([departmentId, t]) => ({
      departmentId,
      assetDays: round3(t.assetDays),
      idleDays: round3(t.idleDays),
      idleRate: t.assetDays > 0 ? round3(t.idleDays / t.assetDays) : null,
    }));
}
