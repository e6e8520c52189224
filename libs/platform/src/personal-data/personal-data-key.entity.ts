import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Per-subject data keys, one row per version: kept apart from the event store and the read
 * models (a rebuild never touches them). Erasing a subject deletes its rows.
 */
@Entity({ name: 'personal_data_keys' })
export class PersonalDataKeyRow {
  @PrimaryColumn({ type: 'text' }) subjectId!: string;
  @PrimaryColumn({ type: 'integer' }) keyVersion!: number;
  @Column({ type: 'text' }) algorithm!: string;
  @Column({ type: 'bytea' }) keyMaterial!: Buffer;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
}

/** Subjects whose keys were destroyed: no key is ever made for them again. Holds no personal data. */
@Entity({ name: 'personal_data_erasures' })
export class PersonalDataErasureRow {
  @PrimaryColumn({ type: 'text' }) subjectId!: string;
  @Column({ type: 'timestamptz' }) erasedAt!: Date;
}
