import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Matches, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { Actor, Clock, DEPARTMENT_CODE_MESSAGE, DEPARTMENT_CODE_PATTERN, DepartmentDirectory } from '@app/shared';
import {
  CloseStocktakeCommand,
  CloseStocktakeRequestDto,
  CountStocktakeAssetCommand,
  CountStocktakeAssetRequestDto,
  OpenStocktakeCommand,
  OpenStocktakeRequestDto,
  RecordStocktakeShortageCommand,
  RecordStocktakeShortageRequestDto,
  RecordStocktakeSurplusCommand,
  RegisterAssetRequestDto,
  StocktakeCommandResult,
} from '@app/assets';
import { StocktakeQueries } from '@app/read-models/stocktakes/stocktake.queries';
import { StocktakeItemRow, StocktakeRow } from '@app/read-models/stocktakes/stocktake.entities';
import { each, writeCsv } from '@app/read-models/reports/report-stream';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, RawHeaders } from '@app/platform/http/command-context';
import { IDEMPOTENCY_HEADER } from '../warehouse/idempotency-header';
import { checkLabelCount, labelSheetPdf } from '../labels/label-sheet';
import { StocktakeCountsView, StocktakeDetailView, StocktakeItemView, StocktakeView } from './stocktake.views';

const uuid = new ParseUUIDPipe();

class StocktakeListQueryDto {
  @ApiPropertyOptional({ description: 'That unit and the units below it' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: `departmentId ${DEPARTMENT_CODE_MESSAGE}` })
  departmentId?: string;
}

const OUTCOME_NAMES: Readonly<Record<string, string>> = {
  pending: '待清点',
  found: '账实相符',
  found_elsewhere: '在别处发现',
  surplus: '盘盈',
  shortage: '盘亏',
  not_found: '未找到',
};

const REPORT_COLUMNS = [
  { key: 'outcome', header: '盘点结果', kind: 'text' },
  { key: 'assetNo', header: '资产编号', kind: 'text' },
  { key: 'assetName', header: '名称', kind: 'text' },
  { key: 'cardDepartmentId', header: '账面单位', kind: 'text' },
  { key: 'cardLocation', header: '账面存放地点', kind: 'text' },
  { key: 'foundAt', header: '实际发现地点', kind: 'text' },
  { key: 'settledBy', header: '清点人', kind: 'text' },
  { key: 'settledAt', header: '时间', kind: 'text' },
  { key: 'reason', header: '盘亏原因', kind: 'text' },
] as const;

