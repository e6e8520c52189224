import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DepartmentDirectory } from '@app/shared';
import { UnitAreas, vacancyBy, VacancyRow } from './vacancy-report';

/**
 * Vacancy and utilisation by area (建筑面积) per district and per 主管部门. Only the finest level
 * registered counts (a property with no children): a building whose floors or rooms are registered is
 * counted through them, so no area is counted twice. Each property counts for the unit using it, or
 * the unit on whose books it is when nobody occupies it.
 */
@Injectable()
export class VacancyQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DepartmentDirectory,
  ) {}

  async unitAreas(units: readonly string[] | null): Promise<UnitAreas[]> {
    const rows = await this.dataSource.query<{ unit_id: string; properties: string; total: string; vacant: string; occupied: string }[]>(
      `SELECT coalesce(p.occupant_unit_id, p.owner_unit_id) AS unit_id, count(*) AS properties,
              coalesce(sum(p.gross_area_sqm), 0) AS total,
              coalesce(sum(p.gross_area_sqm) FILTER (WHERE p.status = 'idle'), 0) AS vacant,
              coalesce(sum(p.gross_area_sqm) FILTER (WHERE p.status IN ('in_use', 'leased')), 0) AS occupied
         FROM properties p
        WHERE NOT EXISTS (SELECT 1 FROM properties c WHERE c.parent_id = p.property_id)
          ${units !== null ? 'AND coalesce(p.occupant_unit_id, p.owner_unit_id) = ANY($1::text[])' : ''}
        GROUP BY 1`,
      units !== null ? [units] : [],
    );
    return rows.map((r) => ({
      unitId: r.unit_id,
      properties: Number(r.properties),
      totalSqm: Number(r.total),
      vacantSqm: Number(r.vacant),
      occupiedSqm: Number(r.occupied),
    }));
  }

  async vacancy(units: readonly string[] | null): Promise<{ byDistrict: VacancyRow[]; byDepartment: VacancyRow[] }> {
    const areas = await this.unitAreas(units);
    return {
      byDistrict: vacancyBy(areas, (u) => this.directory.districtOf(u) ?? u),
      byDepartment: vacancyBy(areas, (u) => this.directory.supervisorOf(u)),
    };
  }
}
