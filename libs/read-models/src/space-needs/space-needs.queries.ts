import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PropertyUse } from '@app/property/domain/property.constants';
import { ALLOCATABLE_KINDS, USES_SERVING } from '@app/property/needs/domain/use-fit';
import { MatchCandidate, rankMatches, RankedMatch } from './match-ranking';
import { SpaceAllocationRow, SpaceNeedRow } from './space-needs.entities';

/** Mean Earth radius (m), as the haversine formula takes it. */
const EARTH_RADIUS_M = 6_371_008.8;
/** Beyond this many radii a property is no candidate at all; up to it, it is shown with 超出范围 as the reason. */
export const SEARCH_RADII = 3;
/** Candidates read from the register before ranking; the first MAX_MATCHES are shown. */
const CANDIDATE_LIMIT = 500;
export const MAX_MATCHES = 50;

export interface MatchPlace {
  /** Units in the need's district (a need by district), or null: a need by point. */
  readonly districtUnits: readonly string[] | null;
  readonly districtName: string | null;
}

/** Allocations waiting for whom: a 主管部门's review, or 财政 approval of allocations out of the given units (null: any). */
export type AllocationWaiting =
  | { readonly step: 'supervisor_review'; readonly departmentId: string }
  | { readonly step: 'finance_approval'; readonly fromUnits: readonly string[] | null };

const unitsFilter = (units: readonly string[] | null, column: string, name: string): [string, Record<string, unknown>] =>
  units === null ? ['TRUE', {}] : units.length === 0 ? ['FALSE', {}] : [`${column} IN (:...${name})`, { [name]: [...units] }];

@Injectable()
export class SpaceNeedQueries {
  constructor(private readonly dataSource: DataSource) {}

  need(needId: string): Promise<SpaceNeedRow | null> {
    return this.dataSource.getRepository(SpaceNeedRow).findOneBy({ needId });
  }

  /** Needs of the given units (null: all), optionally in one status; newest first. */
  needs(filter: { units: readonly string[] | null; status?: string }, limit = 200): Promise<SpaceNeedRow[]> {
    const [where, params] = unitsFilter(filter.units, 'n.department_id', 'units');
    const qb = this.dataSource.getRepository(SpaceNeedRow).createQueryBuilder('n').where(where, params);
    if (filter.status) qb.andWhere('n.status = :status', { status: filter.status });
    return qb.orderBy('n.posted_at', 'DESC').addOrderBy('n.need_id', 'ASC').limit(limit).getMany();
  }

  allocation(allocationId: string): Promise<SpaceAllocationRow | null> {
    return this.dataSource.getRepository(SpaceAllocationRow).findOneBy({ allocationId });
  }

  /** Allocations giving or receiving space for the given units (null: all), optionally of one need; newest first. */
  allocations(filter: { units: readonly string[] | null; needId?: string }, limit = 200): Promise<SpaceAllocationRow[]> {
    const qb = this.dataSource.getRepository(SpaceAllocationRow).createQueryBuilder('a');
    if (filter.units !== null) {
      qb.where(filter.units.length ? '(a.to_department_id IN (:...u) OR a.from_unit_id IN (:...u))' : 'FALSE', { u: [...filter.units] });
    }
    if (filter.needId) qb.andWhere('a.need_id = :needId', { needId: filter.needId });
    return qb.orderBy('a.started_at', 'DESC').addOrderBy('a.allocation_id', 'ASC').limit(limit).getMany();
  }

  /** Allocations whose current step waits for this approver, longest waiting first. */
  awaiting(waiting: AllocationWaiting, limit = 100): Promise<SpaceAllocationRow[]> {
    const qb = this.dataSource.getRepository(SpaceAllocationRow).createQueryBuilder('a');
    if (waiting.step === 'finance_approval') {
      const [where, params] = unitsFilter(waiting.fromUnits, 'a.from_unit_id', 'units');
      qb.where(`a.status = 'pending_finance_approval'`).andWhere(where, params);
    } else {
      qb.where(`a.status = 'pending_supervisor_review'`).andWhere(
        `EXISTS (SELECT 1 FROM jsonb_array_elements(a.steps) s
                  WHERE s->>'kind' = 'supervisor_review' AND s->>'status' = 'pending' AND s->>'approverDepartmentId' = :dep)`,
        { dep: waiting.departmentId },
      );
    }
    return qb.orderBy('a.started_at', 'ASC').addOrderBy('a.allocation_id', 'ASC').limit(limit).getMany();
  }

