import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Actor, Clock, DepartmentDirectory } from '@app/shared';
import {
  AssessSharingEligibilityCommand,
  AssessSharingEligibilityRequestDto,
  ChangeOccupancyCommand,
  ChangeOccupancyRequestDto,
  ChangePropertyStatusCommand,
  ChangePropertyStatusRequestDto,
  CorrectPropertyCommand,
  CorrectPropertyRequestDto,
  PropertyCommandResult,
  RegisterPropertyCommand,
  RegisterPropertyRequestDto,
} from '@app/property';
import { PropertyCardView, PropertyPage, PropertyQueries, SearchPropertiesQueryDto } from '@app/read-models';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, expectedRevisionFrom, RawHeaders } from '@app/platform/http/command-context';

const idempotencyHeader = { name: 'Idempotency-Key', required: false, description: 'Retry-safe key; the same key never writes twice' };
const ifMatchHeader = { name: 'If-Match', required: false, description: 'Revision you last read; 409 if the property changed since' };
/** Who keeps the register: a unit's asset manager (own unit) and the administrator (any unit). */
const KEEPERS = ['asset_manager', 'system_admin'] as const;
/** Who reads it, each within their scope: 主管部门 their units, finance and audit their district. */
const READERS = ['asset_manager', 'finance_approver', 'auditor', 'system_admin'] as const;

@ApiTags('properties (物业登记)')
@ApiBearerAuth()
@Controller('properties')
export class PropertiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: PropertyQueries,
    private readonly clock: Clock,
    private readonly directory: DepartmentDirectory,
  ) {}

  @Post()
  @Roles(...KEEPERS)
  @ApiOperation({ summary: 'Register a parcel, building, floor or room (物业登记); GCJ-02 coordinates are stored as WGS-84' })
  @ApiHeader(idempotencyHeader)
  @ApiCreatedResponse({ type: PropertyCommandResult })
  async register(
    @Body() body: RegisterPropertyRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: RawHeaders,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PropertyCommandResult> {
    const result = await this.commands.execute(new RegisterPropertyCommand(body, commandContextFrom(actor, headers, this.clock)));
    res.location(`/api/properties/${result.propertyId}`);
    return result;
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: '物业台账: filter by use, status, kind, unit, parent or text; pages in 物业编号 order',
    description: 'Only properties that a unit the caller covers owns or occupies.',
  })
  @ApiOkResponse({ type: PropertyPage })
  search(@Query() query: SearchPropertiesQueryDto, @CurrentActor() actor: Actor): Promise<PropertyPage> {
    return this.queries.search(query, this.directory.visibleUnits(actor, query.unit));
  }

  @Get(':propertyId')
  @Roles(...READERS)
  @ApiOperation({ summary: '物业卡片: the property, its parent, what it holds and who occupied it when' })
  @ApiOkResponse({ type: PropertyCardView })
  async card(@Param('propertyId', new ParseUUIDPipe()) propertyId: string, @CurrentActor() actor: Actor): Promise<PropertyCardView> {
    const card = await this.queries.card(propertyId, this.directory.visibleUnits(actor));
    // A property outside the caller's units is answered as absent: its existence is not theirs to know.
    if (!card) throw new NotFoundException({ code: 'PROPERTY_NOT_FOUND', message: `no property ${propertyId} in the register` });
    return card;
  }

  @Post(':propertyId/corrections')
  @HttpCode(200)
  @Roles(...KEEPERS)
  @ApiOperation({ summary: 'Correct what the register got wrong (更正); history keeps the old values and the reason' })
  @ApiHeader(idempotencyHeader)
  @ApiHeader(ifMatchHeader)
  @ApiOkResponse({ type: PropertyCommandResult })
  correct(
    @Param('propertyId', new ParseUUIDPipe()) propertyId: string,
    @Body() body: CorrectPropertyRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: RawHeaders,
  ): Promise<PropertyCommandResult> {
    const context = commandContextFrom(actor, headers, this.clock);
    return this.commands.execute(new CorrectPropertyCommand(propertyId, body, context, expectedRevisionFrom(headers)));
  }

  @Post(':propertyId/status')
  @HttpCode(200)
  @Roles(...KEEPERS)
  @ApiOperation({ summary: 'Change the status (在用/闲置/出租出借/待处置); office space is never 出租出借 (OFFICE_SPACE_NOT_LENDABLE)' })
  @ApiHeader(idempotencyHeader)
  @ApiHeader(ifMatchHeader)
  @ApiOkResponse({ type: PropertyCommandResult })
  changeStatus(
    @Param('propertyId', new ParseUUIDPipe()) propertyId: string,
    @Body() body: ChangePropertyStatusRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: RawHeaders,
  ): Promise<PropertyCommandResult> {
    const context = commandContextFrom(actor, headers, this.clock);
    return this.commands.execute(new ChangePropertyStatusCommand(propertyId, body, context, expectedRevisionFrom(headers)));
  }

  @Post(':propertyId/occupancy')
  @HttpCode(200)
  @Roles(...KEEPERS)
  @ApiOperation({ summary: 'Record who occupies the property from when (or that it was vacated)' })
  @ApiHeader(idempotencyHeader)
  @ApiHeader(ifMatchHeader)
  @ApiOkResponse({ type: PropertyCommandResult })
  changeOccupancy(
    @Param('propertyId', new ParseUUIDPipe()) propertyId: string,
    @Body() body: ChangeOccupancyRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: RawHeaders,
  ): Promise<PropertyCommandResult> {
    const change = {
      toUnitId: body.vacate ? null : (body.toUnitId ?? null),
      since: body.since,
      reason: body.reason,
      allocationId: null,
    };
    const context = commandContextFrom(actor, headers, this.clock);
    return this.commands.execute(new ChangeOccupancyCommand(propertyId, change, context, expectedRevisionFrom(headers)));
  }

  @Post(':propertyId/sharing-eligibility')
  @HttpCode(200)
  @Roles(...KEEPERS)
  @ApiOperation({ summary: '应开尽开: mark a school, parking lot or sports venue eligible to open, or not, with the reason' })
  @ApiHeader(idempotencyHeader)
  @ApiHeader(ifMatchHeader)
  @ApiOkResponse({ type: PropertyCommandResult })
  assessEligibility(
    @Param('propertyId', new ParseUUIDPipe()) propertyId: string,
    @Body() body: AssessSharingEligibilityRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() headers: RawHeaders,
  ): Promise<PropertyCommandResult> {
    const context = commandContextFrom(actor, headers, this.clock);
    return this.commands.execute(new AssessSharingEligibilityCommand(propertyId, body, context, expectedRevisionFrom(headers)));
  }
}
