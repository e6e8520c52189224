import { PropertyUse } from '@app/property/domain/property.constants';
import { useFitReason } from '@app/property/needs/domain/use-fit';

/** A vacant property whose use serves the need, as the candidates query finds it. */
export interface MatchCandidate {
  readonly propertyId: string;
  readonly propertyNo: string;
  readonly name: string;
  readonly kind: string;
  readonly use: PropertyUse;
  readonly address: string;
  readonly grossAreaSqm: number;
  readonly ownerUnitId: string;
  readonly lng: number | null;
  readonly lat: number | null;
  /** Metres from the need's point (null: the need names a district, or the property has no coordinates). */
  readonly distanceM: number | null;
  /** China date the property has stood empty since (its last occupancy's end, or its registration). */
  readonly vacantSince: string;
  /** Another need's allocation of it is still in its approvals (one already approved is no candidate at all). */
  readonly allocationPending: boolean;
}

export interface MatchNeed {
  readonly use: PropertyUse;
  readonly minAreaSqm: number;
  readonly maxAreaSqm: number;
  /** Null for a need by district. */
  readonly radiusM: number | null;
  readonly neededFrom: string;
  /** The district's name, for a need by district. */
  readonly districtName: string | null;
}

export type MatchCriterion = 'use' | 'area' | 'distance' | 'district' | 'availability';

export interface MatchReason {
  readonly criterion: MatchCriterion;
  readonly met: boolean;
  readonly text: string;
}

export interface RankedMatch extends MatchCandidate {
  /** 0–100: 60 for the area's closeness to the middle of the range, 40 for nearness within the radius. */
  readonly score: number;
  readonly unmet: number;
  readonly reasons: readonly MatchReason[];
}

const sqm = (v: number) => `${v.toFixed(1)}㎡`;
const km = (m: number) => (m < 1000 ? `${Math.round(m)} 米` : `${(m / 1000).toFixed(1)} 公里`);

function areaReason(area: number, need: MatchNeed): MatchReason {
  const range = `${sqm(need.minAreaSqm).replace('㎡', '')}–${sqm(need.maxAreaSqm)}`;
  if (area < need.minAreaSqm) return { criterion: 'area', met: false, text: `面积 ${sqm(area)} 小于需求 ${range} 的下限` };
  if (area > need.maxAreaSqm) return { criterion: 'area', met: false, text: `面积 ${sqm(area)} 超出需求 ${range} 的上限` };
  return { criterion: 'area', met: true, text: `面积 ${sqm(area)} 在需求 ${range} 内` };
}

function placeReason(c: MatchCandidate, need: MatchNeed): MatchReason {
  if (need.radiusM === null) return { criterion: 'district', met: true, text: `位于${need.districtName ?? '需求所在区'}` };
  if (c.distanceM === null) return { criterion: 'distance', met: false, text: '物业未登记坐标，距离未知' };
  const within = c.distanceM <= need.radiusM;
  return {
    criterion: 'distance',
    met: within,
    text: within ? `距离 ${km(c.distanceM)}，在 ${km(need.radiusM)}范围内` : `距离 ${km(c.distanceM)}，超出 ${km(need.radiusM)}范围`,
  };
}

/**
 * Idle now, so it can be handed over by the day the need starts; how long it stood empty is said too. Unmet
 * while another need's allocation of it runs its approvals: whoever is handed it first moves in.
 */
function availabilityReason(c: MatchCandidate, need: MatchNeed): MatchReason {
  if (c.allocationPending)
    return { criterion: 'availability', met: false, text: `自 ${c.vacantSince} 起空置，但已有其他单位申请调配，正在审批中` };
  return { criterion: 'availability', met: true, text: `自 ${c.vacantSince} 起空置，${need.neededFrom} 起可用` };
}

function score(c: MatchCandidate, need: MatchNeed): number {
  const middle = (need.minAreaSqm + need.maxAreaSqm) / 2;
  const areaFit = 1 - Math.min(1, Math.abs(c.grossAreaSqm - middle) / middle);
  const nearFit = need.radiusM === null ? 1 : c.distanceM === null ? 0 : 1 - Math.min(1, c.distanceM / need.radiusM);
  return Math.round(60 * areaFit + 40 * nearFit);
}

/**
 * Ranks the candidates: those meeting every criterion first (area in range, within the radius), then by
 * score (area near the middle of the range, then nearness), then the longest vacant (盘活 what idles
 * longest), then 物业编号. Use and vacancy are not ranked: a property failing them is no candidate.
 */
export function rankMatches(candidates: readonly MatchCandidate[], need: MatchNeed): RankedMatch[] {
  return candidates
    .map((c) => {
      const reasons = [
        { criterion: 'use' as const, met: true, text: useFitReason(c.use, need.use) },
        areaReason(c.grossAreaSqm, need),
        placeReason(c, need),
        availabilityReason(c, need),
      ];
      return { ...c, score: score(c, need), unmet: reasons.filter((r) => !r.met).length, reasons };
    })
    .sort(
      (a, b) =>
        a.unmet - b.unmet || b.score - a.score || a.vacantSince.localeCompare(b.vacantSince) || a.propertyNo.localeCompare(b.propertyNo),
    );
}
