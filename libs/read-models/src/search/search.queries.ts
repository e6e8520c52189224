import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { applySearchFilters, onlyUnits } from '../search-filters';
import { nextCursorOf, pageAfter } from '../keyset-cursor';
import { SearchItemRow } from './search-item.entity';
import { SEARCH_KINDS, SearchQueryDto } from './search.query.dto';
import { ListingViewer, ListingVisibility } from '../marketplace/listing-visibility';

export interface SearchHit {
  kind: string;
  id: string;
  title: string;
  categoryClass: string | null;
  categoryMajor: string | null;
  /** The full 9-character code; null for spaces */
  categoryCode: string | null;
  departmentId: string;
  status: string;
  location: string;
  valueFen: number | null;
  date: string;
}

export type Facets = Record<'kind' | 'categoryClass' | 'departmentId' | 'status', Record<string, number>>;

/** One search over assets, warehouse listings and shareable spaces; read models only. */
@Injectable()
export class SearchQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibility: ListingVisibility,
  ) {}

  private filtered(q: SearchQueryDto, viewer: ListingViewer, units: readonly string[] | null): SelectQueryBuilder<SearchItemRow> {
    const qb = this.dataSource.getRepository(SearchItemRow).createQueryBuilder('s');
    const kinds: readonly string[] = q.kind?.length ? q.kind : SEARCH_KINDS;
    // Asset cards follow the tree (the caller's units); listings and spaces are offered to other units by design.
    // Asking for cards alone makes it a plain condition on the unit, which PostgreSQL can look up by index;
    // inside the OR it could only filter row by row (130,000 rows walked for a unit's page at a million cards).
    const inScope = (inUnits: string) => (inUnits === 'FALSE' ? 'FALSE' : `s.${inUnits}`);
    if (kinds.length === 1 && kinds[0] === 'asset') onlyUnits(qb, inScope, units);
    else if (kinds.includes('asset')) onlyUnits(qb, (inUnits) => `(s.kind <> 'asset' OR ${inScope(inUnits)})`, units);
    // Listings follow the feed's visibility rule (internal windows); assets and spaces are not restricted here.
    // Written as "not one of the few hidden listings": checking each listing passed for being visible made
    // PostgreSQL hash all the city's listings on every search (20-30 ms at 50,000 listings).
    const hidden = kinds.includes('listing') ? this.visibility.hiddenSql(viewer, 'l', new Date()) : null;
    if (hidden)
      qb.andWhere(
        `NOT EXISTS (SELECT 1 FROM marketplace_listings l WHERE s.kind = 'listing' AND l.listing_id = s.item_id AND ${hidden.where})`,
        hidden.params,
      );
    applySearchFilters(
      qb,
      's',
      { ...q, minValueFen: undefined, maxValueFen: undefined },
      { searchText: 'search_text', location: 'location', categoryCode: 'category_code' },
    );
    if (q.kind?.length) qb.andWhere('s.kind IN (:...kinds)', { kinds: q.kind });
    if (q.status) qb.andWhere('s.status = :status', { status: q.status });
    if (q.minValueFen !== undefined) qb.andWhere('s.value_fen >= :minV', { minV: q.minValueFen });
    if (q.maxValueFen !== undefined) qb.andWhere('s.value_fen <= :maxV', { maxV: q.maxValueFen });
    if (q.dateFrom) qb.andWhere('s.item_date >= :df', { df: q.dateFrom });
    if (q.dateTo) qb.andWhere('s.item_date <= :dt', { dt: q.dateTo });
    return qb;
  }

  async search(
    q: SearchQueryDto,
    viewer: ListingViewer,
    units: readonly string[] | null = null,
  ): Promise<{ items: SearchHit[]; nextCursor: string | null; facets?: Facets }> {
    const limit = q.limit ?? 20;
    const qb = this.filtered(q, viewer, units);
    pageAfter(qb, ['s.sort_commit', 's.sort_prepare', 's.item_key'], q.cursor);
    const rows = await qb
      .orderBy('s.sort_commit', 'DESC')
      .addOrderBy('s.sort_prepare', 'DESC')
      .addOrderBy('s.item_key', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const result: { items: SearchHit[]; nextCursor: string | null; facets?: Facets } = {
      items: page.map((r) => ({
        kind: r.kind,
        id: r.itemId,
        title: r.title,
        categoryClass: r.categoryClass,
        categoryMajor: r.categoryMajor,
        categoryCode: r.categoryCode,
        departmentId: r.departmentId,
        status: r.status,
        location: r.location,
        valueFen: r.valueFen === null ? null : Number(r.valueFen),
        date: r.itemDate,
      })),
      nextCursor: nextCursorOf(rows, limit, (last) => [last.sortCommit, last.sortPrepare, last.itemKey]),
    };
    if (q.facets === 'true') result.facets = await this.facets(q, viewer, units);
    return result;
  }

  /** Counts under the current filters, by kind, 门类, department and status, in one grouped query. */
  private async facets(q: SearchQueryDto, viewer: ListingViewer, units: readonly string[] | null): Promise<Facets> {
    const [sql, params] = this.filtered(q, viewer, units)
      .select([
        's.kind AS kind',
        's.category_class AS category_class',
        's.department_id AS department_id',
        's.status AS status',
        'count(*) AS n',
      ])
      .getQueryAndParameters();
    const grouped = `${sql} GROUP BY GROUPING SETS ((s.kind), (s.category_class), (s.department_id), (s.status))`;
    const rows = await this.dataSource.query<
      { kind: string | null; category_class: string | null; department_id: string | null; status: string | null; n: string }[]
    >(grouped, params);
    const facets: Facets = { kind: {}, categoryClass: {}, departmentId: {}, status: {} };
    for (const r of rows) {
      if (r.kind !== null) facets.kind[r.kind] = Number(r.n);
      else if (r.department_id !== null) facets.departmentId[r.department_id] = Number(r.n);
      else if (r.status !== null) facets.status[r.status] = Number(r.n);
      else facets.categoryClass[r.category_class ?? 'none'] = Number(r.n);
    }
    return facets;
  }
}
