import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Blackout } from '@app/sharing/domain/space.decider';
import type { Schedule } from '@app/sharing/domain/schedule';

@Entity({ name: 'sharing_spaces' })
@Index('sharing_spaces_department_idx', ['departmentId'])
export class SharingSpaceRow {
  @PrimaryColumn({ name: 'space_id', type: 'uuid' }) spaceId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'department_id', type: 'text' }) departmentId!: string;
  @Column({ type: 'text' }) location!: string;
  @Column({ type: 'jsonb' }) audiences!: string[];
  @Column({ type: 'text' }) approval!: string;
  @Column({ type: 'jsonb' }) schedule!: Schedule;
  @Column({ type: 'jsonb' }) blackouts!: Blackout[];
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt!: Date;
}

/** Every booking, with its place in the slot's life: held, waiting, cancelled (with the notice given), used, missed. */
@Entity({ name: 'sharing_bookings' })
@Index('sharing_bookings_slot_idx', ['spaceId', 'slotStart'])
@Index('sharing_bookings_booker_idx', ['bookerId'])
export class SharingBookingRow {
  @PrimaryColumn({ name: 'booking_id', type: 'uuid' }) bookingId!: string;
  @Column({ name: 'space_id', type: 'uuid' }) spaceId!: string;
  @Column({ name: 'slot_start', type: 'timestamptz' }) slotStart!: Date;
  @Column({ name: 'slot_end', type: 'timestamptz' }) slotEnd!: Date;
  @Column({ name: 'booker_id', type: 'text' }) bookerId!: string;
  @Column({ name: 'booker_kind', type: 'text' }) bookerKind!: string;
  @Column({ name: 'department_id', type: 'text', nullable: true }) departmentId!: string | null;
  @Column({ type: 'integer' }) places!: number;
  @Column({ name: 'plate_number', type: 'text', nullable: true }) plateNumber!: string | null;
  /** confirmed, pending_approval, waitlisted, cancelled, checked_in, checked_out, no_show */
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'cancelled_by', type: 'text', nullable: true }) cancelledBy!: string | null;
  @Column({ type: 'text', nullable: true }) notice!: string | null;
  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true }) checkedInAt!: Date | null;
  @Column({ name: 'checked_out_at', type: 'timestamptz', nullable: true }) checkedOutAt!: Date | null;
  @Column({ name: 'overstay_minutes', type: 'integer', nullable: true }) overstayMinutes!: number | null;
  @Column({ name: 'placed_at', type: 'timestamptz' }) placedAt!: Date;
}

@Entity({ name: 'sharing_residents' })
export class SharingResidentRow {
  @PrimaryColumn({ name: 'resident_id', type: 'text' }) residentId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) phone!: string;
  @Column({ name: 'plate_number', type: 'text', nullable: true }) plateNumber!: string | null;
}

@Entity({ name: 'sharing_bookers' })
export class SharingBookerRow {
  @PrimaryColumn({ name: 'booker_id', type: 'text' }) bookerId!: string;
  @Column({ type: 'integer' }) strikes!: number;
  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true }) suspendedUntil!: Date | null;
}
