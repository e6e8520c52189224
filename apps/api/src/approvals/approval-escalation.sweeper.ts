import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Interval } from '@nestjs/schedule';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { EscalateTransferStepCommand, TransferStepKind } from '@app/assets';
import { chinaDate, Clock, fullWorkingDaysBetween, RestDays } from '@app/shared';
import { TransferQueries } from '@app/read-models/transfers/transfer.queries';
import { moduleConfig, ModuleConfig } from '@app/platform/config/module-config';
import { TimedSweep } from '@app/platform/schedule/timed-sweep';
import { sendSystemCommand, systemCommandContext } from '@app/platform/schedule/system-command';

export class ApprovalEscalationConfig {
  /** 超时督办: a transfer step waiting more than this many whole working days is escalated one level up. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  APPROVAL_ESCALATION_WORKING_DAYS?: number;

  @IsOptional()
  @IsIn(['on', 'off'])
  APPROVAL_ESCALATION?: 'on' | 'off';
}

export const approvalEscalationConfig = moduleConfig('approvalEscalation', ApprovalEscalationConfig);

/** The calendar working days are counted on (recorded holiday years first where the app provides them). */
export const WORKING_DAY_CALENDAR = Symbol('WORKING_DAY_CALENDAR');

/**
 * Where the sweep gets its calendar, current for the dates it counts over (CalendarSource: the years an
 * administrator recorded first, read afresh each sweep, so a year recorded on another instance counts).
 */
export interface WorkingDayCalendars {
  calendarFor(from: string, to: string): Promise<RestDays>;
}

const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Escalates transfer steps left waiting (超时督办). The read model only says which transfers to look at;
 * the asset's decider checks the step still waits and was not escalated, so several API instances
 * sweeping at once append one escalation (the others are refused) and a lagging read model is harmless.
 */
@Injectable()
export class ApprovalEscalationSweeper extends TimedSweep {
  readonly afterWorkingDays: number;

  constructor(
    private readonly commands: CommandBus,
    private readonly transfers: TransferQueries,
    private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendars: WorkingDayCalendars,
    @Inject(approvalEscalationConfig.KEY) config: ModuleConfig<typeof approvalEscalationConfig>,
  ) {
    super('approval-escalation', config.APPROVAL_ESCALATION !== 'off');
    this.afterWorkingDays = config.APPROVAL_ESCALATION_WORKING_DAYS ?? 3;
  }

  @Interval('approval-escalation', SWEEP_EVERY_MS)
  sweepOnSchedule(): Promise<void> {
    return this.tick(() => this.sweep());
  }

  /** Escalates every step that has waited long enough by `now`; returns how many were escalated now. */
  async sweep(now = this.clock.now()): Promise<number> {
    const today = chinaDate(now);
    // N working days are at least N calendar days: older rows only, the working days counted here.
    const candidates = await this.transfers.waitingSince(new Date(now.getTime() - this.afterWorkingDays * 86400_000));
    if (candidates.length === 0) return 0;
    const earliest = candidates.map((row) => chinaDate(row.updatedAt)).reduce((a, b) => (a < b ? a : b));
    const calendar = await this.calendars.calendarFor(earliest, today);
    let escalated = 0;
    for (const row of candidates) {
      const step: TransferStepKind | undefined = row.steps.find((s) => s.status === 'pending')?.kind;
      if (!step) continue;
      const waited = fullWorkingDaysBetween(calendar, chinaDate(row.updatedAt), today);
      if (waited < this.afterWorkingDays) continue;
      const escalation = new EscalateTransferStepCommand(
        { assetId: row.assetId, transferId: row.transferId, step, pendingSince: row.updatedAt.toISOString(), workingDaysWaited: waited },
        systemCommandContext(`escalate:${row.transferId}:${step}`, now),
      );
      if (await sendSystemCommand(this.commands, escalation)) escalated += 1;
    }
    return escalated;
  }
}
