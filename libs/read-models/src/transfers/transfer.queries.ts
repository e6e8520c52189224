import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransferRow } from './transfer.entity';

export interface SavingsRow {
  departmentId: string;
  transfersCompleted: number;
  /** Avoided procurement at original value (原值), 分 */
  avoidedProcurementFen: number;
  /** The same at net book value (账面净值), 分 */
  netBookValueFen: number;
}

@Injectable()
export class TransferQueries {
  constructor(private readonly dataSource: DataSource) {}

  get(transferId: string): Promise<TransferRow | null> {
    return this.dataSource.getRepository(TransferRow).findOneBy({ transferId });
  }

  /** Transfers touching any of the units (either side), optionally in one status; newest first. Omit units for all. */
  list(filter: { departmentIds?: readonly string[]; status?: string }, limit = 100): Promise<TransferRow[]> {
    const qb = this.dataSource.getRepository(TransferRow).createQueryBuilder('t');
    if (filter.departmentIds)
      qb.andWhere('(t.from_department_id = ANY(:d) OR t.to_department_id = ANY(:d))', { d: [...filter.departmentIds] });
    if (filter.status) qb.andWhere('t.status = :s', { s: filter.status });
    return qb.orderBy('t.started_at', 'DESC').limit(limit).getMany();
  }

  /** Savings (盘活) credited to receiving departments: each completed transfer avoids a purchase of that value. */
  async savings(departmentId?: string): Promise<SavingsRow[]> {
    const rows = await this.dataSource.query<{ department_id: string; n: string; original: string; nbv: string }[]>(
      `SELECT to_department_id AS department_id, count(*) AS n, sum(original_value_fen) AS original, sum(net_book_value_fen) AS nbv
         FROM transfers WHERE status = 'completed' ${departmentId ? 'AND to_department_id = $1' : ''}
        GROUP BY to_department_id ORDER BY to_department_id`,
      departmentId ? [departmentId] : [],
    );
    return rows.map((r) => ({
      departmentId: r.department_id,
      transfersCompleted: Number(r.n),
      avoidedProcurementFen: Number(r.original),
      netBookValueFen: Number(r.nbv),
    }));
  }
}
