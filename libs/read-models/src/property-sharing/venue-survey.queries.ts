import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DepartmentDirectory } from '@app/shared';
import { EligibilityCount, eligibilityByDistrict, EligibilityRow } from './eligibility-report';
import { SURVEY_VENUES_SQL, VenueKind } from './venue-kind';

export interface VenueFilter {
  /** Units whose venues may be shown (null: every unit). */
  readonly units: readonly string[] | null;
  readonly kind?: VenueKind;
  /** true: assessed; false: not yet assessed. */
  readonly assessed?: boolean;
  readonly q?: string;
  readonly offset: number;
  readonly limit: number;
}

export interface VenueRow {
  propertyId: string;
  propertyNo: string;
  name: string;
  address: string;
  propertyKind: string;
  use: string;
  venueKind: VenueKind;
  ownerUnitId: string;
  occupantUnitId: string | null;
  districtId: string;
  grossAreaSqm: number;
  status: string;
  /** null: not assessed yet */
  sharingEligible: boolean | null;
  sharingEligibilityReason: string | null;
  /** Published shared spaces tied to it. */
  sharedSpaces: number;
}

interface Raw {
  property_id: string;
  property_no: string;
  name: string;
  address: string;
  kind: string;
  use: string;
  venue_kind: VenueKind;
  owner_unit_id: string;
  occupant_unit_id: string | null;
  gross_area_sqm: string;
  status: string;
  sharing_eligible: boolean | null;
  sharing_eligibility_reason: string | null;
  shared_spaces: number;
  total: string;
}

/** 应开尽开: the venues the survey covers, and eligible vs opened by district and kind. */
@Injectable()
export class VenueSurveyQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DepartmentDirectory,
  ) {}

  private districtOf = (unitId: string): string => this.directory.districtOf(unitId) ?? unitId;

  /** The venues to assess, not assessed first, then by 物业编号; one page and the total. */
  async venues(filter: VenueFilter): Promise<{ total: number; rows: VenueRow[] }> {
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    if (filter.units !== null) where.push(`owner_unit_id = ANY(${param(filter.units)}::text[])`);
    if (filter.kind) where.push(`venue_kind = ${param(filter.kind)}`);
    if (filter.assessed !== undefined) where.push(filter.assessed ? 'sharing_eligible IS NOT NULL' : 'sharing_eligible IS NULL');
    if (filter.q) where.push(`(name ILIKE ${param(`%${filter.q.replace(/[\\%_]/g, '\\$&')}%`)} OR property_no = ${param(filter.q)})`);
    const rows = await this.dataSource.query<Raw[]>(
      `SELECT v.*, count(*) OVER () AS total FROM (${SURVEY_VENUES_SQL}) v
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY (sharing_eligible IS NOT NULL), property_no
        OFFSET ${param(filter.offset)} LIMIT ${param(filter.limit)}`,
      params,
    );
    return {
      total: Number(rows[0]?.total ?? 0),
      rows: rows.map((r) => ({
        propertyId: r.property_id,
        propertyNo: r.property_no,
        name: r.name,
        address: r.address,
        propertyKind: r.kind,
        use: r.use,
        venueKind: r.venue_kind,
        ownerUnitId: r.owner_unit_id,
        occupantUnitId: r.occupant_unit_id,
        districtId: this.districtOf(r.owner_unit_id),
        grossAreaSqm: Number(r.gross_area_sqm),
        status: r.status,
        sharingEligible: r.sharing_eligible,
        sharingEligibilityReason: r.sharing_eligibility_reason,
        sharedSpaces: Number(r.shared_spaces),
      })),
    };
  }

  /**
   * Eligible vs opened: counted per owner unit and kind in SQL, the units mapped to their district
   * (a unit outside any district is its own). Opened = tied to at least one published shared space.
   */
  async eligibility(units: readonly string[] | null): Promise<{ rows: EligibilityRow[]; byKind: EligibilityRow[] }> {
    const counts = await this.dataSource.query<
      { unit_id: string; kind: VenueKind; venues: string; assessed: string; eligible: string; eligible_opened: string; opened: string }[]
    >(
      `SELECT owner_unit_id AS unit_id, venue_kind AS kind, count(*) AS venues,
              count(*) FILTER (WHERE sharing_eligible IS NOT NULL) AS assessed,
              count(*) FILTER (WHERE sharing_eligible) AS eligible,
              count(*) FILTER (WHERE sharing_eligible AND shared_spaces > 0) AS eligible_opened,
              count(*) FILTER (WHERE shared_spaces > 0) AS opened
         FROM (${SURVEY_VENUES_SQL}) v
        ${units !== null ? 'WHERE owner_unit_id = ANY($1::text[])' : ''}
        GROUP BY owner_unit_id, venue_kind`,
      units !== null ? [units] : [],
    );
    return eligibilityByDistrict(
      counts.map((c): EligibilityCount => ({
        unitId: c.unit_id,
        kind: c.kind,
        venues: Number(c.venues),
        assessed: Number(c.assessed),
        eligible: Number(c.eligible),
        eligibleOpened: Number(c.eligible_opened),
        opened: Number(c.opened),
      })),
      this.districtOf,
    );
  }
}
