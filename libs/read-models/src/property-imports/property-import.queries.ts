import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A 物业编号 the register holds: what a row naming it (as itself or as its parent) needs to know. */
export interface RegisteredPropertyFacts {
  readonly propertyId: string;
  readonly kind: 'parcel' | 'building' | 'floor' | 'room';
  readonly use: 'office' | 'business' | 'school' | 'parking' | 'sports_venue' | 'under_bridge' | 'residential' | 'other';
  readonly ownerUnitId: string;
}

/** A card on the books (written-off cards have left the register), as 关联资产编号 names it. */
export interface AssetCardFacts {
  readonly assetId: string;
  readonly categoryCode: string;
  readonly departmentId: string;
}

const CHUNK = 10_000;

/**
 * What a property import's dry run looks up in the read models: the 物业编号 of the file (already registered,
 * and by whom; parents registered before) and the asset cards it links. A query may read these; the job's
 * commands decide from the streams.
 */
@Injectable()
export class PropertyImportQueries {
  constructor(private readonly dataSource: DataSource) {}

  async propertiesByNo(propertyNos: readonly string[]): Promise<Map<string, RegisteredPropertyFacts>> {
    const found = new Map<string, RegisteredPropertyFacts>();
    for (let from = 0; from < propertyNos.length; from += CHUNK) {
      const rows = (await this.dataSource.query(
        `SELECT property_no AS "propertyNo", property_id AS "propertyId", kind, use, owner_unit_id AS "ownerUnitId"
           FROM properties WHERE property_no = ANY($1::text[])`,
        [propertyNos.slice(from, from + CHUNK)],
      )) as (RegisteredPropertyFacts & { propertyNo: string })[];
      for (const { propertyNo, ...facts } of rows) found.set(propertyNo, facts);
    }
    return found;
  }

  async assetCardsByNo(assetNos: readonly string[]): Promise<Map<string, AssetCardFacts>> {
    const found = new Map<string, AssetCardFacts>();
    for (let from = 0; from < assetNos.length; from += CHUNK) {
      const rows = (await this.dataSource.query(
        `SELECT asset_no AS "assetNo", asset_id AS "assetId", category_code AS "categoryCode", department_id AS "departmentId"
           FROM asset_register WHERE asset_no = ANY($1::text[])`,
        [assetNos.slice(from, from + CHUNK)],
      )) as (AssetCardFacts & { assetNo: string })[];
      for (const { assetNo, ...facts } of rows) found.set(assetNo, facts);
    }
    return found;
  }
}
