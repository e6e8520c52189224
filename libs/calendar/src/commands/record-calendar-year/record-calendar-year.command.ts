import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@app/shared';
import { DayInput, DayProblem } from '../../domain/recorded-days';

export interface RecordCalendarYearResult {
  readonly year: number;
  /** The version in force after the command (the same as before when nothing changed). */
  readonly version: number;
  /** The days were the same as the recording in force: nothing new was written. */
  readonly unchanged: boolean;
  /** Days whose rest-day status this recording changed. */
  readonly changedDays: number;
  readonly replayed: boolean;
}

/** 录入放假安排: a year's holidays and make-up working days, from the form or an imported CSV. */
export class RecordCalendarYearCommand extends Command<RecordCalendarYearResult> {
  constructor(
    readonly year: number,
    readonly days: readonly DayInput[],
    readonly source: string,
    readonly via: 'form' | 'csv',
    readonly context: CommandContext,
    readonly readProblems: readonly DayProblem[] = [],
  ) {
    super();
  }
}
