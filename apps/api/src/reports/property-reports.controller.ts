import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Actor, Clock, DepartmentDirectory } from '@app/shared';
import { VenueSurveyQueries } from '@app/read-models/property-sharing/venue-survey.queries';
import { VacancyQueries } from '@app/read-models/property-sharing/vacancy.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { EligibilityReportView, VacancyReportView } from '../property-sharing/property-sharing.views';
import { FormatQuery } from './reports.controller';
import { col, sendReport } from './send-report';

const KIND_NAMES: Record<string, string> = { parking: '停车场', sports_venue: '体育场馆', school: '学校场地', all: '合计' };

/** Reports on the property register (物业一张图): 应开尽开 eligible vs opened, and vacancy by area. */
@ApiTags('reports (报表)')
@ApiBearerAuth()
@Controller('reports')
@Roles('asset_manager', 'finance_approver', 'auditor')
export class PropertyReportsController {
  constructor(
    private readonly survey: VenueSurveyQueries,
    private readonly vacancy: VacancyQueries,
    private readonly directory: DepartmentDirectory,
    private readonly clock: Clock,
  ) {}

  private name = (code: string) => (code === 'all' ? '合计' : (this.directory.get(code)?.name ?? code));

  @Get('sharing-eligibility')
  @ApiOperation({
    summary: '应开尽开: eligible vs opened school parking lots and sports venues, by district and kind',
    description:
      'Venues = rooms and parcels used as parking or a sports venue, and those of a school (office space excluded), of the units the caller covers, counted in the district of the unit on whose books they are. assessed = with a survey answer; eligible = answered 应开; eligibleOpened = eligible and tied to at least one published shared space; openRate = eligibleOpened ÷ eligible (null when none is eligible). Every district with a venue has a row per kind (zero when none) and one for all kinds.',
  })
  @ApiOkResponse({ type: EligibilityReportView, description: 'JSON; with format=csv or xlsx, the file' })
  async eligibility(@Query() q: FormatQuery, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const asOf = this.clock.now().toISOString();
    const result = await this.survey.eligibility(this.directory.visibleUnits(actor));
    await sendReport(
      res,
      q.format,
      {
        title: '应开尽开：应开放与已开放',
        stamp: `截至 ${asOf}`,
        columns: [
          col('districtName', '区', 'text'),
          col('kindName', '类型', 'text'),
          col('venues', '场地数', 'count'),
          col('assessed', '已摸排', 'count'),
          col('eligible', '应开放', 'count'),
          col('notEligible', '不具备开放条件', 'count'),
          col('eligibleOpened', '应开已开', 'count'),
          col('eligibleNotOpened', '应开未开', 'count'),
          col('openRate', '开放率', 'ratio'),
        ],
        rows: [...result.rows, ...result.byKind].map((r) => ({
          ...r,
          districtName: this.name(r.districtId),
          kindName: KIND_NAMES[r.kind],
        })),
      },
      { asOf, ...result },
      'sharing-eligibility',
    );
  }

  @Get('property-vacancy')
  @ApiOperation({
    summary: '物业空置与使用: vacant and occupied area per district and per 主管部门',
    description:
      "Over the finest level registered (a property with no rooms or floors below it, so no area counts twice), 建筑面积 in m²: vacant = 闲置, occupied = 在用 and 出租出借, other = 待处置. Each property counts for its occupant unit, or the unit on whose books it is when unoccupied, and so for that unit's district and 主管部门. vacancyRate = vacant ÷ total, utilisationRate = occupied ÷ total (null with no area).",
  })
  @ApiOkResponse({ type: VacancyReportView, description: 'JSON; with format=csv or xlsx, the file (districts, then 主管部门)' })
  async propertyVacancy(@Query() q: FormatQuery, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const asOf = this.clock.now().toISOString();
    const result = await this.vacancy.vacancy(this.directory.visibleUnits(actor));
    const rows = [
      ...result.byDistrict.map((r) => ({ ...r, level: '区' })),
      ...result.byDepartment.map((r) => ({ ...r, level: '主管部门' })),
    ].map((r) => ({ ...r, unitName: this.name(r.unitId) }));
    await sendReport(
      res,
      q.format,
      {
        title: '物业空置与使用（按面积）',
        stamp: `截至 ${asOf}`,
        columns: [
          col('level', '口径', 'text'),
          col('unitName', '区/主管部门', 'text'),
          col('properties', '物业数', 'count'),
          col('totalSqm', '建筑面积（平方米）', 'sqm'),
          col('vacantSqm', '闲置面积（平方米）', 'sqm'),
          col('occupiedSqm', '在用面积（平方米）', 'sqm'),
          col('otherSqm', '待处置面积（平方米）', 'sqm'),
          col('vacancyRate', '空置率', 'ratio'),
          col('utilisationRate', '使用率', 'ratio'),
        ],
        rows,
      },
      { asOf, ...result },
      'property-vacancy',
    );
  }
}