  /**
   * Vacant property (闲置, nobody in it) of other units whose use serves the need, ranked with its reasons.
   * A need by point takes candidates within SEARCH_RADII radii (a bounding box first, so a (lat, lng)
   * index serves it, then haversine); a need by district those on the books of the district's units.
   */
  async matches(need: SpaceNeedRow, place: MatchPlace): Promise<RankedMatch[]> {
    const uses = USES_SERVING[need.use as PropertyUse] ?? [];
    if (uses.length === 0) return [];
    const params: unknown[] = [[...uses], [...ALLOCATABLE_KINDS], need.departmentId, need.needId];
    /** Another need's allocation of the property in these statuses (approved: about to be handed over). */
    const otherAllocation = (statuses: string) =>
      `EXISTS (SELECT 1 FROM space_allocations a WHERE a.property_id = p.property_id AND a.need_id <> $4::uuid AND a.status IN (${statuses}))`;
    const where = [
      `NOT ${otherAllocation(`'approved'`)}`,
      `p.status = 'idle'`,
      'p.occupant_unit_id IS NULL',
      'p.use = ANY($1::text[])',
      'p.kind = ANY($2::text[])',
      'p.owner_unit_id <> $3',
    ];
    const byPoint = need.lng !== null && need.lat !== null && need.radiusM !== null;
    let distance = 'NULL::float8';
    let order: string;
    if (byPoint) {
      const reach = (need.radiusM as number) * SEARCH_RADII;
      const dLat = reach / 111_320;
      const dLng = reach / (111_320 * Math.max(0.01, Math.cos(((need.lat as number) * Math.PI) / 180)));
      params.push(need.lng, need.lat, reach, dLng, dLat);
      distance = `2 * ${EARTH_RADIUS_M} * asin(sqrt(power(sin(radians(p.lat - $6::float8) / 2), 2) + cos(radians($6::float8)) * cos(radians(p.lat)) * power(sin(radians(p.lng - $5::float8) / 2), 2)))`;
      where.push(
        'p.lat BETWEEN $6::float8 - $9::float8 AND $6::float8 + $9::float8',
        'p.lng BETWEEN $5::float8 - $8::float8 AND $5::float8 + $8::float8',
        `${distance} <= $7::float8`,
      );
      order = 'distance_m';
    } else {
      params.push([...(place.districtUnits ?? [])]);
      where.push(`p.owner_unit_id = ANY($${params.length}::text[])`);
      params.push((Number(need.minAreaSqm) + Number(need.maxAreaSqm)) / 2);
      order = `abs(p.gross_area_sqm - $${params.length})`;
    }
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT p.property_id, p.property_no, p.name, p.kind, p.use, p.address, p.gross_area_sqm::float8 AS gross_area_sqm,
              p.owner_unit_id, p.lng, p.lat, ${distance} AS distance_m,
              COALESCE((SELECT max(o.to_date) FROM property_occupancies o WHERE o.property_id = p.property_id AND o.to_date IS NOT NULL),
                       (p.registered_at AT TIME ZONE 'Asia/Shanghai')::date)::text AS vacant_since,
              ${otherAllocation(`'pending_supervisor_review', 'pending_finance_approval'`)} AS allocation_pending
         FROM properties p
        WHERE ${where.join(' AND ')}
        ORDER BY ${order} ASC, p.property_no ASC
        LIMIT ${CANDIDATE_LIMIT}`,
      params,
    );
    const candidates: MatchCandidate[] = rows.map((r) => ({
      propertyId: r.property_id as string,
      propertyNo: r.property_no as string,
      name: r.name as string,
      kind: r.kind as string,
      use: r.use as PropertyUse,
      address: (r.address as string | null) ?? '',
      grossAreaSqm: Number(r.gross_area_sqm),
      ownerUnitId: r.owner_unit_id as string,
      lng: r.lng === null ? null : Number(r.lng),
      lat: r.lat === null ? null : Number(r.lat),
      distanceM: r.distance_m === null ? null : Math.round(Number(r.distance_m)),
      vacantSince: r.vacant_since as string,
      allocationPending: r.allocation_pending === true,
    }));
    const ranked = rankMatches(candidates, {
      use: need.use as PropertyUse,
      minAreaSqm: Number(need.minAreaSqm),
      maxAreaSqm: Number(need.maxAreaSqm),
      radiusM: byPoint ? need.radiusM : null,
      neededFrom: need.neededFrom,
      districtName: place.districtName,
    });
    return ranked.slice(0, MAX_MATCHES);
  }
}
