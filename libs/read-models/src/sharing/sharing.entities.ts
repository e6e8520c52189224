import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Blackout } from '@app/sharing/domain/space.decider';
import type { Schedule } from '@app/sharing/domain/schedule';

@Entity({ name: 'sharing_spaces' })
@Index('sharing_spaces_department_idx', ['departmentId'])
export class SharingSpaceRow {
  @PrimaryColumn({ type: 'uuid' }) spaceId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) departmentId!: string;
  @Column({ type: 'text' }) location!: string;
  @Column({ type: 'jsonb' }) audiences!: string[];
  @Column({ type: 'text' }) approval!: string;
  @Column({ type: 'jsonb' }) schedule!: Schedule;
  @Column({ type: 'jsonb' }) blackouts!: Blackout[];
  @Column({ type: 'timestamptz' }) publishedAt!: Date;
}

/** Every booking, with its place in the slot's life: held, waiting, cancelled (with the notice given), used, missed. */
@Entity({ name: 'sharing_bookings' })
@Index('sharing_bookings_slot_idx', ['spaceId', 'slotStart'])
@Index('sharing_bookings_booker_idx', ['bookerId'])
export class SharingBookingRow {
  @PrimaryColumn({ type: 'uuid' }) bookingId!: string;
  @Column({ type: 'uuid' }) spaceId!: string;
  @Column({ type: 'timestamptz' }) slotStart!: Date;
  @Column({ type: 'timestamptz' }) slotEnd!: Date;
  @Column({ type: 'text' }) bookerId!: string;
  @Column({ type: 'text' }) bookerKind!: string;
  @Column({ type: 'text', nullable: true }) departmentId!: string | null;
  @Column({ type: 'integer' }) places!: number;
  @Column({ type: 'text', nullable: true }) plateNumber!: string | null;
  /** confirmed, pending_approval, waitlisted, cancelled, checked_in, checked_out, no_show */
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text', nullable: true }) cancelledBy!: string | null;
  @Column({ type: 'text', nullable: true }) notice!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) checkedInAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) checkedOutAt!: Date | null;
  @Column({ type: 'integer', nullable: true }) overstayMinutes!: number | null;
  @Column({ type: 'timestamptz' }) placedAt!: Date;
}

@Entity({ name: 'sharing_residents' })
export class SharingResidentRow {
  @PrimaryColumn({ type: 'text' }) residentId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) phone!: string;
  @Column({ type: 'text', nullable: true }) plateNumber!: string | null;
}

@Entity({ name: 'sharing_bookers' })
export class SharingBookerRow {
  @PrimaryColumn({ type: 'text' }) bookerId!: string;
  @Column({ type: 'integer' }) strikes!: number;
  @Column({ type: 'timestamptz', nullable: true }) suspendedUntil!: Date | null;
}
