import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Interval } from '@nestjs/schedule';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Clock } from '@app/shared';
import { ActOnBookingCommand } from '@app/sharing';
import { SharingQueries } from '@app/read-models/sharing/sharing.queries';
import { moduleConfig, ModuleConfig } from '@app/platform/config/module-config';
import { JobRuns } from '@app/platform/schedule/job-runs';
import { sendSystemCommand, systemCommandContext } from '@app/platform/schedule/system-command';

export class BookingReminderConfig {
  /** 预约提醒: bookers are reminded this many hours before their slot (a blank value is refused, not read as 0). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(168)
  BOOKING_REMINDER_HOURS?: number;

  /** off: the timer sends no reminders. */
  @IsOptional()
  @IsIn(['on', 'off'])
  BOOKING_REMINDER?: 'on' | 'off';
}

export const bookingReminderConfig = moduleConfig('bookingReminder', BookingReminderConfig);

const SWEEP_EVERY_MS = 10 * 60_000;
/** A booking placed less than this before its start needs no reminder: the booker has just chosen it. */
const PLACED_AHEAD_MS = 6 * 3600_000;

/**
 * Reminds bookers of a confirmed booking the day before (booking.reminded.v1, which the notifications
 * turn into a message). The read model says which bookings to look at; the slot's decider refuses a
 * second reminder, so several instances sweeping at once remind each booking once.
 */
@Injectable()
export class BookingReminderSweeper implements BeforeApplicationShutdown {
  private readonly logger = new Logger('booking-reminder');
  private readonly runs = new JobRuns();
  readonly hours: number;
  private readonly enabled: boolean;

  constructor(
    private readonly commands: CommandBus,
    private readonly sharing: SharingQueries,
    private readonly clock: Clock,
    @Inject(bookingReminderConfig.KEY) config: ModuleConfig<typeof bookingReminderConfig>,
  ) {
    this.hours = config.BOOKING_REMINDER_HOURS ?? 24;
    this.enabled = config.BOOKING_REMINDER !== 'off';
  }

  @Interval('booking-reminder', SWEEP_EVERY_MS)
  sweepOnSchedule(): Promise<void> {
    if (!this.enabled) return Promise.resolve();
    return this.runs.run(
      () => this.sweep(),
      (e: unknown) => this.logger.error(String(e)),
    );
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.runs.stop();
  }

  /** Reminds every booking due by `now`; returns how many were reminded now. */
  async sweep(now = this.clock.now()): Promise<number> {
    const due = await this.sharing.dueForReminder(now, new Date(now.getTime() + this.hours * 3600_000), PLACED_AHEAD_MS);
    let reminded = 0;
    for (const { bookingId } of due) {
      const reminder = new ActOnBookingCommand(bookingId, 'remind', null, systemCommandContext(`reminder:${bookingId}`, now));
      if (await sendSystemCommand(this.commands, reminder)) reminded += 1;
    }
    return reminded;
  }
}
