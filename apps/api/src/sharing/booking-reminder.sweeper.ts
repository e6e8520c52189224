import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Interval } from '@nestjs/schedule';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { v5 as uuidv5 } from 'uuid';
import { Clock, DomainError, SYSTEM_ACTOR } from '@app/shared';
import { ActOnBookingCommand } from '@app/sharing';
import { SharingQueries } from '@app/read-models/sharing/sharing.queries';
import { moduleConfig, ModuleConfig } from '@app/platform/config/module-config';
import { JobRuns } from '@app/platform/schedule/job-runs';

export class BookingReminderConfig {
  /** 预约提醒: bookers are reminded this many hours before their slot (0: never). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(168)
  BOOKING_REMINDER_HOURS?: number;
}

export const bookingReminderConfig = moduleConfig('bookingReminder', BookingReminderConfig);

const SWEEP_EVERY_MS = 10 * 60_000;
/** A booking placed less than this before its start needs no reminder: the booker has just chosen it. */
const PLACED_AHEAD_MS = 6 * 3600_000;
const REMINDER_ID_NAMESPACE = '7d2e9a41-6c3b-4f58-8b0d-1e4a5c7f9b26';

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

  constructor(
    private readonly commands: CommandBus,
    private readonly sharing: SharingQueries,
    private readonly clock: Clock,
    @Inject(bookingReminderConfig.KEY) config: ModuleConfig<typeof bookingReminderConfig>,
  ) {
    this.hours = config.BOOKING_REMINDER_HOURS ?? 24;
  }

  @Interval('booking-reminder', SWEEP_EVERY_MS)
  sweepOnSchedule(): Promise<void> {
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
    if (this.hours === 0) return 0;
    const due = await this.sharing.dueForReminder(now, new Date(now.getTime() + this.hours * 3600_000), PLACED_AHEAD_MS);
    let reminded = 0;
    for (const { bookingId } of due) {
      // One id per booking: a retry after a lost answer replays instead of deciding again.
      const id = uuidv5(`${bookingId}:reminder`, REMINDER_ID_NAMESPACE);
      try {
        await this.commands.execute(
          new ActOnBookingCommand(bookingId, 'remind', null, {
            actor: SYSTEM_ACTOR,
            commandId: id,
            correlationId: id,
            causationId: id,
            now,
          }),
        );
        reminded += 1;
      } catch (error: unknown) {
        // Reminded by another instance, or cancelled meanwhile: nothing to do.
        if (!(error instanceof DomainError)) throw error;
      }
    }
    return reminded;
  }
}
