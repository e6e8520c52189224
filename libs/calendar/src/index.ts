export * from './domain/calendar.events';
export * from './domain/calendar.errors';
export * from './domain/calendar-year.decider';
export * from './domain/recorded-days';
export * from './commands/calendar.source';
export * from './commands/record-calendar-year/record-calendar-year.command';
export * from './commands/record-calendar-year/record-calendar-year.request.dto';
export { CalendarModule } from './calendar.module';
