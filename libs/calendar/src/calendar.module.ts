import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CalendarSource } from './commands/calendar.source';
import { RecordCalendarYearHandler } from './commands/record-calendar-year/record-calendar-year.handler';

/** The calendar kept by people: recording a year's holidays, and the calendar every context reads. */
@Module({
  imports: [CqrsModule],
  providers: [CalendarSource, RecordCalendarYearHandler],
  exports: [CalendarSource],
})
export class CalendarModule {}
