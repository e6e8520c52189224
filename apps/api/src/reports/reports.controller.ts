import { BadRequestException, Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Response } from 'express';
import { Actor, chinaDate, Clock, DepartmentDirectory } from '@app/shared';
import { CategoryLevel, LEVEL_NAMES } from '@app/assets';
import { ReportTable } from '@app/read-models/reports/report-table';
import { AS_OF_SUMMARY_LEVELS, ReportQueries } from '@app/read-models/reports/reports.queries';
import { CalendarSource } from '@app/calendar';
import { SharingQueries } from '@app/read-models/sharing/sharing.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { IsInstant } from '@app/platform/http/calendar-validators';
import { RegisterSummaryView } from './register-summary.view';
import { col, sendReport } from './send-report';
import { IdleRateView, LongIdleView, ReuseView, SharingHourlyView, SharingUtilisationView } from './report.views';

export class FormatQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], default: 'json' }) @IsOptional() @IsIn(['json', 'csv', 'xlsx']) format?:
    'json' | 'csv' | 'xlsx';
}

class AsOfReportQuery extends FormatQuery {
  @ApiPropertyOptional({ description: 'As of this instant (ISO); omitted = now, from the live register' })
  @IsOptional()
  @IsInstant()
  asOf?: string;
  @ApiPropertyOptional({ enum: ['original', 'corrected'], default: 'original' }) @IsOptional() @IsIn(['original', 'corrected']) view?:
    'original' | 'corrected';
}

