import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CategoryCatalog } from '@app/assets';
import { likePattern } from '../like-pattern';
import { AssetRegisterRow } from './asset-register.entity';
import { AssetPage, AssetView } from './asset.view';
import { SearchAssetsQueryDto } from './search-assets.query.dto';


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
      category: { code: row.categoryCode, classCode: row.categoryClass, className: resolved?.className ?? row.categoryClass, majorCode: row.categoryMajor },
      departmentId: row.departmentId,
      custodian: row.custodian,
      location: row.location,
      acquiredOn: row.acquiredOn,
      originalValueFen: Number(row.originalValueFen),
      quantity: row.quantity,
      unit: row.unit,
      accumulatedDepreciationFen: Number(row.accumulatedDepreciationFen),
      netBookValueFen: Number(row.originalValueFen) - Number(row.accumulatedDepreciationFen),
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

  /** Newest registrations first; keyset pagination on the registration position, so pages stay stable while rows change. */
  async search(query: SearchAssetsQueryDto): Promise<AssetPage> {
    const limit = query.limit ?? 20;
    const qb = this.dataSource.getRepository(AssetRegisterRow).createQueryBuilder('a');
    if (query.q) qb.andWhere(`a.search_text LIKE :q`, { q: likePattern(query.q) });
    if (query.location) qb.andWhere(`lower(a.location) LIKE :loc`, { loc: likePattern(query.location) });
    if (query.categoryClass) qb.andWhere('a.category_class = :cc', { cc: query.categoryClass });
    if (query.categoryMajor) qb.andWhere('a.category_major = :cm', { cm: query.categoryMajor });
    if (query.departmentId) qb.andWhere('a.department_id = :dep', { dep: query.departmentId });
    if (query.condition) qb.andWhere('a.condition = :cond', { cond: query.condition });
    if (query.minValueFen !== undefined) qb.andWhere('a.original_value_fen >= :minV', { minV: query.minValueFen });
    if (query.maxValueFen !== undefined) qb.andWhere('a.original_value_fen <= :maxV', { maxV: query.maxValueFen });
    if (query.acquiredFrom) qb.andWhere('a.acquired_on >= :af', { af: query.acquiredFrom });
    if (query.acquiredTo) qb.andWhere('a.acquired_on <= :at', { at: query.acquiredTo });
    if (query.cursor) {
      const [commit, prepare] = query.cursor.split('.');
      qb.andWhere('(a.registered_commit, a.registered_prepare) < (:cCommit, :cPrepare)', { cCommit: commit, cPrepare: prepare });
    }
    const rows = await qb
      .orderBy('a.registered_commit', 'DESC')
      .addOrderBy('a.registered_prepare', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => this.toView(row)),
      nextCursor: rows.length > limit && last ? `${last.registeredCommit}.${last.registeredPrepare}` : null,
    };
  }
}
