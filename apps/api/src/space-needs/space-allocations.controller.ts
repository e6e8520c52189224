import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock, DepartmentDirectory } from '@app/shared';
import { SpaceNeedCommandResult } from '@app/property/needs/commands/space-need-command.result';
import { DecideAllocationStepCommand } from '@app/property/allocation/commands/decide-allocation-step/decide-allocation-step.command';
import { DecideAllocationStepRequestDto } from '@app/property/allocation/commands/decide-allocation-step/decide-allocation-step.request.dto';
import { ConfirmAllocationHandoverCommand } from '@app/property/allocation/commands/confirm-allocation-handover/confirm-allocation-handover.command';
import { ConfirmAllocationHandoverRequestDto } from '@app/property/allocation/commands/confirm-allocation-handover/confirm-allocation-handover.request.dto';
import { SpaceNeedQueries } from '@app/read-models/space-needs/space-needs.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, expectedRevisionFrom, RawHeaders } from '@app/platform/http/command-context';
import { IDEMPOTENCY_HEADER } from '../warehouse/idempotency-header';
import { SpaceAllocationView, toSpaceAllocationView } from './space-needs.views';

const uuid = new ParseUUIDPipe();
const IF_MATCH = { name: 'If-Match', required: false, description: 'Revision of the allocation you last read; 409 if it changed since' };

/** 调配: a vacant property allocated to a department's need, through approvals to handover. */
@ApiTags('space needs (空间使用需求)')
@ApiBearerAuth()
@Controller('space-allocations')
export class SpaceAllocationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
    private readonly queries: SpaceNeedQueries,
    private readonly directory: DepartmentDirectory,
  ) {}

  @Get()
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOperation({ summary: 'Allocations giving or receiving space for the units you cover, newest first (at most 200)' })
  @ApiOkResponse({ type: [SpaceAllocationView] })
  async list(@CurrentActor() actor: Actor): Promise<SpaceAllocationView[]> {
    return (await this.queries.allocations({ units: this.directory.visibleUnits(actor) })).map(toSpaceAllocationView);
  }

  @Get('awaiting-me')
  @Roles('asset_manager', 'finance_approver')
  @ApiOperation({
    summary: '调配审批: allocations whose current step waits for me, longest waiting first',
    description:
      'A 主管部门 asset manager sees the reviews of its units; a finance approver the 财政审批 of allocations out of its district.',
  })
  @ApiOkResponse({ type: [SpaceAllocationView] })
  async awaiting(@CurrentActor() actor: Actor): Promise<SpaceAllocationView[]> {
    if (actor.role !== 'finance_approver' && !actor.departmentId) return [];
    const rows =
      actor.role === 'finance_approver'
        ? await this.queries.awaiting({ step: 'finance_approval', fromUnits: this.directory.visibleUnits(actor) })
        : await this.queries.awaiting({ step: 'supervisor_review', departmentId: actor.departmentId ?? '' });
    return rows.map(toSpaceAllocationView);
  }

  @Get(':allocationId')
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOkResponse({ type: SpaceAllocationView })
  async get(@Param('allocationId', uuid) allocationId: string, @CurrentActor() actor: Actor): Promise<SpaceAllocationView> {
    const row = await this.queries.allocation(allocationId);
    const supervisors = row ? [row.fromUnitId, row.toDepartmentId] : [];
    if (!row || !supervisors.some((unit) => this.directory.covers(actor, unit))) {
      throw new NotFoundException({ code: 'ALLOCATION_NOT_FOUND', message: `没有调配 ${allocationId}` });
    }
    return toSpaceAllocationView(row);
  }

  @Post(':allocationId/decision')
  @HttpCode(200)
  @Roles('asset_manager', 'finance_approver')
  @ApiOperation({
    summary: 'Approve or reject the pending step (主管部门审核 / 财政审批); a rejection ends the allocation and reopens the need',
  })
  @ApiOkResponse({ type: SpaceNeedCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiHeader(IF_MATCH)
  decide(
    @Param('allocationId', uuid) allocationId: string,
    @Body() body: DecideAllocationStepRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(
      new DecideAllocationStepCommand(allocationId, body, commandContextFrom(actor, h, this.clock), expectedRevisionFrom(h)),
    );
  }

  @Post(':allocationId/handover')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({
    summary: '交接确认 by the receiving unit after every approval: the property’s occupancy moves to it and the need is fulfilled',
    description: 'Sent again (under any Idempotency-Key) it writes nothing new and the occupancy is not changed twice.',
  })
  @ApiOkResponse({ type: SpaceNeedCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiHeader(IF_MATCH)
  handover(
    @Param('allocationId', uuid) allocationId: string,
    @Body() body: ConfirmAllocationHandoverRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(
      new ConfirmAllocationHandoverCommand(allocationId, body, commandContextFrom(actor, h, this.clock), expectedRevisionFrom(h)),
    );
  }
}
