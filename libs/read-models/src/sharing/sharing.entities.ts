import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Blackout } from '@app/sharing/domain/space.decider';
import type { Schedule } from '@app/sharing/domain/schedule';
import type { SealedValue } from '@app/shared';

@Entity({ name: 'sharing_spaces' })
@Index('sharing_spaces_department_idx', ['departmentId'])
@Index('sharing_spaces_property_idx', ['propertyId'])
export class SharingSpaceRow {
  @PrimaryColumn({ type: 'uuid' }) spaceId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) departmentId!: string;
  /** The property room or parcel (物业台账); null: published before the register, 未关联物业. */
  @Column({ type: 'uuid', nullable: true }) propertyId!: string | null;
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
@Index('sharing_bookings_subject_idx', ['bookerSubjectId'])
@Index('sharing_bookings_unreminded_idx', { synchronize: false })
export class SharingBookingRow {
  @PrimaryColumn({ type: 'uuid' }) bookingId!: string;
  @Column({ type: 'uuid' }) spaceId!: string;
  @Column({ type: 'timestamptz' }) slotStart!: Date;
  @Column({ type: 'timestamptz' }) slotEnd!: Date;
  @Column({ type: 'text' }) bookerId!: string;
  @Column({ type: 'text' }) bookerKind!: string;
  @Column({ type: 'text', nullable: true }) departmentId!: string | null;
  @Column({ type: 'integer' }) places!: number;
  /** The resident's personal-data subject, whose key seals the plate. */
  @Column({ type: 'text', nullable: true }) bookerSubjectId!: string | null;
  /** The plate, sealed (never plain text here); null when none, or after the resident was erased. */
  @Column({ type: 'jsonb', nullable: true }) plate!: SealedValue | null;
  /** The booker's personal data was erased: shown as 已注销. */
  @Column({ type: 'boolean', default: false }) personalErased!: boolean;
  /** confirmed, pending_approval, waitlisted, cancelled, checked_in, checked_out, no_show */
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text', nullable: true }) cancelledBy!: string | null;
  @Column({ type: 'text', nullable: true }) notice!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) checkedInAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) checkedOutAt!: Date | null;
  @Column({ type: 'integer', nullable: true }) overstayMinutes!: number | null;
  @Column({ type: 'timestamptz' }) placedAt!: Date;
  /** When the booker was reminded the day before (null: not yet). */
  @Column({ type: 'timestamptz', nullable: true }) remindedAt!: Date | null;
}

/**
 * A resident's profile, sealed: name, phone and plate exist here only as ciphertext under the
 * resident's key (opened by the API for those entitled). Consent and the dates the retention
 * rule needs are plain.
 */
@Entity({ name: 'sharing_residents' })
export class SharingResidentRow {
  @PrimaryColumn({ type: 'text' }) residentId!: string;
  /** Current personal-data subject (a new one after an erasure and a new profile). */
  @Column({ type: 'text', nullable: true }) subjectId!: string | null;
  /** { name, phone, plateNumber } sealed; null before the first sealed profile and after an erasure. */
  @Column({ type: 'jsonb', nullable: true }) personal!: SealedValue | null;
  /** The latest profile event is a plain-text one written before encryption (awaiting `personal-data-upcast`): not shown. */
  @Column({ type: 'boolean', default: false }) legacyPlain!: boolean;
  @Column({ type: 'text', nullable: true }) consentVersion!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) consentedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) profileRecordedAt!: Date | null;
  /** End of the latest slot the resident booked: the retention period runs from here (or from the profile). */
  @Column({ type: 'timestamptz', nullable: true }) lastBookedUntil!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) erasedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) erasedBy!: string | null;
}

@Entity({ name: 'sharing_bookers' })
export class SharingBookerRow {
  @PrimaryColumn({ type: 'text' }) bookerId!: string;
  @Column({ type: 'integer' }) strikes!: number;
  @Column({ type: 'timestamptz', nullable: true }) suspendedUntil!: Date | null;
}
