import { Body, Controller, Get, Headers, Inject, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import {
  addMonths,
  chinaMonthOf,
  CloseDepreciationMonthCommand,
  CloseDepreciationMonthRequestDto,
  depreciationConfig,
  LoadLifeTableCommand,
  LoadLifeTableRequestDto,
  MONTH_PATTERN,
} from '@app/depreciation';
import { DepreciationQueries } from '@app/read-models/depreciation/depreciation.queries';
import {
  AssetDepreciationView,
  DepreciationOverview,
  DepreciationReportView,
  LifeTableView,
} from '@app/read-models/depreciation/depreciation.views';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { ModuleConfig } from '@app/platform/config/module-config';
import { commandContextFrom } from '@app/platform/http/command-context';
import { Actor, Clock, DepartmentDirectory } from '@app/shared';

class MonthQueryDto {
  @ApiProperty({ example: '2026-10' })
  @Matches(MONTH_PATTERN, { message: 'month must be a month YYYY-MM' })
  month!: string;
}

class AsOfMonthQueryDto {
  @ApiPropertyOptional({ description: 'Up to and including this month (YYYY-MM); default: every closed month', example: '2026-10' })
  @IsOptional()
  @Matches(MONTH_PATTERN, { message: 'asOf must be a month YYYY-MM' })
  asOf?: string;
}

class MonthCloseResultView {
  @ApiProperty() month!: string;
  @ApiProperty() tableVersion!: number;
  @ApiProperty() assetsCharged!: number;
  @ApiProperty() departments!: number;
  @ApiProperty({ description: '分' }) totalFen!: number;
  @ApiProperty({ description: 'Ledger events written (charges by department, then the close)' }) events!: number;
  @ApiProperty() replayed!: boolean;
}

class LoadLifeTableResultView {
  @ApiProperty({ type: Number, nullable: true }) version!: number | null;
  @ApiProperty() effectiveFrom!: string;
  @ApiProperty() replayed!: boolean;
}

type HeaderMap = Record<string, string | undefined>;

/** 折旧: the useful-life table, the month close (月末计提), net book value and the department report. */
@ApiTags('depreciation (折旧)')
@ApiBearerAuth()
@Controller('depreciation')
export class DepreciationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: DepreciationQueries,
    private readonly directory: DepartmentDirectory,
    private readonly clock: Clock,
    @Inject(depreciationConfig.KEY) private readonly config: ModuleConfig<typeof depreciationConfig>,
  ) {}

  @Get()
  @Roles('asset_manager', 'finance_approver', 'auditor', 'system_admin')
  @ApiOperation({ summary: 'Closed months with their totals, the next month to close, and every useful-life table version' })
  @ApiOkResponse({ type: DepreciationOverview })
  async overview(): Promise<DepreciationOverview> {
    const [months, nextMonth, tables] = await Promise.all([
      this.queries.closedMonths(),
      this.queries.nextMonth(this.config.DEPRECIATION_LEDGER_START ?? null),
      this.queries.tables(),
    ]);
    return { months, nextMonth, lastEndedMonth: addMonths(chinaMonthOf(this.clock.now()), -1), tables };
  }

  @Post('months')
  @Roles('finance_approver', 'system_admin')
  @ApiOperation({
    summary: 'Close a month (月末计提): every asset’s straight-line charge, one ledger event per department, then the close',
    description:
      'The month must have ended (China time) → else 409 DEPRECIATION_MONTH_NOT_ENDED; months close in order from the ledger’s start (DEPRECIATION_LEDGER_START, else the month its first depreciating card was registered) → 409 DEPRECIATION_MONTH_BEFORE_START before it, 409 DEPRECIATION_MONTH_OUT_OF_ORDER when skipping or going back; a closed month is never closed again → 409 DEPRECIATION_MONTH_ALREADY_CLOSED (a retry with the same Idempotency-Key gets the first answer, replayed: true).',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: MonthCloseResultView })
  close(@Body() body: CloseDepreciationMonthRequestDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap) {
    return this.commands.execute(new CloseDepreciationMonthCommand(body.month, commandContextFrom(actor, headers, this.clock)));
  }

  @Get('report')
  @Roles('asset_manager', 'finance_approver', 'auditor', 'system_admin')
  @ApiOperation({ summary: '本月折旧 by department for a month, within the caller’s units; reconciles with the ledger’s charge events' })
  @ApiOkResponse({ type: DepreciationReportView })
  report(@Query() q: MonthQueryDto, @CurrentActor() actor: Actor): Promise<DepreciationReportView> {
    return this.queries.report(q.month, this.directory.visibleUnits(actor), (id) => this.directory.get(id)?.name ?? id);
  }

  @Get('assets/:assetId')
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor', 'system_admin')
  @ApiOperation({ summary: 'One card’s 原值, 累计折旧 and 账面净值 as of a month, with its monthly schedule' })
  @ApiOkResponse({ type: AssetDepreciationView })
  async asset(@Param('assetId', new ParseUUIDPipe()) assetId: string, @Query() q: AsOfMonthQueryDto, @CurrentActor() actor: Actor) {
    const view = await this.queries.forAsset(assetId, q.asOf ?? null, chinaMonthOf(this.clock.now()));
    if (!view || !this.directory.covers(actor, view.departmentId)) {
      throw new NotFoundException({ code: 'ASSET_NOT_FOUND', message: `no asset ${assetId} in the register` });
    }
    return view;
  }

  @Get('life-tables')
  @Roles('asset_manager', 'finance_approver', 'auditor', 'system_admin')
  @ApiOperation({ summary: 'Every version of the useful-life table (折旧年限表), the shipped one (version 0) first' })
  @ApiOkResponse({ type: [LifeTableView] })
  tables(): Promise<LifeTableView[]> {
    return this.queries.tables();
  }

  @Post('life-tables')
  @Roles('finance_approver', 'system_admin')
  @ApiOperation({
    summary: 'Load a new version of the useful-life table, governing the months from effectiveFrom',
    description:
      'Rows are category prefixes (A02, A0201 …) with whole years, or null for 不计提折旧. Bad rows → 400 LIFE_TABLE_INVALID naming the row; a closed month → 409 LIFE_TABLE_FOR_CLOSED_MONTH; before the latest version → 409 LIFE_TABLE_OVERLAPS.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: LoadLifeTableResultView })
  load(@Body() body: LoadLifeTableRequestDto, @CurrentActor() actor: Actor, @Headers() headers: HeaderMap) {
    return this.commands.execute(new LoadLifeTableCommand(body, commandContextFrom(actor, headers, this.clock)));
  }
}
