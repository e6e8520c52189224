import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock, DepartmentDirectory } from '@app/shared';
import {
  ActOnBookingCommand,
  calendarDays,
  publishedHolidayName,
  SharingCommandResult,
  BookingAction,
  CancelBookingRequestDto,
} from '@app/sharing';
import { CalendarSource } from '@app/calendar';
import { SharingQueries } from '@app/read-models/sharing/sharing.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, RawHeaders } from '@app/platform/http/command-context';
import { checkRange, DateRangeQueryDto } from './date-range.query.dto';
import { PersonalDataPresenter } from './personal-data.presenter';
import { BookingView, CalendarDayView } from './sharing.views';

const uuid = new ParseUUIDPipe();
const BOOKERS = ['resident', 'department_staff', 'asset_manager'] as const;
const EVERYONE = ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident'] as const;

@ApiTags('sharing (错峰共享)')
@ApiBearerAuth()
@Controller()
export class BookingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly sharing: SharingQueries,
    private readonly people: PersonalDataPresenter,
    private readonly clock: Clock,
    private readonly directory: DepartmentDirectory,
    private readonly calendarSource: CalendarSource,
  ) {}

  private async act(bookingId: string, action: BookingAction, reason: string | null, actor: Actor, headers: RawHeaders) {
    return this.commands.execute(new ActOnBookingCommand(bookingId, action, reason, commandContextFrom(actor, headers, this.clock)));
  }

  @Get('bookings/mine')
  @Roles(...BOOKERS)
  @ApiOkResponse({ type: [BookingView] })
  @ApiOperation({ summary: "Your own bookings, including cancellations and the notice given, and each waiting booking's waitlistPosition" })
  async mine(@CurrentActor() actor: Actor): Promise<BookingView[]> {
    const rows = await this.sharing.myBookings(actor.userId);
    // Your own plate, in full: you are its subject.
    return Promise.all(
      rows.map(async ({ plate, bookerSubjectId: _subject, ...b }) => {
        const shown = plate || b.personalErased ? await this.people.person(null, plate, b.personalErased, 'full') : null;
        return { ...b, plateNumber: shown?.plateNumber ?? null } as unknown as BookingView;
      }),
    );
  }

  @Post('bookings/:bookingId/cancellation')
  @HttpCode(200)
  @Roles(...BOOKERS)
  @ApiOkResponse({ type: SharingCommandResult })
  cancel(
    @Param('bookingId', uuid) id: string,
    @Body() body: CancelBookingRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ) {
    return this.act(id, 'cancel', body.reason, actor, h);
  }

  @Post('bookings/:bookingId/approval')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOkResponse({ type: SharingCommandResult })
  approve(@Param('bookingId', uuid) id: string, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.act(id, 'approve', null, actor, h);
  }

  @Post('bookings/:bookingId/check-in')
  @HttpCode(200)
  @Roles(...BOOKERS)
  @ApiOkResponse({ type: SharingCommandResult })
  checkIn(@Param('bookingId', uuid) id: string, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.act(id, 'check-in', null, actor, h);
  }

  @Post('bookings/:bookingId/check-out')
  @HttpCode(200)
  @Roles(...BOOKERS)
  @ApiOperation({ summary: 'Check out; leaving more than 10 minutes after the slot is an overstay and counts against the booker' })
  @ApiOkResponse({ type: SharingCommandResult })
  checkOut(@Param('bookingId', uuid) id: string, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.act(id, 'check-out', null, actor, h);
  }

  @Post('bookings/:bookingId/no-show')
  @HttpCode(200)
  @Roles('asset_manager')
  @ApiOperation({ summary: 'Record a no-show (30 minutes after the start at the earliest); repeated ones suspend the booker' })
  @ApiOkResponse({ type: SharingCommandResult })
  noShow(@Param('bookingId', uuid) id: string, @CurrentActor() actor: Actor, @Headers() h: RawHeaders) {
    return this.act(id, 'no-show', null, actor, h);
  }

  @Get('sharing/utilisation')
  @Roles('asset_manager', 'finance_approver', 'auditor')
  @ApiOperation({
    summary: 'Hours offered, booked and used, and no-show rate, per space and per managing department',
    description:
      'For slots starting on the China dates from..to: offeredPlaceHours = Σ capacity × slot hours over published slots outside blackouts (current schedule); bookedPlaceHours = Σ places × slot hours of bookings not cancelled or waitlisted; usedPlaceHours = Σ places × hours from check-in (not before the slot start) to check-out (or the slot end); noShowRate = no-shows ÷ (no-shows + check-ins) over bookings whose slot has ended.',
  })
  async utilisation(@Query() range: DateRangeQueryDto, @CurrentActor() actor: Actor) {
    checkRange(range);
    const calendar = await this.calendarSource.calendarFor(range.from, range.to);
    const all = await this.sharing.utilisation(range.from, range.to, this.clock.now(), calendar);
    // Spaces of the units the caller covers (their unit and below, finance and audit their district).
    const units = this.directory.visibleUnits(actor);
    if (units === null) return all;
    const set = new Set(units);
    return {
      spaces: all.spaces.filter((s) => set.has(s.departmentId)),
      departments: all.departments.filter((d) => set.has(d.departmentId)),
    };
  }

  @Get('sharing/calendar')
  @Roles(...EVERYONE)
  @ApiOkResponse({ type: [CalendarDayView] })
  @ApiOperation({
    summary: 'The official calendar for a range of China dates (at most 62 days): rest days, holidays, 调休 make-up working days',
    description:
      'restDay follows the same calendar as the slots of workdays and rest_days windows; holiday names the holiday a holiday or make-up working day belongs to; provisional marks years whose holiday notice is not published yet.',
  })
  async calendar(@Query() range: DateRangeQueryDto) {
    checkRange(range);
    const calendar = await this.calendarSource.calendarFor(range.from, range.to);
    const recorded = await this.calendarSource.recordedNames(range.from, range.to);
    // A recorded year's names are the administrator's; other years name holidays from the package.
    return calendarDays(range.from, range.to, calendar, (date) => {
      const name = recorded(date);
      return name === undefined ? publishedHolidayName(date) : name;
    });
  }
}
