import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { likePattern } from '../like-pattern';
import { PropertyOccupancyRow, PropertyRow } from './property.entities';
import { PropertyCardView, PropertyPage, PropertyRefView, PropertyView } from './property.views';
import { SearchPropertiesQueryDto } from './search-properties.query.dto';

const DEFAULT_LIMIT = 50;

export function propertyView(row: PropertyRow): PropertyView {
  return {
    propertyId: row.propertyId,
    propertyNo: row.propertyNo,
    kind: row.kind,
    parentId: row.parentId,
    name: row.name,
    address: row.address,
    location: row.lng === null || row.lat === null ? null : { lng: row.lng, lat: row.lat },
    grossAreaSqm: Number(row.grossAreaSqm),
    usableAreaSqm: row.usableAreaSqm === null ? null : Number(row.usableAreaSqm),
    use: row.use,
    ownerUnitId: row.ownerUnitId,
    occupantUnitId: row.occupantUnitId,
    occupiedSince: row.occupiedSince,
    status: row.status,
    assetId: row.assetId,
    sharingEligible: row.sharingEligible,
    sharingEligibilityReason: row.sharingEligibilityReason,
    revision: String(row.streamRevision),
    registeredAt: row.registeredAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const refView = (row: PropertyRow): PropertyRefView => ({
  propertyId: row.propertyId,
  propertyNo: row.propertyNo,
  kind: row.kind,
  name: row.name,
  address: row.address,
  use: row.use,
  status: row.status,
  grossAreaSqm: Number(row.grossAreaSqm),
  occupantUnitId: row.occupantUnitId,
});

/** The property register's reads: the 台账 list and the card, always within the units the caller covers. */
@Injectable()
export class PropertyQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** A property is the caller's to see when a unit they cover owns or occupies it (units null: every unit). */
  private scoped(qb: SelectQueryBuilder<PropertyRow>, units: readonly string[] | null): SelectQueryBuilder<PropertyRow> {
    if (units) qb.andWhere('(p.owner_unit_id = ANY(:units) OR p.occupant_unit_id = ANY(:units))', { units: [...units] });
    return qb;
  }

  /** Pages in 物业编号 order; the cursor is the last number of the page before. */
  async search(query: SearchPropertiesQueryDto, units: readonly string[] | null): Promise<PropertyPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = this.scoped(this.dataSource.getRepository(PropertyRow).createQueryBuilder('p'), units);
    if (query.use) qb.andWhere('p.use = :use', { use: query.use });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.parentId) qb.andWhere('p.parent_id = :parentId', { parentId: query.parentId });
    if (query.q?.trim()) {
      qb.andWhere(
        `(lower(p.property_no) LIKE :q ESCAPE '\\' OR lower(p.name) LIKE :q ESCAPE '\\' OR lower(p.address) LIKE :q ESCAPE '\\')`,
        { q: likePattern(query.q.trim()) },
      );
    }
    if (query.cursor) qb.andWhere('p.property_no > :cursor', { cursor: query.cursor });
    const rows = await qb
      .orderBy('p.property_no', 'ASC')
      .limit(limit + 1)
      .getMany();
    return {
      items: rows.slice(0, limit).map(propertyView),
      nextCursor: rows.length > limit ? rows[limit - 1].propertyNo : null,
    };
  }

  /** The card, or null when the property is not registered or not the caller's to see. */
  async card(propertyId: string, units: readonly string[] | null): Promise<PropertyCardView | null> {
    const repo = this.dataSource.getRepository(PropertyRow);
    const row = await this.scoped(repo.createQueryBuilder('p'), units).andWhere('p.property_id = :propertyId', { propertyId }).getOne();
    if (!row) return null;
    const [parent, children, occupancies] = await Promise.all([
      row.parentId ? repo.findOneBy({ propertyId: row.parentId }) : Promise.resolve(null),
      repo.createQueryBuilder('p').where('p.parent_id = :propertyId', { propertyId }).orderBy('p.property_no', 'ASC').limit(500).getMany(),
      this.dataSource
        .getRepository(PropertyOccupancyRow)
        .createQueryBuilder('o')
        .where('o.property_id = :propertyId', { propertyId })
        .orderBy('o.opened_revision', 'ASC')
        .getMany(),
    ]);
    return {
      property: propertyView(row),
      parent: parent ? refView(parent) : null,
      children: children.map(refView),
      occupancies: occupancies.map((o) => ({ unitId: o.unitId, fromDate: o.fromDate, toDate: o.toDate, allocationId: o.allocationId })),
    };
  }
}
