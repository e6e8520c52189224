import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrgChangeResultView, OrgUnitAsOfView, OrgUnitView } from './organisation.views';
import { Actor, Clock, DepartmentDirectory, OrgCommand } from '@app/shared';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom } from '@app/platform/http/command-context';
import { OrganisationService } from '@app/platform/organisation/organisation.service';
import {
  CloseUnitRequestDto,
  CreateUnitRequestDto,
  MoveUnitRequestDto,
  RenameUnitRequestDto,
  TreeQueryDto,
} from './organisation.requests.dto';

type HeaderMap = Record<string, string | undefined>;
type Change = OrgCommand extends infer C ? (C extends OrgCommand ? Omit<C, 'actor' | 'now'> : never) : never;

/** The organisation tree (市 → 区 → 主管部门 → 单位): read by everyone in a unit, changed by the 系统管理员. */
@ApiTags('organisation')
@ApiBearerAuth()
@Controller('org/units')
export class OrganisationController {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly directory: DepartmentDirectory,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor', 'system_admin')
  @ApiOperation({
    summary: 'Every unit with its parent, level and 主管部门; with asOf, the tree as it stood then',
    description: 'Without asOf: OrgUnitView rows. With asOf: OrgUnitAsOfView rows (names and parents then; units created later left out).',
  })
  @ApiOkResponse({ type: [OrgUnitView] })
  tree(@Query() query: TreeQueryDto): OrgUnitView[] | OrgUnitAsOfView[] {
    return query.asOf ? this.directory.asOf(new Date(query.asOf).toISOString()) : this.directory.all();
  }

  @Post()
  @Roles('system_admin')
  @ApiOperation({ summary: 'Create a unit under a parent (or a city/district at the top)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: OrgChangeResultView })
  create(@Body() body: CreateUnitRequestDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap) {
    return this.run({ kind: 'CreateUnit', ...body, financeBureau: body.financeBureau ?? false }, actor, headers);
  }

  @Post(':unitId/name')
  @HttpCode(200)
  @Roles('system_admin')
  @ApiOperation({ summary: 'Rename a unit (the old name stays in history)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: OrgChangeResultView })
  rename(@Param('unitId') unitId: string, @Body() body: RenameUnitRequestDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap) {
    return this.run({ kind: 'RenameUnit', unitId, name: body.name }, actor, headers);
  }

  @Post(':unitId/parent')
  @HttpCode(200)
  @Roles('system_admin')
  @ApiOperation({ summary: 'Move a unit under another parent (a cycle is refused)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: OrgChangeResultView })
  move(@Param('unitId') unitId: string, @Body() body: MoveUnitRequestDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap) {
    return this.run({ kind: 'MoveUnit', unitId, parentId: body.parentId }, actor, headers);
  }

  @Post(':unitId/closure')
  @HttpCode(200)
  @Roles('system_admin')
  @ApiOperation({ summary: 'Close (撤销) a unit that has no open sub-units and no asset cards on its books (else 409)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: OrgChangeResultView })
  close(@Param('unitId') unitId: string, @Body() body: CloseUnitRequestDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap) {
    // assetsHeld is counted by the organisation service from the asset streams.
    return this.run({ kind: 'CloseUnit', unitId, reason: body.reason, assetsHeld: 0 }, actor, headers);
  }

  private async run(change: Change, actor: Actor, headers: HeaderMap): Promise<OrgChangeResultView> {
    const context = commandContextFrom(actor, headers, this.clock);
    const result = await this.organisation.execute({ ...change, actor, now: context.now.toISOString() } as OrgCommand, context);
    const unitId = change.unitId;
    return {
      unitId,
      revision: String(result.revision),
      events: result.events.map((e) => e.type),
      unit: this.directory.get(unitId) ?? null,
    };
  }
}
