import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Interval } from '@nestjs/schedule';
import { IsIn, IsOptional } from 'class-validator';
import { Clock } from '@app/shared';
import { ActOnBookingCommand } from '@app/sharing';
import { NO_SHOW_AFTER_MINUTES } from '@app/sharing/domain/slot.decider';
import { SharingQueries } from '@app/read-models/sharing/sharing.queries';
import { moduleConfig, ModuleConfig } from '@app/platform/config/module-config';
import { TimedSweep } from '@app/platform/schedule/timed-sweep';
import { sendSystemCommand, systemCommandContext } from '@app/platform/schedule/system-command';

export class AutoNoShowConfig {
  /** 自动爽约: off leaves no-shows to the space's manager (the sweep does not run). */
  @IsOptional()
  @IsIn(['on', 'off'])
  SHARING_AUTO_NO_SHOW?: 'on' | 'off';
}

export const autoNoShowConfig = moduleConfig('autoNoShow', AutoNoShowConfig);

const SWEEP_EVERY_MS = 60_000;
/**
 * 自动爽约: a confirmed booking nobody checked in to is marked a no-show once the grace after its start
 * (NO_SHOW_AFTER_MINUTES) has passed, with the strike a manager's no-show gives (ActOnBookingCommand,
 * as the system). Several API instances may sweep at once without double work: the command id follows
 * from the booking alone, so the second instance's command is the same command — its events (and the
 * strike's, derived from it) carry the same ids, the expected-revision append of the slot refuses the
 * later writer, which then reads the slot, finds its command done and writes nothing.
 */
@Injectable()
export class NoShowSweeper extends TimedSweep {
  constructor(
    private readonly commands: CommandBus,
    private readonly sharing: SharingQueries,
    private readonly clock: Clock,
    @Inject(autoNoShowConfig.KEY) config: ModuleConfig<typeof autoNoShowConfig>,
  ) {
    super('no-show', config.SHARING_AUTO_NO_SHOW !== 'off');
  }

  @Interval('no-show', SWEEP_EVERY_MS)
  sweepOnSchedule(): Promise<void> {
    return this.tick(() => this.sweep());
  }

  /** Marks every overdue booking; returns how many this run marked (a booking another run marked is not counted). */
  async sweep(now = this.clock.now()): Promise<number> {
    let marked = 0;
    for (const bookingId of await this.sharing.dueForNoShow(now, NO_SHOW_AFTER_MINUTES)) {
      // Checked in or cancelled since the read model saw it, or marked by another instance: not counted.
      const noShow = new ActOnBookingCommand(bookingId, 'no-show', null, systemCommandContext(`no-show:${bookingId}`, now));
      if (await sendSystemCommand(this.commands, noShow)) marked += 1;
    }
    return marked;
  }
}