class RegisterSummaryQuery extends AsOfReportQuery {
  @ApiPropertyOptional({
    enum: [1, 2, 3, 4],
    default: 2,
    description: 'Group by 门类 (1), 大类 (2), 二级 (3) or 品目 (4); with asOf, 1 or 2 (the asset history keeps those levels)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsIn([1, 2, 3, 4])
  level?: CategoryLevel;
}

class PeriodQuery extends FormatQuery {
  @ApiPropertyOptional({ description: 'Period start (ISO time, inclusive)', required: true })
  @IsInstant({ message: 'from must be an ISO 8601 time' })
  from!: string;
  @ApiPropertyOptional({ description: 'Period end (ISO time, exclusive)', required: true })
  @IsInstant({ message: 'to must be an ISO 8601 time' })
  to!: string;
}

class LongIdleQuery extends FormatQuery {
  @ApiPropertyOptional({ default: 90 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(3650) days?: number;
}

function period(q: PeriodQuery): { from: Date; to: Date } {
  const from = new Date(q.from);
  const to = new Date(q.to);
  if (!(from < to))
    throw new BadRequestException({
      code: 'VALIDATION_FAILED',
      message: 'from must be before to',
      fields: [{ field: 'to', messages: ['from must be before to'] }],
    });
  return { from, to };
}

@ApiTags('reports (报表)')
@ApiBearerAuth()
@Controller('reports')
@Roles('asset_manager', 'finance_approver', 'auditor')
/** Every report shows the units the caller covers (see inScope). */
export class ReportsController {
  constructor(
    private readonly reports: ReportQueries,
    private readonly sharing: SharingQueries,
    private readonly clock: Clock,
    private readonly directory: DepartmentDirectory,
    private readonly calendar: CalendarSource,
  ) {}

  /** Rows of the units the caller covers: their unit and below (a 主管部门 its units), finance and audit their district, the city all. */
  private inScope<T extends { departmentId: string }>(actor: Actor, rows: T[]): T[] {
    const units = this.directory.visibleUnits(actor);
    if (units === null) return rows;
    const set = new Set(units);
    return rows.filter((r) => set.has(r.departmentId));
  }

  private send(res: Response, format: FormatQuery['format'], table: ReportTable, json: unknown, file: string): Promise<void> {
    return sendReport(res, format, table, json, file);
  }

  @Get('register-summary')
  @ApiOperation({
    summary: '资产总账汇总: register by department and category level',
    description:
      "For each (department, category at the level asked: 门类, 大类 (default), 二级 or 品目): count of asset cards on the department's books, Σ original value (原值), Σ net book value (原值 − 累计折旧), in 分 (元 in CSV/XLSX). Without asOf: the live register. With asOf: folded from the events recorded up to that instant (view=corrected also applies corrections recorded later). A card coded less deep than the level stays at its own code (大类 is empty for cards coded at 门类 level). As of a date, the asset history groups by 门类 or 大类 only (SUMMARY_LEVEL_NOT_AS_OF otherwise).",
  })
  @ApiOkResponse({ type: RegisterSummaryView, description: 'JSON; with format=csv or xlsx, the file' })
  async registerSummary(@Query() q: RegisterSummaryQuery, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const at = q.asOf ? new Date(q.asOf) : undefined;
    const level = q.level ?? 2;
    if (at && !AS_OF_SUMMARY_LEVELS.includes(level))
      throw new BadRequestException({
        code: 'SUMMARY_LEVEL_NOT_AS_OF',
        message: 'an as-of summary groups by 门类 (level 1) or 大类 (level 2) only',
        fields: [{ field: 'level', messages: ['with asOf, level must be 1 (门类) or 2 (大类)'] }],
      });
    const units = this.directory.visibleUnits(actor);
    const rows = this.inScope(actor, await this.reports.registerSummary(at, q.view ?? 'original', units, level));
    const stamp = `截至 ${(at ?? this.clock.now()).toISOString()}${q.view === 'corrected' ? '（含后续更正）' : ''}`;
    await this.send(
      res,
      q.format,
      {
        title: '资产总账汇总',
        stamp,
        columns: [
          col('departmentId', '单位', 'text'),
          col('classCode', '门类代码', 'text'),
          col('className', '门类', 'text'),
          col('majorCode', '大类代码', 'text'),
          ...(level > 2 ? [col('categoryCode', `${LEVEL_NAMES[level]}代码`, 'text'), col('categoryName', LEVEL_NAMES[level], 'text')] : []),
          col('count', '数量', 'count'),
          col('originalValueFen', '原值', 'fen'),
          col('netBookValueFen', '账面净值', 'fen'),
        ],
        rows: rows as unknown as Record<string, unknown>[],
      },
      { asOf: (at ?? this.clock.now()).toISOString(), view: q.view ?? 'original', rows },
      'register-summary',
    );
  }

  @Get('idle-rate')
  @ApiOperation({
    summary: '闲置率: idle rate per department over a period',
    description:
      "asset-days = Σ over assets of the days in [from, to) the asset was on the department's books (from registration or transfer-in to transfer-out). idle-days = Σ days in [from, to) the asset was listed in the warehouse (from listing until withdrawn, expired or handed over; a rejected or withdrawn transfer keeps it listed). idleRate = idle-days ÷ asset-days. Days are fractional (ms ÷ 86,400,000), rounded to 3 decimals.",
  })
  @ApiOkResponse({ type: IdleRateView, description: 'JSON; with format=csv or xlsx, the file' })
  async idleRate(@Query() q: PeriodQuery, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const { from, to } = period(q);
    const rows = this.inScope(actor, await this.reports.idleRate(from, to, this.directory.visibleUnits(actor)));
    await this.send(
      res,
      q.format,
      {
        title: '闲置率',
        stamp: `期间 ${from.toISOString()} 至 ${to.toISOString()}`,
        columns: [
          col('departmentId', '单位', 'text'),
          col('assetDays', '资产天数', 'days'),
          col('idleDays', '闲置天数', 'days'),
          col('idleRate', '闲置率', 'ratio'),
        ],
        rows: rows as unknown as Record<string, unknown>[],
      },
      { from: from.toISOString(), to: to.toISOString(), rows },
      'idle-rate',
    );
  }

  @Get('long-idle')
  @ApiOperation({
    summary:
      '长期闲置: assets listed in the warehouse for more than N days (default 90) without a receiver — candidates to reallocate or dispose',
  })
  @ApiOkResponse({ type: LongIdleView, description: 'JSON; with format=csv or xlsx, the file' })
  async longIdle(@Query() q: LongIdleQuery, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const days = q.days ?? 90;
    const rows = this.inScope(actor, await this.reports.longIdle(days, this.clock.now()));
    await this.send(
      res,
      q.format,
      {
        title: '长期闲置资产',
        stamp: `截至 ${this.clock.now().toISOString()}，闲置超过 ${days} 天`,
        columns: [
          col('assetNo', '资产编号', 'text'),
          col('name', '名称', 'text'),
          col('departmentId', '单位', 'text'),
          col('listedAt', '入仓时间', 'text'),
          col('idleDays', '闲置天数', 'count'),
          col('originalValueFen', '原值', 'fen'),
        ],
        rows: rows as unknown as Record<string, unknown>[],
      },
      { days, rows },
      'long-idle',
    );
  }

  @Get('reuse')
  @ApiOperation({
    summary: '盘活: items and value put back to use, avoided procurement, purchase-gate hits',
    description:
      'Per department, in [from, to): transfersReceived = transfers completed (handover confirmed by both sides) with the department receiving; reallocated values = Σ original value and Σ net book value of those assets at transfer (avoided procurement, in 分); purchaseRequests = purchase requests made; purchaseGateHits = of those, requests for which other departments listed idle stock of the category; purchasesOverridden = requests that went ahead anyway with a recorded reason.',
  })
  @ApiOkResponse({ type: ReuseView, description: 'JSON; with format=csv or xlsx, the file' })
  async reuse(@Query() q: PeriodQuery, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const { from, to } = period(q);
    const rows = this.inScope(actor, await this.reports.reuse(from, to));
    await this.send(
      res,
      q.format,
      {
        title: '盘活情况',
        stamp: `期间 ${from.toISOString()} 至 ${to.toISOString()}`,
        columns: [
          col('departmentId', '单位', 'text'),
          col('transfersReceived', '调剂接收件数', 'count'),
          col('reallocatedOriginalValueFen', '盘活原值', 'fen'),
          col('reallocatedNetBookValueFen', '节约采购（净值）', 'fen'),
          col('purchaseRequests', '采购申请', 'count'),
          col('purchaseGateHits', '查仓命中', 'count'),
          col('purchasesOverridden', '说明理由后采购', 'count'),
        ],
        rows: rows as unknown as Record<string, unknown>[],
      },
      { from: from.toISOString(), to: to.toISOString(), rows },
      'reuse',
    );
  }

  @Get('sharing-utilisation')
  @ApiOperation({
    summary: '共享利用率: hours offered / booked / used and no-show rate per space (definitions as GET /api/sharing/utilisation)',
  })
  @ApiOkResponse({ type: SharingUtilisationView, description: 'JSON; with format=csv or xlsx, the file' })
  async sharingUtilisation(@Query() q: PeriodQuery, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const { from, to } = period(q);
    const [first, last] = [chinaDate(from), chinaDate(new Date(to.getTime() - 1))];
    const all = await this.sharing.utilisation(first, last, this.clock.now(), await this.calendar.calendarFor(first, last));
    const result = { spaces: this.inScope(actor, all.spaces), departments: this.inScope(actor, all.departments) };
    await this.send(
      res,
      q.format,
      {
        title: '共享利用率',
        stamp: `期间 ${chinaDate(from)} 至 ${chinaDate(new Date(to.getTime() - 1))}`,
        columns: [
          col('name', '场地', 'text'),
          col('departmentId', '单位', 'text'),
          col('offeredPlaceHours', '开放时数', 'days'),
          col('bookedPlaceHours', '预约时数', 'days'),
          col('usedPlaceHours', '使用时数', 'days'),
          col('noShows', '爽约次数', 'count'),
          col('noShowRate', '爽约率', 'ratio'),
        ],
        rows: result.spaces as unknown as Record<string, unknown>[],
      },
      result,
      'sharing-utilisation',
    );
  }
  @Get('sharing-utilisation-by-hour')
  @ApiOperation({
    summary: '共享利用率（按小时）: offered and booked place-hours per space and hour of the day (China time), for a heat map',
    description:
      'For slots starting on the China dates of [from, to): offered = capacity × time of each published slot outside blackouts, booked = places × time of each booking not cancelled or waitlisted, both split at hour boundaries (a slot 18:30–次日07:30 counts in hours 18…23 and 0…7). bookedRate = booked ÷ offered, null when nothing was offered. Every space and all 24 hours are present (zero when empty).',
  })
  @ApiOkResponse({ type: SharingHourlyView, description: 'JSON; with format=csv or xlsx, the file (one row per space and hour)' })
  async sharingUtilisationByHour(@Query() q: PeriodQuery, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const { from, to } = period(q);
    const first = chinaDate(from);
    const last = chinaDate(new Date(to.getTime() - 1));
    const spaces = this.inScope(actor, await this.sharing.utilisationByHour(first, last, await this.calendar.calendarFor(first, last)));
    const pad = (h: number) => String(h).padStart(2, '0');
    await this.send(
      res,
      q.format,
      {
        title: '共享利用率（按小时）',
        stamp: `期间 ${first} 至 ${last}（北京时间）`,
        columns: [
          col('name', '场地', 'text'),
          col('departmentId', '单位', 'text'),
          col('hourLabel', '时段', 'text'),
          col('offeredPlaceHours', '开放时数', 'days'),
          col('bookedPlaceHours', '预约时数', 'days'),
          col('bookedRate', '预约率', 'ratio'),
        ],
        rows: spaces.flatMap((s) =>
          s.hours.map((h) => ({
            name: s.name,
            departmentId: s.departmentId,
            hourLabel: `${pad(h.hour)}:00–${pad((h.hour + 1) % 24)}:00`,
            ...h,
          })),
        ),
      },
      { from: first, to: last, spaces },
      'sharing-utilisation-by-hour',
    );
  }
}
