import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DEMO_DISTRICT_ID, SYSTEM_ACTOR } from '@app/shared';
import { ModuleConfig } from '@app/platform/config/module-config';
import { organisationConfig } from '@app/platform/organisation/organisation.config';
import { assetsConfig } from '../../assets.config';
import { DEFAULT_FINANCE_APPROVAL_THRESHOLD_FEN } from '../../domain/approval-policy';
import { RecordApprovalPolicyCommand } from './record-approval-policy.command';

/** Fixed id: a second seeding (another process, a restart) writes nothing. */
const SEED_COMMAND_ID = '00000000-0000-4000-8001-000000000001';
const SEED_AT = new Date('2020-01-01T00:00:00.000Z');

/**
 * With the demo tree (ORG_SEED_DEMO=true) the demo district gets its initial 调剂 approval policy through
 * the same command a finance bureau uses; TRANSFER_FINANCE_APPROVAL_THRESHOLD_FEN sets its threshold.
 */
@Injectable()
export class ApprovalPolicySeeder implements OnApplicationBootstrap {
  constructor(
    private readonly commands: CommandBus,
    @Inject(organisationConfig.KEY) private readonly org: ModuleConfig<typeof organisationConfig>,
    @Inject(assetsConfig.KEY) private readonly assets: ModuleConfig<typeof assetsConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.org.ORG_SEED_DEMO !== 'true') return;
    const context = {
      actor: SYSTEM_ACTOR,
      commandId: SEED_COMMAND_ID,
      correlationId: SEED_COMMAND_ID,
      causationId: SEED_COMMAND_ID,
      now: SEED_AT,
    };
    const threshold = this.assets.TRANSFER_FINANCE_APPROVAL_THRESHOLD_FEN ?? DEFAULT_FINANCE_APPROVAL_THRESHOLD_FEN;
    const request = {
      effectiveFrom: '2020-01-01',
      financeApprovalAboveFen: threshold,
      disposalFinanceApprovalAboveFen: threshold,
      crossingNeedsFinanceApproval: true,
      financeApprovalCategories: [],
      reason: '初始审批规则（示例区）',
    };
    await this.commands.execute(new RecordApprovalPolicyCommand(request, context, DEMO_DISTRICT_ID));
  }
}
