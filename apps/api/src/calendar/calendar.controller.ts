import { Body, Controller, ForbiddenException, Get, Headers, Param, ParseIntPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CalendarError,
  CalendarSource,
  FIRST_RECORDABLE_YEAR,
  ImportCalendarYearRequestDto,
  LAST_RECORDABLE_YEAR,
  parseCalendarCsv,
  RecordCalendarYearCommand,
  RecordCalendarYearRequestDto,
} from '@app/calendar';
import { Actor, addChinaDays, chinaDate, chinaRestDays, Clock, statutoryHolidays } from '@app/shared';
import { publishedHolidayName } from '@app/sharing';
import { SharingQueries } from '@app/read-models/sharing/sharing.queries';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { commandContextFrom, RawHeaders } from '@app/platform/http/command-context';
import { changeAffecting, dayChangesByDate } from './affected-bookings';
import { CalendarAffectedBookingView, CalendarDayEntryView, CalendarYearView, RecordCalendarYearResultView } from './calendar.views';

const EVERYONE = ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident', 'system_admin'] as const;
/** How far ahead bookings can stand: a space's horizon is at most 90 days (ScheduleDto), with margin. */
const AHEAD_DAYS = 120;

function checkYear(year: number): void {
  if (year < FIRST_RECORDABLE_YEAR || year > LAST_RECORDABLE_YEAR)
    throw new CalendarError('CALENDAR_YEAR_INVALID', `年份应在 ${FIRST_RECORDABLE_YEAR}–${LAST_RECORDABLE_YEAR} 之间`, { field: 'year' });
}

@ApiTags('calendar (节假日安排)')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendar: CalendarSource,
    private readonly sharing: SharingQueries,
    private readonly clock: Clock,
  ) {}

  @Get('years/:year')
  @Roles(...EVERYONE)
  @ApiOkResponse({ type: CalendarYearView })
  @ApiOperation({
    summary: "A year's holidays and 调休 make-up working days as the calendar uses them, and who recorded what when",
  })
  async year(@Param('year', ParseIntPipe) year: number): Promise<CalendarYearView> {
    checkYear(year);
    const state = (await this.calendar.years([year])).get(year);
    const history = [...(state?.versions ?? [])].reverse().map((v) => ({
      version: v.version,
      recordedBy: v.recordedBy,
      recordedAt: v.recordedAt,
      source: v.source,
      via: v.via,
      holidays: v.days.filter((d) => d.kind === 'holiday').length,
      workdays: v.days.filter((d) => d.kind === 'workday').length,
      changes: [...v.changes],
    }));
    const current = state?.versions.at(-1);
    if (current) return { year, status: 'recorded', days: current.days.map((d) => ({ ...d })), history };
    const packaged = chinaRestDays.arrangement(year);
    if (packaged) {
      const days: CalendarDayEntryView[] = [
        ...packaged.restDays.map((date) => ({ date, kind: 'holiday' as const, name: publishedHolidayName(date) })),
        ...packaged.workdays.map((date) => ({ date, kind: 'workday' as const, name: publishedHolidayName(date) })),
      ];
      return { year, status: 'packaged', days: days.sort((a, b) => a.date.localeCompare(b.date)), history };
    }
    const statutory = statutoryHolidays(year);
    if (!statutory.complete) return { year, status: 'unknown', days: [], history };
    return { year, status: 'provisional', days: statutory.days.map((d) => ({ date: d.date, kind: 'holiday', name: d.name })), history };
  }

  @Post('years/:year')
  @Roles('system_admin')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: RecordCalendarYearResultView })
  @ApiOperation({
    summary:
      "Record a year's holidays and make-up working days (录入放假安排); it replaces any earlier recording, which stays in the history",
    description:
      'Every bad day is named by its row: 400 CALENDAR_DAYS_INVALID with details.problems (date not in the year, a date twice, kind not holiday/workday, name over 50 characters, 补班 on a weekday, no holiday at all). The same days as the recording in force write nothing (unchanged).',
  })
  record(
    @Param('year', ParseIntPipe) year: number,
    @Body() body: RecordCalendarYearRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ): Promise<RecordCalendarYearResultView> {
    return this.commands.execute(
      new RecordCalendarYearCommand(year, body.days, body.source ?? '', 'form', commandContextFrom(actor, h, this.clock)),
    );
  }

  @Post('years/:year/import')
  @Roles('system_admin')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: RecordCalendarYearResultView })
  @ApiOperation({
    summary: 'Record a year from a CSV, one day a line: date,kind[,name]',
    description: 'The same rules as the form; problems are named by their CSV line (400 CALENDAR_DAYS_INVALID).',
  })
  import(
    @Param('year', ParseIntPipe) year: number,
    @Body() body: ImportCalendarYearRequestDto,
    @CurrentActor() actor: Actor,
    @Headers() h: RawHeaders,
  ): Promise<RecordCalendarYearResultView> {
    const { days, problems } = parseCalendarCsv(body.csv);
    return this.commands.execute(
      new RecordCalendarYearCommand(year, days, body.source ?? '', 'csv', commandContextFrom(actor, h, this.clock), problems),
    );
  }

  @Get('affected-bookings')
  @Roles('asset_manager')
  @ApiOkResponse({ type: [CalendarAffectedBookingView] })
  @ApiOperation({
    summary: '因节假日调整受影响的预约: bookings in your spaces made before a recording changed their day, whose slot is no longer offered',
    description:
      'Confirmed, pending or waitlisted bookings whose slot has not ended, on a day a recording of the calendar turned into a rest day (or a working day) after the booking was made, where the space no longer offers that slot. Fed by calendar.year-recorded.v1 (its `changes`).',
  })
  async affectedBookings(@CurrentActor() actor: Actor): Promise<CalendarAffectedBookingView[]> {
    if (!actor.departmentId) throw new ForbiddenException({ code: 'NOT_YOUR_DEPARTMENT', message: 'a manager of a unit sees its spaces' });
    const now = this.clock.now();
    const today = chinaDate(now);
    const last = addChinaDays(today, AHEAD_DAYS);
    const firstYear = Number(today.slice(0, 4));
    const years = Array.from({ length: Number(last.slice(0, 4)) - firstYear + 1 }, (_, i) => firstYear + i);
    const changes = dayChangesByDate(await this.calendar.years(years));
    const dates = [...changes.keys()].filter((d) => d >= addChinaDays(today, -1) && d <= last).sort();
    if (dates.length === 0) return [];
    // Only recorded years have changes, so this calendar never meets a year it cannot answer.
    const calendar = await this.calendar.calendarFor(dates[0], dates[dates.length - 1]);
    const bookings = await this.sharing.liveBookingsOnDates([actor.departmentId], dates, now);
    return bookings.flatMap((b) => {
      const change = changeAffecting(b, changes, calendar);
      if (!change) return [];
      return [
        {
          bookingId: b.bookingId,
          spaceId: b.spaceId,
          spaceName: b.spaceName,
          slotStart: b.slotStart.toISOString(),
          slotEnd: b.slotEnd.toISOString(),
          status: b.status,
          places: b.places,
          date: change.date,
          restDay: change.restDay,
          holiday: change.name,
          version: change.version,
          recordedAt: change.recordedAt,
          placedAt: b.placedAt.toISOString(),
        },
      ];
    });
  }
}
