import { Body, Controller, ForbiddenException, Get, Headers, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Actor, Clock, DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN, DepartmentDirectory } from '@app/shared';
import {
  ApprovalPolicySource,
  NO_POLICY_RULES,
  policyInForce,
  RecordApprovalPolicyCommand,
  RecordApprovalPolicyRequestDto,
} from '@app/assets';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { IsInstant } from '@app/platform/http/calendar-validators';
import { commandContextFrom } from '@app/platform/http/command-context';
import { ApprovalPolicyOverview, RecordApprovalPolicyResultView } from './approval-policy.views';

class PolicyQueryDto {
  @ApiPropertyOptional({ description: 'District (or city); default: the caller’s own' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `districtId ${DEPARTMENT_CODE_MESSAGE}` })
  districtId?: string;

  @ApiPropertyOptional({ description: 'The policy in force at this instant (ISO); default now' })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}

type HeaderMap = Record<string, string | undefined>;

/** 调剂审批规则: recorded by each district's finance bureau, applying from a date; read by anyone who needs to know it. */
@ApiTags('approval policies (审批规则)')
@ApiBearerAuth()
@Controller('approval-policies')
export class ApprovalPoliciesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly policies: ApprovalPolicySource,
    private readonly directory: DepartmentDirectory,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('asset_manager', 'finance_approver', 'auditor')
  @ApiOperation({
    summary: 'The district’s approval policy in force (now or asOf) and every version with its effective date',
    description: 'Read from the policy stream itself. A district outside the caller’s scope → 403.',
  })
  @ApiOkResponse({ type: ApprovalPolicyOverview })
  async overview(@Query() q: PolicyQueryDto, @CurrentActor() actor: Actor): Promise<ApprovalPolicyOverview> {
    const own = actor.departmentId === null ? null : this.directory.districtOf(actor.departmentId);
    const districtId = q.districtId ?? own ?? '';
    if (q.districtId && !this.directory.covers(actor, q.districtId) && q.districtId !== own) {
      throw new ForbiddenException({ code: 'OUT_OF_SCOPE', message: `district ${q.districtId} is outside what you cover` });
    }
    const asOf = q.asOf ? new Date(q.asOf).toISOString() : this.clock.now().toISOString();
    const state = await this.policies.load();
    const inForce = policyInForce(state, districtId, asOf);
    const history = [...(state.byDistrict[districtId] ?? [])];
    return { districtId, asOf, inForce, applied: inForce?.rules ?? NO_POLICY_RULES, history } as ApprovalPolicyOverview;
  }

  @Post()
  @Roles('finance_approver')
  @ApiOperation({
    summary: 'Record a new approval policy for your district, applying from a date',
    description:
      'Rules: effectiveFrom is today or later (China date; a policy dated today applies from the moment it is recorded) → else 400 POLICY_EFFECTIVE_IN_PAST; it must be after the latest recorded effectiveFrom → else 409 POLICY_OVERLAPS; every category must exist → else 400 UNKNOWN_CATEGORY.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: RecordApprovalPolicyResultView })
  record(@Body() body: RecordApprovalPolicyRequestDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap) {
    return this.commands.execute(new RecordApprovalPolicyCommand(body, commandContextFrom(actor, headers, this.clock)));
  }
}
