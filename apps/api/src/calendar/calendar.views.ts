import { ApiProperty } from '@nestjs/swagger';

export class CalendarDayEntryView {
  @ApiProperty({ example: '2027-01-01' }) date!: string;
  @ApiProperty({ enum: ['holiday', 'workday'], description: 'holiday: 放假; workday: a weekend day worked (调休补班)' })
  kind!: 'holiday' | 'workday';
  @ApiProperty({ nullable: true, type: String, example: '元旦' }) name!: string | null;
}

export class CalendarDayChangeView {
  @ApiProperty({ example: '2027-02-09' }) date!: string;
  @ApiProperty({ description: 'Rest day from this recording on' }) restDay!: boolean;
}

export class CalendarRecordingView {
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'User id of the administrator who recorded it' }) recordedBy!: string;
  @ApiProperty({ example: '2026-12-01T02:00:00.000Z' }) recordedAt!: string;
  @ApiProperty({ description: 'The notice (文号) or file the days come from; empty when not given' }) source!: string;
  @ApiProperty({ enum: ['form', 'csv'] }) via!: 'form' | 'csv';
  @ApiProperty() holidays!: number;
  @ApiProperty() workdays!: number;
  @ApiProperty({ type: [CalendarDayChangeView], description: 'Days whose rest-day status this recording changed' })
  changes!: CalendarDayChangeView[];
}

export class CalendarYearView {
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({
    enum: ['recorded', 'packaged', 'provisional', 'unknown'],
    description:
      'recorded: an administrator recorded the year; packaged: the notice shipped in the chinese-days package; provisional: weekends and the statutory days only (the notice is not recorded yet); unknown: none of these — rest-day windows of the year are refused',
  })
  status!: 'recorded' | 'packaged' | 'provisional' | 'unknown';
  @ApiProperty({ type: [CalendarDayEntryView], description: 'The holidays and make-up working days in force, in date order' })
  days!: CalendarDayEntryView[];
  @ApiProperty({ type: [CalendarRecordingView], description: 'Every recording of the year, newest first' })
  history!: CalendarRecordingView[];
}

export class RecordCalendarYearResultView {
  @ApiProperty() year!: number;
  @ApiProperty({ description: 'The version in force after the request' }) version!: number;
  @ApiProperty({ description: 'Same days as the recording in force: nothing new was written' }) unchanged!: boolean;
  @ApiProperty({ description: 'Days whose rest-day status this recording changed' }) changedDays!: number;
  @ApiProperty() replayed!: boolean;
}

export class CalendarAffectedBookingView {
  @ApiProperty() bookingId!: string;
  @ApiProperty() spaceId!: string;
  @ApiProperty() spaceName!: string;
  @ApiProperty() slotStart!: string;
  @ApiProperty() slotEnd!: string;
  @ApiProperty({ enum: ['confirmed', 'pending_approval', 'waitlisted'] }) status!: string;
  @ApiProperty() places!: number;
  @ApiProperty({ example: '2027-02-09', description: 'The China date whose kind changed' }) date!: string;
  @ApiProperty({ description: 'The day is a rest day now (it was a working day when booked), or the reverse' }) restDay!: boolean;
  @ApiProperty({ nullable: true, type: String, example: '春节' }) holiday!: string | null;
  @ApiProperty({ description: 'The recording that changed the day' }) version!: number;
  @ApiProperty() recordedAt!: string;
  @ApiProperty() placedAt!: string;
}
