import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LoanRow } from './loan.entity';

/** open: not yet returned; overdue: open past its due date; returned: closed. */
export const LOAN_STATES = ['open', 'overdue', 'returned'] as const;
export type LoanState = (typeof LOAN_STATES)[number];

@Injectable()
export class LoanQueries {
  constructor(private readonly dataSource: DataSource) {}

  get(loanId: string): Promise<LoanRow | null> {
    return this.dataSource.getRepository(LoanRow).findOneBy({ loanId });
  }

  /**
   * Loans lent or borrowed by any of the units (null: all), in one state as of `today` (YYYY-MM-DD);
   * open and overdue ones by due date (most urgent first), returned ones latest first.
   */
  list(
    filter: { departmentIds: readonly string[] | null; state?: LoanState; assetId?: string; today: string },
    limit = 200,
  ): Promise<LoanRow[]> {
    const qb = this.dataSource.getRepository(LoanRow).createQueryBuilder('l');
    if (filter.departmentIds)
      qb.andWhere('(l.lender_department_id = ANY(:d) OR l.borrower_department_id = ANY(:d))', { d: [...filter.departmentIds] });
    if (filter.assetId) qb.andWhere('l.asset_id = :a', { a: filter.assetId });
    if (filter.state === 'open') qb.andWhere('l.returned_on IS NULL');
    if (filter.state === 'overdue') qb.andWhere('l.returned_on IS NULL AND l.due_on < :today', { today: filter.today });
    if (filter.state === 'returned') qb.andWhere('l.returned_on IS NOT NULL');
    if (filter.state === 'returned') qb.orderBy('l.returned_on', 'DESC');
    else qb.orderBy('l.returned_on IS NULL', 'DESC').addOrderBy('l.due_on', 'ASC');
    return qb.addOrderBy('l.loan_id', 'ASC').limit(limit).getMany();
  }
}
