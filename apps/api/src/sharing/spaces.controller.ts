import { Body, Controller, ForbiddenException, Get, Headers, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock, DepartmentDirectory } from '@app/shared';
import {
  ChangeScheduleCommand,
  LinkSpacePropertyCommand,
  LinkSpacePropertyRequestDto,
  DeclareBlackoutCommand,
  DeclareBlackoutRequestDto,
  PlaceBookingCommand,
  PlaceBookingRequestDto,
  PublishSpaceCommand,
  PublishSpaceRequestDto,
  ScheduleDto,
  SharingCommandResult,
} from '@app/sharing';
import { CalendarSource } from '@app/calendar';
import { SharingQueries } from '@app/read-models/sharing/sharing.queries';
import { SharingSpaceRow } from '@app/read-models/sharing/sharing.entities';
import { OpenSpacesNearbyQueries } from '@app/read-models/property-sharing/open-spaces-nearby.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, RawHeaders } from '@app/platform/http/command-context';
import { checkRange, DateRangeQueryDto } from './date-range.query.dto';
import { PersonalDataPresenter } from './personal-data.presenter';
import { AvailabilitySlotView, NearbySpaceView, OccupancyBookingView, ReferencePlaceView, SpaceView } from './sharing.views';
import { NearbyQueryDto } from './nearby.query.dto';

const uuid = new ParseUUIDPipe();
const EVERYONE = ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident'] as const;

