import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StocktakeItemRow, StocktakeRow } from './stocktake.entities';

export const STOCKTAKE_OUTCOMES = ['pending', 'found', 'found_elsewhere', 'surplus', 'shortage', 'not_found'] as const;
export type StocktakeOutcome = (typeof STOCKTAKE_OUTCOMES)[number];

export interface StocktakeCounts {
  readonly [outcome: string]: number;
}

@Injectable()
export class StocktakeQueries {
  constructor(private readonly dataSource: DataSource) {}

  get(stocktakeId: string): Promise<StocktakeRow | null> {
    return this.dataSource.getRepository(StocktakeRow).findOneBy({ stocktakeId });
  }

  /** Tasks of the units (null: all), open ones first, newest first. */
  list(departmentIds: readonly string[] | null, limit = 200): Promise<StocktakeRow[]> {
    const qb = this.dataSource.getRepository(StocktakeRow).createQueryBuilder('s');
    if (departmentIds) qb.where('s.department_id = ANY(:d)', { d: [...departmentIds] });
    return qb.orderBy(`s.status = 'open'`, 'DESC').addOrderBy('s.opened_at', 'DESC').addOrderBy('s.stocktake_id').limit(limit).getMany();
  }

  /** Every item of a task by asset number (the report and the counting panel). */
  items(stocktakeId: string): Promise<StocktakeItemRow[]> {
    return this.dataSource.getRepository(StocktakeItemRow).find({ where: { stocktakeId }, order: { assetNo: 'ASC' } });
  }

  /** Items per outcome for each task (every outcome listed, zero where none). */
  async counts(stocktakeIds: readonly string[]): Promise<Map<string, Record<StocktakeOutcome, number>>> {
    const out = new Map<string, Record<StocktakeOutcome, number>>();
    for (const id of stocktakeIds)
      out.set(id, Object.fromEntries(STOCKTAKE_OUTCOMES.map((o) => [o, 0])) as Record<StocktakeOutcome, number>);
    if (stocktakeIds.length === 0) return out;
    const rows = await this.dataSource.query<{ stocktake_id: string; outcome: string; n: string }[]>(
      'SELECT stocktake_id, outcome, count(*) AS n FROM stocktake_items WHERE stocktake_id = ANY($1::uuid[]) GROUP BY 1, 2',
      [[...stocktakeIds]],
    );
    for (const r of rows) {
      const counts = out.get(r.stocktake_id);
      // An outcome this code does not know is left out rather than breaking the list.
      if (counts && (STOCKTAKE_OUTCOMES as readonly string[]).includes(r.outcome)) counts[r.outcome as StocktakeOutcome] = Number(r.n);
    }
    return out;
  }
}