/** 清查盘点: tasks, counting by label, surplus and shortage, sign-off, the discrepancy report and the label sheet. */
@ApiTags('stocktakes (清查盘点)')
@ApiBearerAuth()
@Controller('stocktakes')
export class StocktakesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly stocktakes: StocktakeQueries,
    private readonly directory: DepartmentDirectory,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Open a stocktake of your department (or of one 存放地点 in it); the cards in scope are fixed now' })
  @ApiCreatedResponse({ type: StocktakeCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  open(@Body() body: OpenStocktakeRequestDto, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(new OpenStocktakeCommand(body, commandContextFrom(actor, h, this.clock)));
  }

  @Get()
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOperation({ summary: 'Stocktakes of the units the caller covers, open ones first' })
  @ApiOkResponse({ type: [StocktakeView] })
  async list(@Query() query: StocktakeListQueryDto, @CurrentActor() actor: Actor): Promise<StocktakeView[]> {
    const rows = await this.stocktakes.list(this.directory.visibleUnits(actor, query.departmentId));
    const counts = await this.stocktakes.counts(rows.map((r) => r.stocktakeId));
    return rows.map((row) => this.viewOf(row, counts.get(row.stocktakeId) as StocktakeCountsView));
  }

  @Get(':stocktakeId')
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOperation({ summary: 'One stocktake with every card expected or met and its outcome: the discrepancy report (盘点差异)' })
  @ApiOkResponse({ type: StocktakeDetailView })
  async get(@Param('stocktakeId', uuid) stocktakeId: string, @CurrentActor() actor: Actor): Promise<StocktakeDetailView> {
    const row = await this.visible(stocktakeId, actor);
    const counts = (await this.stocktakes.counts([stocktakeId])).get(stocktakeId) as StocktakeCountsView;
    const items = await this.stocktakes.items(stocktakeId);
    return { ...this.viewOf(row, counts), items: items.map(itemView) };
  }

  @Get(':stocktakeId/report.csv')
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOperation({ summary: 'The discrepancy report as CSV (UTF-8 with BOM): every card but the ones found where the card says' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async report(@Param('stocktakeId', uuid) stocktakeId: string, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const row = await this.visible(stocktakeId, actor);
    // A card found at a place other than its card's is a discrepancy too (账实不符), though counted as found.
    const items = (await this.stocktakes.items(stocktakeId)).filter(
      (i) => i.outcome !== 'found' || (i.foundAt !== null && i.foundAt !== i.cardLocation),
    );
    const rows = items.map((i) => ({ ...itemView(i), outcome: OUTCOME_NAMES[i.outcome] ?? i.outcome }));
    res.type('text/csv; charset=utf-8').attachment('stocktake-report.csv');
    const stamp = row.closedAt
      ? `${row.signedOffName ?? ''} 签字于 ${row.closedAt.toISOString()}`
      : `未结束，截至 ${this.clock.now().toISOString()}`;
    await writeCsv({ title: `盘点差异表 ${row.title}`, stamp, columns: REPORT_COLUMNS, rows: each(rows) }, res);
  }

  @Get(':stocktakeId/labels.pdf')
  @Roles('asset_manager', 'department_staff')
  @ApiOperation({ summary: 'Asset labels (资产标签) with QR codes for the cards in scope, as an A4 PDF sheet (24 a page)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async labels(@Param('stocktakeId', uuid) stocktakeId: string, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const row = await this.visible(stocktakeId, actor);
    const items = (await this.stocktakes.items(stocktakeId)).filter((i) => i.expected || i.outcome === 'surplus');
    const labels = items.map((i) => ({
      assetNo: i.assetNo,
      name: i.assetName,
      departmentName: this.directory.get(i.cardDepartmentId)?.name ?? i.cardDepartmentId,
      location: i.cardLocation,
    }));
    checkLabelCount(labels.length);
    const pdf = await labelSheetPdf(labels, `资产标签 · ${row.title}`);
    res.type('application/pdf').attachment('asset-labels.pdf').send(Buffer.from(pdf));
  }

  @Post(':stocktakeId/counts')
  @HttpCode(200)
  @Roles('asset_manager', 'department_staff')
  @ApiOperation({
    summary: 'Count one label (scanned or typed): found, or found elsewhere; the same label again writes nothing',
  })
  @ApiOkResponse({ type: StocktakeCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  count(
    @Param('stocktakeId', uuid) stocktakeId: string,
    @Body() body: CountStocktakeAssetRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new CountStocktakeAssetCommand(stocktakeId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Post(':stocktakeId/surplus')
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Record a surplus (盘盈): registers a new card for the asset found with none and links it to the task' })
  @ApiCreatedResponse({ type: StocktakeCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  surplus(
    @Param('stocktakeId', uuid) stocktakeId: string,
    @Body() body: RegisterAssetRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new RecordStocktakeSurplusCommand(stocktakeId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Post(':stocktakeId/shortages')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Record a shortage (盘亏) of an expected card; the card stays on the books until a disposal writes it off' })
  @ApiOkResponse({ type: StocktakeCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  shortage(
    @Param('stocktakeId', uuid) stocktakeId: string,
    @Body() body: RecordStocktakeShortageRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new RecordStocktakeShortageCommand(stocktakeId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Post(':stocktakeId/close')
  @HttpCode(200)
  @Roles('asset_manager', 'department_staff')
  @ApiOperation({
    summary: 'Sign off and close (签字结束): the asset manager only (a counter is refused with STOCKTAKE_MANAGER_ONLY); the rest is 未找到',
  })
  @ApiOkResponse({ type: StocktakeCommandResult })
  @ApiHeader(IDEMPOTENCY_HEADER)
  close(
    @Param('stocktakeId', uuid) stocktakeId: string,
    @Body() body: CloseStocktakeRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new CloseStocktakeCommand(stocktakeId, body, commandContextFrom(actor, h, this.clock)));
  }

  /** The task, when the caller covers its department; else answered as absent. */
  private async visible(stocktakeId: string, actor: Actor): Promise<StocktakeRow> {
    const row = await this.stocktakes.get(stocktakeId);
    if (!row || !this.directory.covers(actor, row.departmentId)) {
      throw new NotFoundException({ code: 'STOCKTAKE_NOT_FOUND', message: '没有这个盘点任务' });
    }
    return row;
  }

  private viewOf(row: StocktakeRow, counts: StocktakeCountsView): StocktakeView {
    return {
      stocktakeId: row.stocktakeId,
      title: row.title,
      departmentId: row.departmentId,
      departmentName: this.directory.get(row.departmentId)?.name ?? row.departmentId,
      location: row.location,
      status: row.status === 'closed' ? 'closed' : 'open',
      openedBy: row.openedBy,
      openedAt: row.openedAt.toISOString(),
      expectedCount: row.expectedCount,
      counts,
      signedOffName: row.signedOffName,
      opinion: row.opinion,
      closedAt: row.closedAt?.toISOString() ?? null,
    };
  }
}

function itemView(i: StocktakeItemRow): StocktakeItemView {
  return {
    assetId: i.assetId,
    assetNo: i.assetNo,
    assetName: i.assetName,
    expected: i.expected,
    cardDepartmentId: i.cardDepartmentId,
    cardLocation: i.cardLocation,
    custodian: i.custodian,
    outcome:
      (['pending', 'found', 'found_elsewhere', 'surplus', 'shortage', 'not_found'] as const).find((o) => o === i.outcome) ?? 'pending',
    foundAt: i.foundAt,
    settledBy: i.settledBy,
    settledAt: i.settledAt ? new Date(i.settledAt).toISOString() : null,
    method: i.method === 'scan' || i.method === 'typed' ? i.method : null,
    reason: i.reason,
  };
}
