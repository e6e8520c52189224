import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CategoryCatalog } from '@app/assets';
import { applySearchFilters, onlyUnits } from '../search-filters';
import { AssetRegisterRow } from './asset-register.entity';
import { nextCursorOf, pageAfter } from '../keyset-cursor';
import { AssetPage, AssetView } from './asset.view';
import { SearchAssetsQueryDto } from './search-assets.query.dto';

/**
 * The card's 累计折旧 as the ledger has it: the typed opening plus the monthly charges, at most 原值 (a
 * correction of 原值 below it leaves net book value at 0, as the depreciation read model shows it).
 */
function ledgerBook(row: AssetRegisterRow) {
  const original = BigInt(row.originalValueFen);
  const opening = BigInt(row.accumulatedDepreciationFen);
  const total = opening + BigInt(row.chargedDepreciationFen);
  const accumulated = total > original ? original : total;
  return {
    openingDepreciationFen: Number(opening),
    chargedDepreciationFen: Number(BigInt(row.chargedDepreciationFen)),
    accumulatedDepreciationFen: Number(accumulated),
    netBookValueFen: Number(original - accumulated),
  };
}

/** Reads of the asset register. Only the read model is touched, never the event store. */
@Injectable()
export class AssetRegisterQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: CategoryCatalog,
  ) {}

  toView(row: AssetRegisterRow): AssetView {
    const resolved = this.categories.resolve(row.categoryCode);
    return {
      assetId: row.assetId,
      assetNo: row.assetNo,
      name: row.name,
      category: {
        code: row.categoryCode,
        name: (resolved && [...resolved.path].reverse().find((p) => p.name !== null)?.name) ?? row.categoryCode,
        classCode: row.categoryClass,
        className: resolved?.className ?? row.categoryClass,
        majorCode: row.categoryMajor,
      },
      departmentId: row.departmentId,
      custodian: row.custodian,
      location: row.location,
      acquiredOn: row.acquiredOn,
      originalValueFen: Number(row.originalValueFen),
      quantity: row.quantity,
      unit: row.unit,
      ...ledgerBook(row),
      usage: row.usage,
      status: row.status,
      condition: row.condition,
      brand: row.brand,
      specification: row.specification,
      revision: row.revision,
      registeredAt: row.registeredAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  async findById(assetId: string): Promise<AssetView | null> {
    const row = await this.dataSource.getRepository(AssetRegisterRow).findOneBy({ assetId });
    return row ? this.toView(row) : null;
  }

  /** Which of these asset numbers the register holds, and for which unit (an import's dry run marks them). */
  async holdersOf(assetNos: readonly string[]): Promise<Map<string, string>> {
    const held = new Map<string, string>();
    for (let from = 0; from < assetNos.length; from += 10_000) {
      const rows = (await this.dataSource.query(
        `SELECT asset_no AS "assetNo", department_id AS "departmentId" FROM asset_register WHERE asset_no = ANY($1::text[])`,
        [assetNos.slice(from, from + 10_000)],
      )) as { assetNo: string; departmentId: string }[];
      for (const row of rows) held.set(row.assetNo, row.departmentId);
    }
    return held;
  }

  /** Newest registrations first; keyset pagination on the registration position, so pages stay stable while rows change. */
  async search(query: SearchAssetsQueryDto, units: readonly string[] | null = null): Promise<AssetPage> {
    const limit = query.limit ?? 20;
    const qb = this.dataSource.getRepository(AssetRegisterRow).createQueryBuilder('a');
    applySearchFilters(qb, 'a', query, { searchText: 'search_text', location: 'location', categoryCode: 'category_code' });
    onlyUnits(qb, (inUnits) => (inUnits === 'FALSE' ? 'FALSE' : `a.${inUnits}`), units);
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.acquiredFrom) qb.andWhere('a.acquired_on >= :af', { af: query.acquiredFrom });
    if (query.acquiredTo) qb.andWhere('a.acquired_on <= :at', { at: query.acquiredTo });
    pageAfter(qb, ['a.registered_commit', 'a.registered_prepare'], query.cursor);
    const rows = await qb
      .orderBy('a.registered_commit', 'DESC')
      .addOrderBy('a.registered_prepare', 'DESC')
      .limit(limit + 1)
      .getMany();
    return {
      items: rows.slice(0, limit).map((row) => this.toView(row)),
      nextCursor: nextCursorOf(rows, limit, (last) => [last.registeredCommit, last.registeredPrepare]),
    };
  }
}
