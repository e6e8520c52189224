import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { RecordApprovalPolicyRequestDto } from './record-approval-policy.request.dto';

export interface RecordApprovalPolicyResult {
  readonly districtId: string;
  readonly version: number | null;
  readonly revision: string;
  readonly replayed: boolean;
}

/** A finance bureau records its district's 调剂 approval policy (or the system seeds one for `districtId`). */
export class RecordApprovalPolicyCommand extends Command<RecordApprovalPolicyResult> {
  constructor(
    readonly request: RecordApprovalPolicyRequestDto,
    readonly context: CommandContext,
    readonly districtId?: string,
  ) {
    super();
  }
}
