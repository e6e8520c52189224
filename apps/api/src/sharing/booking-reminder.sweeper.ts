import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Interval } from '@nestjs/schedule';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Clock } from '@app/shared';
import { ActOnBookingCommand } from '@app/sharing';
import { SharingQueries } from '@app/read-models/sharing/sharing.queries';
import { moduleConfig, ModuleConfig } from '@app/platform/config/module-config';
import { TimedSweep } from '@app/platform/schedule/timed-sweep';
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
export class BookingReminderSweeper extends TimedSweep {
  readonly hours: number;

  constructor(
    private readonly commands: CommandBus,
    private readonly sharing: SharingQueries,
    private readonly clock: Clock,
    @Inject(bookingReminderConfig.KEY) config: ModuleConfig<typeof bookingReminderConfig>,
  ) {
    super('booking-reminder', config.BOOKING_REMINDER !== 'off');
    this.hours = config.BOOKING_REMINDER_HOURS ?? 24;
  }

  @Interval('booking-reminder', SWEEP_EVERY_MS)
  sweepOnSchedule(): Promise<void> {
    return this.tick(() => this.sweep());
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
