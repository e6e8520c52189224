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

  /** The asset's transfers, newest first (the asset card shows them). */
  forAsset(assetId: string): Promise<TransferRow[]> {
    return this.dataSource.getRepository(TransferRow).find({ where: { assetId }, order: { startedAt: 'DESC' }, take: 20 });
  }

  /** Transfers touching any of the units (either side), optionally in one status; newest first. Omit units for all. */
  list(filter: { departmentIds?: readonly string[]; status?: string }, limit = 100): Promise<TransferRow[]> {
    const qb = this.dataSource.getRepository(TransferRow).createQueryBuilder('t');
    if (filter.departmentIds)
      qb.andWhere('(t.from_department_id = ANY(:d) OR t.to_department_id = ANY(:d))', { d: [...filter.departmentIds] });
    if (filter.status) qb.andWhere('t.status = :s', { s: filter.status });
    return qb.orderBy('t.started_at', 'DESC').limit(limit).getMany();
  }

  /**
   * Transfers whose step has waited since before `since` and has not been escalated yet, longest waiting
   * first: what the escalation sweep looks at (it counts the working days itself).
   */
  async waitingSince(since: Date, limit = 500): Promise<TransferRow[]> {
    return this.dataSource
      .getRepository(TransferRow)
      .createQueryBuilder('t')
      .where(`t.status IN ('pending_supervisor_review', 'pending_finance_approval')`)
      .andWhere('t.updated_at < :since', { since })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM jsonb_array_elements(t.steps) s WHERE s->>'status' = 'pending' AND s->>'escalatedAt' IS NOT NULL)`,
      )
      .orderBy('t.updated_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  /**
   * Transfers whose current step waits for this approver, longest waiting first, in cursor pages:
   * 主管部门 review for the named department, or 财政 approval of transfers out of `fromUnits` (null: any unit).
   * The cursor is the last row's `startedAt|transferId`.
   */
  async awaitingStep(
    waiting: { step: 'supervisor_review'; departmentId: string } | { step: 'finance_approval'; fromUnits: readonly string[] | null },
    page: { cursor?: string; limit: number },
  ): Promise<{ rows: TransferRow[]; total: number; nextCursor: string | null }> {
    const qb = this.dataSource.getRepository(TransferRow).createQueryBuilder('t');
    if (waiting.step === 'finance_approval') {
      qb.where(`t.status = 'pending_finance_approval'`);
      if (waiting.fromUnits !== null)
        qb.andWhere(waiting.fromUnits.length ? 't.from_department_id IN (:...units)' : 'FALSE', { units: [...waiting.fromUnits] });
    } else
      qb.where(`t.status = 'pending_supervisor_review'`).andWhere(
        `EXISTS (SELECT 1 FROM jsonb_array_elements(t.steps) s
                  WHERE s->>'kind' = 'supervisor_review' AND s->>'status' = 'pending' AND s->>'approverDepartmentId' = :d)`,
        { d: waiting.departmentId },
      );
    const total = await qb.clone().getCount();
    if (page.cursor) {
      const [at, id] = page.cursor.split('|');
      qb.andWhere('(t.started_at, t.transfer_id) > (:at, :id)', { at, id });
    }
    const rows = await qb
      .orderBy('t.started_at', 'ASC')
      .addOrderBy('t.transfer_id', 'ASC')
      .limit(page.limit + 1)
      .getMany();
    const items = rows.slice(0, page.limit);
    const last = items[items.length - 1];
    return {
      rows: items,
      total,
      nextCursor: rows.length > page.limit && last ? `${last.startedAt.toISOString()}|${last.transferId}` : null,
    };
  }

  /**
   * Transfers where this approver's step has been decided (approved or rejected), latest activity
   * first, in cursor pages: the 已处理 side of the inbox. The cursor is the last row's `updatedAt|transferId`.
   */
  async decidedStep(
    decided: { step: 'supervisor_review'; departmentId: string } | { step: 'finance_approval'; fromUnits: readonly string[] | null },
    page: { cursor?: string; limit: number },
  ): Promise<{ rows: TransferRow[]; total: number; nextCursor: string | null }> {
    const qb = this.dataSource
      .getRepository(TransferRow)
      .createQueryBuilder('t')
      .where(
        `EXISTS (SELECT 1 FROM jsonb_array_elements(t.steps) s
                  WHERE s->>'kind' = :kind AND s->>'status' <> 'pending'
                    AND (:kind = 'finance_approval' OR s->>'approverDepartmentId' = :d))`,
        { kind: decided.step, d: decided.step === 'supervisor_review' ? decided.departmentId : '' },
      );
    if (decided.step === 'finance_approval' && decided.fromUnits !== null)
      qb.andWhere(decided.fromUnits.length ? 't.from_department_id IN (:...units)' : 'FALSE', { units: [...decided.fromUnits] });
    const total = await qb.clone().getCount();
    if (page.cursor) {
      const [at, id] = page.cursor.split('|');
      qb.andWhere('(t.updated_at, t.transfer_id) < (:at, :id)', { at, id });
    }
    const rows = await qb
      .orderBy('t.updated_at', 'DESC')
      .addOrderBy('t.transfer_id', 'DESC')
      .limit(page.limit + 1)
      .getMany();
    const items = rows.slice(0, page.limit);
    const last = items[items.length - 1];
    return {
      rows: items,
      total,
      nextCursor: rows.length > page.limit && last ? `${last.updatedAt.toISOString()}|${last.transferId}` : null,
    };
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
