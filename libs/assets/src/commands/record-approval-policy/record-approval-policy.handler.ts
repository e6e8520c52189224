import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { DepartmentDirectory } from '@app/shared';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { CategoryTableSource } from '../category-table.source';
import { APPROVAL_POLICY_STREAM_ID } from '../../domain/approval-policy';
import { approvalPolicyDecider } from '../../domain/approval-policy.decider';
import { RecordApprovalPolicyCommand, RecordApprovalPolicyResult } from './record-approval-policy.command';

@CommandHandler(RecordApprovalPolicyCommand)
export class RecordApprovalPolicyHandler implements ICommandHandler<RecordApprovalPolicyCommand, RecordApprovalPolicyResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly departments: DepartmentDirectory,
    private readonly tables: CategoryTableSource,
  ) {}

  async execute({ request, context, districtId }: RecordApprovalPolicyCommand): Promise<RecordApprovalPolicyResult> {
    const { actor } = context;
    // A finance approver records for their own district (the decider checks the role); the system names one.
    const district =
      districtId ?? (actor.departmentId === null ? '' : (this.departments.districtOf(actor.departmentId) ?? actor.departmentId));
    const result = await executeOnStream(
      this.store,
      APPROVAL_POLICY_STREAM_ID,
      approvalPolicyDecider({ departments: this.departments, categories: await this.tables.catalog() }),
      {
        kind: 'RecordApprovalPolicy',
        actor,
        now: context.now.toISOString(),
        districtId: district,
        effectiveFrom: request.effectiveFrom,
        rules: {
          financeApprovalAboveFen: request.financeApprovalAboveFen,
          crossingNeedsFinanceApproval: request.crossingNeedsFinanceApproval,
          financeApprovalCategories: request.financeApprovalCategories ?? [],
          ...(request.disposalFinanceApprovalAboveFen === undefined
            ? {}
            : { disposalFinanceApprovalAboveFen: request.disposalFinanceApprovalAboveFen }),
        },
        reason: request.reason,
      },
      context,
    );
    return {
      districtId: district,
      version: result.events[0]?.data.version ?? null,
      revision: result.revision.toString(),
      replayed: result.replayed,
    };
  }
}
