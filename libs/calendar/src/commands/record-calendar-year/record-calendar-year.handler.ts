import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { executeOnStream } from '@app/platform/cqrs/execute-on-stream';
import { calendarYearDecider } from '../../domain/calendar-year.decider';
import { calendarYearStreamId } from '../../domain/calendar.events';
import { CalendarSource } from '../calendar.source';
import { RecordCalendarYearCommand, RecordCalendarYearResult } from './record-calendar-year.command';

@CommandHandler(RecordCalendarYearCommand)
export class RecordCalendarYearHandler implements ICommandHandler<RecordCalendarYearCommand, RecordCalendarYearResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly calendar: CalendarSource,
  ) {}

  async execute({ year, days, source, via, context, readProblems }: RecordCalendarYearCommand): Promise<RecordCalendarYearResult> {
    const result = await executeOnStream(
      this.store,
      calendarYearStreamId(year),
      calendarYearDecider,
      { kind: 'RecordCalendarYear', actor: context.actor, now: context.now.toISOString(), year, days, source, via, readProblems },
      context,
    );
    // Brings this process's calendar up to date at once (other processes catch up on their next read).
    const state = (await this.calendar.years([year])).get(year);
    const recorded = result.events.find((e) => e.type === 'calendar.year-recorded.v1');
    return {
      year,
      version: state?.versions.at(-1)?.version ?? 0,
      unchanged: result.events.length === 0,
      changedDays: recorded ? recorded.data.changes.length : 0,
      replayed: result.replayed,
    };
  }
}
