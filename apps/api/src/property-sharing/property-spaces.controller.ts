import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock, DepartmentDirectory } from '@app/shared';
import { PropertySpacesQueries } from '@app/read-models/property-sharing/property-spaces.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { PropertySpaceView } from './property-sharing.views';

/** The property card's 共享与预约 section (the card itself is the register's GET /api/properties/{id}). */
@ApiTags('property (物业一张图)')
@ApiBearerAuth()
@Controller('properties')
export class PropertySpacesController {
  constructor(
    private readonly spaces: PropertySpacesQueries,
    private readonly directory: DepartmentDirectory,
    private readonly clock: Clock,
  ) {}

  @Get(':propertyId/shared-spaces')
  @Roles('asset_manager', 'department_staff', 'finance_approver', 'auditor', 'system_admin')
  @ApiOkResponse({ type: [PropertySpaceView] })
  @ApiOperation({
    summary: 'Shared spaces on this property (and the rooms below it) with their next bookings',
    description:
      "Spaces of units the caller covers, or open to departments. Bookings show when, how many places and their state; residents are not named (their details are the managing unit's, on the space's occupancy page).",
  })
  async sharedSpaces(@Param('propertyId', new ParseUUIDPipe()) propertyId: string, @CurrentActor() actor: Actor) {
    const spaces = await this.spaces.onProperty(propertyId, this.clock.now());
    return spaces.filter((s) => this.directory.covers(actor, s.departmentId) || s.audiences.includes('departments'));
  }
}
