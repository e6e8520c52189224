import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { writeCsv, writeXlsx } from '@app/read-models/reports/report-stream';
import { RegisterExportQueryDto, registerTable } from './register-export';
import { registerLabelsPdf } from '../labels/register-labels';
import { Actor, chinaDate, Clock, DepartmentDirectory } from '@app/shared';
import {
  AssetCommandResult,
  CorrectAssetCommand,
  CorrectAssetRequestDto,
  RegisterAssetCommand,
  RegisterAssetRequestDto,
  RelocateAssetCommand,
  RelocateAssetRequestDto,
} from '@app/assets';
import { AssetPage, AssetRegisterQueries, AssetView, SearchAssetsQueryDto } from '@app/read-models';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, expectedRevisionFrom, RawHeaders } from '@app/platform/http/command-context';

const idempotencyHeader = { name: 'Idempotency-Key', required: false, description: 'Retry-safe key; the same key never writes twice' };
const ifMatchHeader = { name: 'If-Match', required: false, description: 'Revision you last read; 409 if the asset changed since' };

@ApiTags('assets (资产登记)')
@ApiBearerAuth()
@Controller('assets')
export class AssetsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: AssetRegisterQueries,
    private readonly clock: Clock,
    private readonly directory: DepartmentDirectory,
  ) {}

  @Post()
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Register an asset card (资产登记) for your own department' })
  @ApiHeader(idempotencyHeader)
  @ApiCreatedResponse({ type: AssetCommandResult })
  async register(
    @Body() body: RegisterAssetRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: RawHeaders,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AssetCommandResult> {
    const result = await this.commands.execute(new RegisterAssetCommand(body, commandContextFrom(actor, headers, this.clock)));
    res.location(`/api/assets/${result.assetId}`);
    return result;
  }

  @Post(':assetId/corrections')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Correct what the card got wrong (更正); history keeps the old value and the reason' })
  @ApiHeader(idempotencyHeader)
  @ApiHeader(ifMatchHeader)
  @ApiOkResponse({ type: AssetCommandResult })
  correct(
    @Param('assetId', new ParseUUIDPipe()) assetId: string,
    @Body() body: CorrectAssetRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: RawHeaders,
  ): Promise<AssetCommandResult> {
    return this.commands.execute(
      new CorrectAssetCommand(assetId, body, commandContextFrom(actor, headers, this.clock), expectedRevisionFrom(headers)),
    );
  }

  @Post(':assetId/relocations')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Record a move to another place and/or custodian (存放地点/使用人变更)' })
  @ApiHeader(idempotencyHeader)
  @ApiHeader(ifMatchHeader)
  @ApiOkResponse({ type: AssetCommandResult })
  relocate(
    @Param('assetId', new ParseUUIDPipe()) assetId: string,
    @Body() body: RelocateAssetRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: RawHeaders,
  ): Promise<AssetCommandResult> {
    return this.commands.execute(
      new RelocateAssetCommand(assetId, body, commandContextFrom(actor, headers, this.clock), expectedRevisionFrom(headers)),
    );
  }

  @Get()
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOperation({
    summary: 'Search the register (一本账): text (Chinese substring), category, department, condition, value and date ranges',
    description:
      'Only cards of units the caller covers: their unit and the units below it (a 主管部门 its units), finance and audit their district, the city all.',
  })
  @ApiOkResponse({ type: AssetPage })
  search(@Query() query: SearchAssetsQueryDto, @CurrentActor() actor: Actor): Promise<AssetPage> {
    return this.queries.search(query, this.directory.visibleUnits(actor));
  }

  @Get('export')
  @Roles('asset_manager', 'finance_approver', 'auditor')
  @ApiOperation({
    summary: 'The register as a file (资产台账): CSV (UTF-8 with BOM) or XLSX, under the same filters as the search; amounts in 元',
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async export(@Query() query: RegisterExportQueryDto, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const { format, ...filters } = query;
    const table = registerTable(this.queries, filters, `截至 ${this.clock.now().toISOString()}`, this.directory.visibleUnits(actor));
    // Written as the pages are read: a whole city's ledger never sits in memory.
    try {
      if (format === 'xlsx') {
        res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment('register.xlsx');
        await writeXlsx(table, res);
      } else {
        res.type('text/csv; charset=utf-8').attachment('register.csv');
        await writeCsv(table, res);
      }
    } catch (error) {
      // Once the file has begun there is no status left to send: the download is cut, not passed off as complete.
      if (!res.headersSent) throw error;
      res.destroy(error as Error);
    }
  }

  @Get('labels.pdf')
  @Roles('asset_manager', 'department_staff')
  @ApiOperation({
    summary: 'Asset labels (资产标签) with QR codes for the cards under the same filters as the search, as an A4 PDF sheet (24 a page)',
    description: 'At most 2,400 cards (100 pages): more is refused with LABELS_TOO_MANY; none with LABELS_NONE.',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async labels(@Query() query: SearchAssetsQueryDto, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const stamp = chinaDate(this.clock.now());
    const pdf = await registerLabelsPdf(this.queries, this.directory, query, this.directory.visibleUnits(actor), stamp);
    res.type('application/pdf').attachment('asset-labels.pdf').send(Buffer.from(pdf));
  }

  @Get(':assetId')
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor')
  @ApiOkResponse({ type: AssetView })
  async get(@Param('assetId', new ParseUUIDPipe()) assetId: string, @CurrentActor() actor: Actor): Promise<AssetView> {
    const view = await this.queries.findById(assetId);
    // A card outside the caller's units is answered as absent: its existence is not theirs to know.
    if (!view || !this.directory.covers(actor, view.departmentId))
      throw new NotFoundException({ code: 'ASSET_NOT_FOUND', message: `no asset ${assetId} in the register` });
    return view;
  }
}
