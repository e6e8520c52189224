import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { Actor, Clock, DepartmentDirectory } from '@app/shared';
import {
  DecideDisposalStepCommand,
  DecideDisposalStepRequestDto,
  DisposalCommandResult,
  RequestDisposalCommand,
  RequestDisposalRequestDto,
  WithdrawDisposalCommand,
  WithdrawDisposalRequestDto,
  WriteOffDisposalCommand,
  WriteOffDisposalRequestDto,
} from '@app/assets';
import { DisposalQueries } from '@app/read-models/disposals/disposal.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, expectedRevisionFrom, RawHeaders } from '@app/platform/http/command-context';
import { IDEMPOTENCY_HEADER } from '../warehouse/idempotency-header';
import { DISPOSAL_STATUSES, DisposalView, toDisposalView } from './disposal.views';

const uuid = new ParseUUIDPipe();
const IF_MATCH = { name: 'If-Match', required: false, description: 'Revision of the disposal you last read; 409 if it changed since' };

class DisposalListQueryDto {
  @ApiPropertyOptional({ enum: DISPOSAL_STATUSES })
  @IsOptional()
  @IsIn(DISPOSAL_STATUSES)
  status?: (typeof DISPOSAL_STATUSES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only requests naming this asset' })
  @IsOptional()
  @IsUUID('all', { message: 'assetId must be a UUID' })
  assetId?: string;
}

/** 处置 and 核销: requests by the holding unit, approvals by the policy in force, write-off with proceeds. */
@ApiTags('disposal (处置)')
@ApiBearerAuth()
@Controller('disposals')
export class DisposalsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
    private readonly disposals: DisposalQueries,
    private readonly directory: DepartmentDirectory,
  ) {}

  @Post()
  @Roles('asset_manager')
  @ApiOperation({
    summary: 'Request the disposal of assets of your unit (处置申请): scrap, loss, sale, donation, swap or free transfer',
    description:
      'A listing without claims is withdrawn as part of the request (转入处置). Refused: office space (《党政机关办公用房管理办法》第四条), assets in a transfer, listings with claims, assets already in a request, assets of another unit. The approval chain follows the district policy in force (disposalFinanceApprovalAboveFen).',
  })
  @ApiCreatedResponse({ type: DisposalCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  request(@Body() body: RequestDisposalRequestDto, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(new RequestDisposalCommand(body, commandContextFrom(actor, h, this.clock)));
  }

  @Get()
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOperation({ summary: 'Disposal requests of the units you cover, newest first (at most 200)' })
  @ApiOkResponse({ type: [DisposalView] })
  async list(@Query() query: DisposalListQueryDto, @CurrentActor() actor: Actor): Promise<DisposalView[]> {
    const rows = await this.disposals.list({ units: this.directory.visibleUnits(actor), ...query }, 200);
    return rows.map(toDisposalView);
  }

  @Get('awaiting-me')
  @Roles('asset_manager', 'finance_approver')
  @ApiOperation({
    summary: '待审批: disposal requests whose current step waits for me, longest waiting first',
    description: 'A 主管部门 asset manager sees the reviews of its units; a finance approver the 财政审批 of requests from its district.',
  })
  @ApiOkResponse({ type: [DisposalView] })
  async awaiting(@CurrentActor() actor: Actor): Promise<DisposalView[]> {
    if (actor.role !== 'finance_approver' && !actor.departmentId) return [];
    const rows =
      actor.role === 'finance_approver'
        ? await this.disposals.awaiting({ step: 'finance_approval', fromUnits: this.directory.visibleUnits(actor) }, 100)
        : await this.disposals.awaiting({ step: 'supervisor_review', departmentId: actor.departmentId ?? '' }, 100);
    return rows.map(toDisposalView);
  }

  @Get(':disposalId')
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOkResponse({ type: DisposalView })
  async get(@Param('disposalId', uuid) disposalId: string, @CurrentActor() actor: Actor): Promise<DisposalView> {
    const row = await this.disposals.get(disposalId);
    if (!row || !this.directory.covers(actor, row.departmentId)) {
      throw new NotFoundException({ code: 'DISPOSAL_NOT_FOUND', message: `no disposal ${disposalId}` });
    }
    return toDisposalView(row);
  }

  @Post(':disposalId/decision')
  @HttpCode(200)
  @Roles('asset_manager', 'finance_approver')
  @ApiOperation({ summary: 'Approve or reject the pending step (主管部门审核 / 财政审批); a rejection releases the assets' })
  @ApiOkResponse({ type: DisposalCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiHeader(IF_MATCH)
  decide(
    @Param('disposalId', uuid) disposalId: string,
    @Body() body: DecideDisposalStepRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(
      new DecideDisposalStepCommand(disposalId, body, commandContextFrom(actor, h, this.clock), expectedRevisionFrom(h)),
    );
  }

  @Post(':disposalId/withdrawal')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Withdraw a request still awaiting approval (撤回); its assets are back in use' })
  @ApiOkResponse({ type: DisposalCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  withdraw(
    @Param('disposalId', uuid) disposalId: string,
    @Body() body: WithdrawDisposalRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new WithdrawDisposalCommand(disposalId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Post(':disposalId/write-off')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({
    summary: '核销: carry out the approved disposal; its cards leave the live register (history and as-of keep them)',
    description:
      'Proceeds (分) and the 上缴国库 voucher are recorded: required for a sale, and whenever there are proceeds. Holds a store error cut off are re-applied first; an asset that still is not held for the disposal → 409 DISPOSAL_ASSETS_NOT_HELD (details.assetNos), nothing written.',
  })
  @ApiOkResponse({ type: DisposalCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiHeader(IF_MATCH)
  writeOff(
    @Param('disposalId', uuid) disposalId: string,
    @Body() body: WriteOffDisposalRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(
      new WriteOffDisposalCommand(disposalId, body, commandContextFrom(actor, h, this.clock), expectedRevisionFrom(h)),
    );
  }
}
