import { VENUE_KINDS, VenueKind } from './venue-kind';

/** One (owner unit, venue kind) group as counted in SQL. */
export interface EligibilityCount {
  readonly unitId: string;
  readonly kind: VenueKind;
  readonly venues: number;
  readonly assessed: number;
  readonly eligible: number;
  /** Eligible venues tied to at least one published shared space. */
  readonly eligibleOpened: number;
  /** Venues with a shared space whatever the survey said (a venue opened before it was assessed counts here). */
  readonly opened: number;
}

export interface EligibilityRow {
  districtId: string;
  kind: VenueKind | 'all';
  venues: number;
  assessed: number;
  eligible: number;
  notEligible: number;
  /** eligible and opened (应开已开) */
  eligibleOpened: number;
  /** eligible, not opened yet (应开未开) */
  eligibleNotOpened: number;
  opened: number;
  /** eligibleOpened ÷ eligible; null when nothing was found eligible */
  openRate: number | null;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10000) / 10000 : null);

function row(districtId: string, kind: EligibilityRow['kind'], groups: readonly EligibilityCount[]): EligibilityRow {
  const sum = (f: (g: EligibilityCount) => number) => groups.reduce((n, g) => n + f(g), 0);
  const eligible = sum((g) => g.eligible);
  const eligibleOpened = sum((g) => g.eligibleOpened);
  return {
    districtId,
    kind,
    venues: sum((g) => g.venues),
    assessed: sum((g) => g.assessed),
    eligible,
    notEligible: sum((g) => g.assessed - g.eligible),
    eligibleOpened,
    eligibleNotOpened: eligible - eligibleOpened,
    opened: sum((g) => g.opened),
    openRate: ratio(eligibleOpened, eligible),
  };
}

/**
 * Eligible vs opened by district and kind: every district that has a venue gets a row per kind (zero
 * when it has none of that kind) and a row for all kinds; `byKind` sums the districts.
 */
export function eligibilityByDistrict(
  counts: readonly EligibilityCount[],
  districtOf: (unitId: string) => string,
): { rows: EligibilityRow[]; byKind: EligibilityRow[] } {
  const byDistrict = new Map<string, EligibilityCount[]>();
  for (const c of counts) {
    const d = districtOf(c.unitId);
    byDistrict.set(d, [...(byDistrict.get(d) ?? []), c]);
  }
  const rows = [...byDistrict.keys()].sort().flatMap((d) => {
    const groups = byDistrict.get(d)!;
    return [
      ...VENUE_KINDS.map((k) =>
        row(
          d,
          k,
          groups.filter((g) => g.kind === k),
        ),
      ),
      row(d, 'all', groups),
    ];
  });
  const byKind = [
    ...VENUE_KINDS.map((k) =>
      row(
        'all',
        k,
        counts.filter((c) => c.kind === k),
      ),
    ),
    row('all', 'all', counts),
  ];
  return { rows, byKind };
}
