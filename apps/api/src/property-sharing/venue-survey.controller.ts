import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, DepartmentDirectory } from '@app/shared';
import { VenueSurveyQueries } from '@app/read-models/property-sharing/venue-survey.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { SurveyVenuesView } from './property-sharing.views';
import { VenueSurveyQueryDto } from './venue-survey.query.dto';

/** 应开尽开 survey: the venues to assess. The assessment itself is POST /api/properties/{id}/sharing-eligibility. */
@ApiTags('property (物业一张图)')
@ApiBearerAuth()
@Controller('property-survey')
export class VenueSurveyController {
  constructor(
    private readonly survey: VenueSurveyQueries,
    private readonly directory: DepartmentDirectory,
  ) {}

  @Get('venues')
  @Roles('asset_manager', 'finance_approver', 'auditor', 'system_admin')
  @ApiOkResponse({ type: SurveyVenuesView })
  @ApiOperation({
    summary: '应开尽开: school parking lots and sports venues to assess, not assessed first',
    description:
      "Rooms and parcels used as parking or a sports venue, and every room or parcel of a school (but office space), of the units the caller covers (narrowed to a district's units with `district`).",
  })
  venues(@Query() q: VenueSurveyQueryDto, @CurrentActor() actor: Actor) {
    return this.survey.venues({
      units: this.directory.visibleUnits(actor, q.district),
      kind: q.kind,
      assessed: q.assessed === undefined ? undefined : q.assessed === 'yes',
      q: q.q,
      offset: q.offset ?? 0,
      limit: q.limit ?? 50,
    });
  }
}