@ApiTags('sharing (错峰共享)')
@ApiBearerAuth()
@Controller('spaces')
export class SpacesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly sharing: SharingQueries,
    private readonly people: PersonalDataPresenter,
    private readonly clock: Clock,
    private readonly calendar: CalendarSource,
    private readonly nearby: OpenSpacesNearbyQueries,
    private readonly directory: DepartmentDirectory,
  ) {}

  private async found(spaceId: string): Promise<SharingSpaceRow> {
    const space = await this.sharing.space(spaceId);
    if (!space) throw new NotFoundException({ code: 'SPACE_NOT_FOUND', message: `no shared space ${spaceId}` });
    return space;
  }

  @Post()
  @Roles('asset_manager')
  @ApiCreatedResponse({ type: SharingCommandResult })
  @ApiOperation({
    summary:
      'Open a space or equipment off-peak: windows (China time, rest days per the official calendar), capacity, slots, horizon, notice, audiences',
  })
  publish(@Body() body: PublishSpaceRequestDto, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(new PublishSpaceCommand(body, commandContextFrom(actor, h, this.clock)));
  }

  @Get()
  @Roles(...EVERYONE)
  @ApiOkResponse({ type: [SpaceView] })
  list(@CurrentActor() actor: Actor) {
    return this.sharing.spaces(actor);
  }

  @Get('nearby')
  @Roles(...EVERYONE)
  @ApiOkResponse({ type: [NearbySpaceView] })
  @ApiOperation({
    summary: "Open spaces nearest first: the caller's audience (residents, or departments), by great-circle distance to their property",
    description:
      'Measured in PostgreSQL (haversine on the mean-radius sphere) from lng/lat (WGS-84) to the coordinates of the property room or parcel each space is on; spaces on no located property come last. At most 200.',
  })
  nearest(@Query() q: NearbyQueryDto, @CurrentActor() actor: Actor) {
    return this.nearby.nearest(actor.role === 'resident' ? 'residents' : 'departments', q.lng, q.lat);
  }

  @Get('nearby/places')
  @Roles(...EVERYONE)
  @ApiOkResponse({ type: [ReferencePlaceView] })
  @ApiOperation({ summary: 'Districts to measure from when the browser gives no location: each at the mean of its located property' })
  async places(): Promise<ReferencePlaceView[]> {
    const centres = await this.nearby.districtCentres();
    return centres.map((c) => ({ ...c, name: this.directory.get(c.districtId)?.name ?? c.districtId }));
  }

  @Get(':spaceId')
  @Roles(...EVERYONE)
  @ApiOkResponse({ type: SpaceView })
  get(@Param('spaceId', uuid) spaceId: string) {
    return this.found(spaceId);
  }

  @Post(':spaceId/property')
  @Roles('asset_manager')
  @ApiCreatedResponse({ type: SharingCommandResult })
  @ApiOperation({
    summary: 'Tie the space to a property room or parcel (物业台账), or move it to another',
    description:
      "The property must be on your unit's books or used by it (PROPERTY_NOT_YOUR_UNIT), a room or parcel (PROPERTY_NOT_A_SPACE), and not office space: 422 OFFICE_SPACE_NOT_LENDABLE (《机关事务管理条例》第二十三条).",
  })
  linkProperty(
    @Param('spaceId', uuid) spaceId: string,
    @Body() body: LinkSpacePropertyRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new LinkSpacePropertyCommand(spaceId, body.propertyId, commandContextFrom(actor, h, this.clock)));
  }

  @Post(':spaceId/schedule')
  @Roles('asset_manager')
  @ApiCreatedResponse({ type: SharingCommandResult })
  @ApiOperation({ summary: 'Replace the windows and capacity; existing bookings stand' })
  schedule(@Param('spaceId', uuid) spaceId: string, @Body() body: ScheduleDto, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.commands.execute(new ChangeScheduleCommand(spaceId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Post(':spaceId/blackouts')
  @Roles('asset_manager')
  @ApiCreatedResponse({ type: SharingCommandResult })
  @ApiOperation({
    summary: 'Suspend the windows in a period (exams, school events, emergencies); bookings in it are cancelled with notice',
  })
  blackout(
    @Param('spaceId', uuid) spaceId: string,
    @Body() body: DeclareBlackoutRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new DeclareBlackoutCommand(spaceId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Get(':spaceId/availability')
  @Roles(...EVERYONE)
  @ApiOkResponse({ type: [AvailabilitySlotView] })
  @ApiOperation({
    summary: 'Free places per slot for a range of China dates (at most 62 days)',
    description:
      'Slots follow the official calendar in China time whatever the server time zone: the years an administrator recorded (POST /api/calendar/years/{year}), the packaged notices otherwise. `provisional` is true on days of a year whose State Council holiday notice is not yet recorded: the statutory days of 《全国年节及纪念日放假办法》 are rest days, and the notice may still move other days (bridges, 调休) and with them the slots. A year with neither → 422 CALENDAR_YEAR_UNKNOWN.',
  })
  async availability(@Param('spaceId', uuid) spaceId: string, @Query() range: DateRangeQueryDto) {
    checkRange(range);
    const space = await this.found(spaceId);
    return this.sharing.availability(space, range.from, range.to, await this.calendar.calendarFor(range.from, range.to));
  }

  @Post(':spaceId/bookings')
  @Roles('resident', 'department_staff', 'asset_manager')
  @ApiCreatedResponse({ type: SharingCommandResult })
  @ApiOperation({ summary: 'Book a slot: confirmed, waiting for approval, or waitlisted when full' })
  book(
    @Param('spaceId', uuid) spaceId: string,
    @Body() body: PlaceBookingRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.commands.execute(new PlaceBookingCommand(spaceId, body, commandContextFrom(actor, h, this.clock)));
  }

  @Get(':spaceId/occupancy')
  @Roles('asset_manager', 'auditor')
  @ApiOkResponse({ type: [OccupancyBookingView] })
  @ApiOperation({
    summary:
      "The managing department's view of bookings (residents in full for the managing unit, each read recorded; masked for auditors)",
    description:
      "Slot by slot in the order requests arrived — the order that gives places and moves the waitlist — with each waiting booking's waitlistPosition.",
  })
  async occupancy(
    @Param('spaceId', uuid) spaceId: string,
    @Query() range: DateRangeQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<OccupancyBookingView[]> {
    checkRange(range);
    const space = await this.found(spaceId);
    if (actor.role !== 'auditor' && actor.departmentId !== space.departmentId)
      throw new ForbiddenException({ code: 'NOT_YOUR_SPACE', message: 'only the managing department sees occupancy' });
    const from = new Date(Date.parse(`${range.from}T00:00:00+08:00`));
    const to = new Date(Date.parse(`${range.to}T00:00:00+08:00`) + 86400_000);
    // The managing unit sees its own bookings' residents in full, recorded; everyone else (auditors) masked.
    const exposure = actor.role === 'asset_manager' && actor.departmentId === space.departmentId ? 'full' : 'masked';
    const rows = await this.sharing.occupancy(spaceId, from, to);
    const opened: string[] = [];
    const views = await Promise.all(
      rows.map(async ({ plate, bookerSubjectId, bookerPersonal, ...b }): Promise<OccupancyBookingView> => {
        if (b.bookerKind !== 'resident')
          return { ...b, plateNumber: null, bookerName: null, bookerPhone: null } as unknown as OccupancyBookingView;
        const shown = await this.people.person(bookerPersonal, plate, b.personalErased, exposure);
        if (exposure === 'full' && !shown.erased && shown.name !== null)
          opened.push(bookerSubjectId ?? bookerPersonal?.subjectId ?? b.bookerId);
        return {
          ...b,
          plateNumber: shown.plateNumber,
          bookerName: shown.name,
          bookerPhone: shown.phone,
        } as unknown as OccupancyBookingView;
      }),
    );
    await this.people.recordStaffRead(actor, opened, `occupancy of space ${spaceId}`, `GET occupancy ${range.from}..${range.to}`);
    return views;
  }
}
