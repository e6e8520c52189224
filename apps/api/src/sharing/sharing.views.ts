import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DAY_KINDS, SPACE_KINDS } from '@app/sharing';

/** Response shapes of the sharing reads, for the OpenAPI document (and so the web app's typed client). */

export class SharingWindowView {
  @ApiProperty({ enum: DAY_KINDS }) days!: string;
  @ApiProperty({ example: '18:30' }) start!: string;
  @ApiProperty({ example: '07:30', description: 'At or before start: the next day' }) end!: string;
}

export class ScheduleView {
  @ApiProperty({ type: [SharingWindowView] }) windows!: SharingWindowView[];
  @ApiProperty() slotMinutes!: number;
  @ApiProperty() capacity!: number;
  @ApiProperty() horizonDays!: number;
  @ApiProperty() minNoticeMinutes!: number;
}

export class BlackoutView {
  @ApiProperty({ format: 'uuid' }) blackoutId!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty() reason!: string;
}

export class SpaceView {
  @ApiProperty({ format: 'uuid' }) spaceId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SPACE_KINDS }) kind!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The property room or parcel; null: 未关联物业' })
  propertyId!: string | null;
  @ApiProperty() location!: string;
  @ApiProperty({ type: [String], enum: ['residents', 'departments'] }) audiences!: string[];
  @ApiProperty({ enum: ['automatic', 'manager'] }) approval!: string;
  @ApiProperty({ type: ScheduleView }) schedule!: ScheduleView;
  @ApiProperty({ type: [BlackoutView] }) blackouts!: BlackoutView[];
  @ApiProperty() publishedAt!: string;
}

export class AvailabilitySlotView {
  @ApiProperty() start!: string;
  @ApiProperty() end!: string;
  @ApiProperty() capacity!: number;
  @ApiProperty() booked!: number;
  @ApiProperty() free!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty({ description: 'A blackout covers the slot' }) suspended!: boolean;
  @ApiPropertyOptional({ description: "The day's year has no published holiday notice yet: days (and slots) may still move" })
  provisional?: boolean;
}

const BOOKING_STATUSES = ['confirmed', 'pending_approval', 'waitlisted', 'cancelled', 'checked_in', 'checked_out', 'no_show'];

export class BookingView {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ format: 'uuid' }) spaceId!: string;
  @ApiProperty() slotStart!: string;
  @ApiProperty() slotEnd!: string;
  @ApiProperty() bookerId!: string;
  @ApiProperty({ enum: ['resident', 'department'] }) bookerKind!: string;
  @ApiProperty({ nullable: true, type: String }) departmentId!: string | null;
  @ApiProperty() places!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Parking: the resident’s plate (已注销 once their personal data is erased)' })
  plateNumber!: string | null;
  @ApiProperty({ description: "The booker's personal data was erased" }) personalErased!: boolean;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String, enum: ['booker', 'manager', 'blackout'] }) cancelledBy!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'What the booker was told when the booking was cancelled' })
  notice!: string | null;
  @ApiProperty({ nullable: true, type: String }) checkedInAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) checkedOutAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) overstayMinutes!: number | null;
  @ApiProperty() placedAt!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Waiting bookings: 1 = next to get a place' })
  waitlistPosition!: number | null;
}

export class OccupancyBookingView extends BookingView {
  @ApiProperty({
    nullable: true,
    type: String,
    description: "Residents: in full for the space's managing unit (each such read is recorded), masked for others, 已注销 once erased",
  })
  bookerName!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '138****5678' }) bookerPhone!: string | null;
}

export class CalendarDayView {
  @ApiProperty({ example: '2026-10-01' }) date!: string;
  @ApiProperty({ description: 'Rest day by the official calendar (weekends and statutory holidays, not 调休 make-up working days)' })
  restDay!: boolean;
  @ApiProperty({ enum: ['workday', 'weekend', 'holiday', 'makeup_workday'] }) kind!: string;
  @ApiProperty({ nullable: true, type: String, example: '国庆节', description: 'The holiday a holiday or make-up working day belongs to' })
  holiday!: string | null;
  @ApiProperty({ description: "The year's holiday notice is not published yet: the day may still move" }) provisional!: boolean;
}

export class NearbySpaceView extends SpaceView {
  @ApiProperty({ nullable: true, type: String }) propertyName!: string | null;
  @ApiProperty({ nullable: true, type: String }) propertyAddress!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'WGS-84' }) lng!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'WGS-84' }) lat!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Metres from the point asked; null when the property has no coordinates' })
  distanceM!: number | null;
}

export class ReferencePlaceView {
  @ApiProperty({ description: 'District code' }) districtId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'WGS-84: the mean of the located properties of its units' }) lng!: number;
  @ApiProperty() lat!: number;
  @ApiProperty() properties!: number;
}
