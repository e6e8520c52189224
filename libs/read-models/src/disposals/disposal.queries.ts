import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DisposalRow } from './disposal.entity';

/** Waiting for whom: a 主管部门's review, or the finance approval of requests from the given units (null: any). */
export type DisposalWaiting =
  | { readonly step: 'supervisor_review'; readonly departmentId: string }
  | { readonly step: 'finance_approval'; readonly fromUnits: readonly string[] | null };

@Injectable()
export class DisposalQueries {
  constructor(private readonly dataSource: DataSource) {}

  get(disposalId: string): Promise<DisposalRow | null> {
    return this.dataSource.getRepository(DisposalRow).findOneBy({ disposalId });
  }

  /** Requests of the given units (null: every unit), optionally in one status or naming one asset; newest first. */
  list(filter: { units: readonly string[] | null; status?: string; assetId?: string }, limit: number): Promise<DisposalRow[]> {
    const qb = this.dataSource.getRepository(DisposalRow).createQueryBuilder('d');
    if (filter.units !== null) qb.andWhere(filter.units.length ? 'd.department_id IN (:...units)' : 'FALSE', { units: [...filter.units] });
    if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
    if (filter.assetId) qb.andWhere(':asset = ANY(d.asset_ids)', { asset: filter.assetId });
    return qb.orderBy('d.requested_at', 'DESC').addOrderBy('d.disposal_id', 'DESC').limit(limit).getMany();
  }

  /** Requests whose current step waits for this approver, longest waiting first. */
  awaiting(waiting: DisposalWaiting, limit: number): Promise<DisposalRow[]> {
    const qb = this.dataSource.getRepository(DisposalRow).createQueryBuilder('d');
    if (waiting.step === 'finance_approval') {
      qb.where(`d.status = 'pending_finance_approval'`);
      if (waiting.fromUnits !== null)
        qb.andWhere(waiting.fromUnits.length ? 'd.department_id IN (:...units)' : 'FALSE', { units: [...waiting.fromUnits] });
    } else {
      qb.where(`d.status = 'pending_supervisor_review'`).andWhere(
        `EXISTS (SELECT 1 FROM jsonb_array_elements(d.steps) s
                  WHERE s->>'kind' = 'supervisor_review' AND s->>'status' = 'pending' AND s->>'approverDepartmentId' = :dep)`,
        { dep: waiting.departmentId },
      );
    }
    return qb.orderBy('d.requested_at', 'ASC').addOrderBy('d.disposal_id', 'ASC').limit(limit).getMany();
  }
}
