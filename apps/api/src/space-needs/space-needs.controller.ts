import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Actor, Clock, DepartmentDirectory } from '@app/shared';
import { SPACE_NEED_STATUSES, SpaceNeedStatus } from '@app/property/needs/domain/space-need.state';
import { SpaceNeedCommandResult } from '@app/property/needs/commands/space-need-command.result';
import { PostSpaceNeedCommand } from '@app/property/needs/commands/post-space-need/post-space-need.command';
import { PostSpaceNeedRequestDto } from '@app/property/needs/commands/post-space-need/post-space-need.request.dto';
import { WithdrawSpaceNeedCommand } from '@app/property/needs/commands/withdraw-space-need/withdraw-space-need.command';
import { WithdrawSpaceNeedRequestDto } from '@app/property/needs/commands/withdraw-space-need/withdraw-space-need.request.dto';
import { TakeMatchCommand } from '@app/property/allocation/commands/take-match/take-match.command';
import { SpaceNeedQueries } from '@app/read-models/space-needs/space-needs.queries';
import { SpaceNeedRow } from '@app/read-models/space-needs/space-needs.entities';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, expectedRevisionFrom, RawHeaders } from '@app/platform/http/command-context';
import { IDEMPOTENCY_HEADER } from '../warehouse/idempotency-header';
import { SpaceMatchView, SpaceNeedView, toSpaceMatchView, toSpaceNeedView } from './space-needs.views';

const uuid = new ParseUUIDPipe();
const READERS = ['asset_manager', 'department_staff', 'finance_approver', 'auditor'] as const;

class SpaceNeedListQueryDto {
  @ApiPropertyOptional({ enum: SPACE_NEED_STATUSES })
  @IsOptional()
  @IsIn(SPACE_NEED_STATUSES, { message: `status must be one of ${SPACE_NEED_STATUSES.join(', ')}` })
  status?: SpaceNeedStatus;
}

/** 空间使用需求: departments post what space they need; vacant property is matched to it with reasons. */
@ApiTags('space needs (空间使用需求)')
@ApiBearerAuth()
@Controller('space-needs')
export class SpaceNeedsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
    private readonly queries: SpaceNeedQueries,
    private readonly directory: DepartmentDirectory,
  ) {}

  @Post()
  @Roles('asset_manager')
  @ApiOperation({
    summary:
      'Post a space need for your unit (发布空间使用需求): use, area range, a point with a radius or a district, from when, how long',
    description: 'A GCJ-02 point (高德/腾讯 map picks) is stored as WGS-84 with what was entered.',
  })
  @ApiCreatedResponse({ type: SpaceNeedCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  post(@Body() body: PostSpaceNeedRequestDto, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(new PostSpaceNeedCommand(body, commandContextFrom(actor, h, this.clock)));
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Space needs of the units you cover, newest first (at most 200)' })
  @ApiOkResponse({ type: [SpaceNeedView] })
  async list(@Query() query: SpaceNeedListQueryDto, @CurrentActor() actor: Actor): Promise<SpaceNeedView[]> {
    const rows = await this.queries.needs({ units: this.directory.visibleUnits(actor), status: query.status });
    return rows.map(toSpaceNeedView);
  }

  @Get(':needId')
  @Roles(...READERS)
  @ApiOkResponse({ type: SpaceNeedView })
  async get(@Param('needId', uuid) needId: string, @CurrentActor() actor: Actor): Promise<SpaceNeedView> {
    return toSpaceNeedView(await this.visibleNeed(needId, actor));
  }

  @Get(':needId/matches')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Vacant property matched to the need, best first, each with its reasons (用途, 面积, 距离/所在区, 空置起始)',
    description:
      'Candidates: 闲置 property nobody occupies, of another unit, whose use serves the need (office only for office), a room, building or parcel; within three radii of the point (beyond the radius shown with 超出范围) or on the books of the district’s units. Ranked: every criterion met first, then 匹配度 (area near the middle of the range, nearness), then longest vacant.',
  })
  @ApiOkResponse({ type: [SpaceMatchView] })
  async matches(@Param('needId', uuid) needId: string, @CurrentActor() actor: Actor): Promise<SpaceMatchView[]> {
    const need = await this.visibleNeed(needId, actor);
    const district = need.districtId === null ? null : need.districtId;
    const ranked = await this.queries.matches(need, {
      districtUnits: district === null ? null : this.directory.subtree(district),
      districtName: district === null ? null : (this.directory.get(district)?.name ?? district),
    });
    return ranked.map(toSpaceMatchView);
  }

  @Post(':needId/withdrawal')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Withdraw an open need (撤回), with a reason; not while an allocation is under way' })
  @ApiOkResponse({ type: SpaceNeedCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  withdraw(
    @Param('needId', uuid) needId: string,
    @Body() body: WithdrawSpaceNeedRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(
      new WithdrawSpaceNeedCommand(needId, body, commandContextFrom(actor, h, this.clock), expectedRevisionFrom(h)),
    );
  }

  @Post(':needId/matches/:propertyId/take')
  @Roles('asset_manager')
  @ApiOperation({
    summary: 'Take a match (选用): an allocation (调配) starts with the approval chain in force (主管部门审核, then 财政审批 or 备案)',
    description:
      'Decided on the need and the property as their streams hold them now: the property must still be vacant and of a use that serves the need; one allocation per need at a time.',
  })
  @ApiCreatedResponse({ type: SpaceNeedCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  take(
    @Param('needId', uuid) needId: string,
    @Param('propertyId', uuid) propertyId: string,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new TakeMatchCommand(needId, propertyId, commandContextFrom(actor, h, this.clock)));
  }

  private async visibleNeed(needId: string, actor: Actor): Promise<SpaceNeedRow> {
    const row = await this.queries.need(needId);
    if (!row || !this.directory.covers(actor, row.departmentId)) {
      throw new NotFoundException({ code: 'SPACE_NEED_NOT_FOUND', message: `没有需求 ${needId}` });
    }
    return row;
  }
}
