import { Column, Entity, Index, PrimaryColumn, ValueTransformer } from 'typeorm';

/** numeric comes back from pg as text: read as a number (areas have two decimals, well inside a double). */
const areaNumber: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One row per registered property (物业): the register, the card and what the map reads. */
@Entity({ name: 'properties' })
@Index('properties_property_no_key', ['propertyNo'], { unique: true })
@Index('properties_parent_idx', ['parentId'])
@Index('properties_owner_unit_idx', ['ownerUnitId'])
@Index('properties_occupant_unit_idx', ['occupantUnitId'])
// The map's GiST index on point(lng, lat): an expression TypeORM cannot describe (migration 1732300002100).
@Index('properties_geo_idx', { synchronize: false })
export class PropertyRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'properties_pkey' })
  propertyId!: string;

  @Column({ type: 'text' })
  propertyNo!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  address!: string;

  /** WGS-84. */
  @Column({ type: 'double precision', nullable: true })
  lng!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: areaNumber })
  grossAreaSqm!: number;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: areaNumber })
  usableAreaSqm!: number | null;

  @Column({ type: 'text' })
  use!: string;

  @Column({ type: 'text' })
  ownerUnitId!: string;

  @Column({ type: 'text', nullable: true })
  occupantUnitId!: string | null;

  /** China date, YYYY-MM-DD. */
  @Column({ type: 'date', nullable: true })
  occupiedSince!: string | null;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'uuid', nullable: true })
  assetId!: string | null;

  @Column({ type: 'boolean', nullable: true })
  sharingEligible!: boolean | null;

  @Column({ type: 'text', nullable: true })
  sharingEligibilityReason!: string | null;

  @Column({ type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  /** The property stream's revision this row reflects: an event at or below it was applied already (a redelivery). */
  @Column({ type: 'bigint' })
  streamRevision!: string;
}

/** Who occupied a property from when to when (to_date null: still there); one row per occupancy, oldest first. */
@Entity({ name: 'property_occupancies' })
@Index('property_occupancies_unit_idx', ['unitId'])
export class PropertyOccupancyRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'property_occupancies_pkey' })
  propertyId!: string;

  /** The stream revision of the event that began this occupancy: with the property, the row's key. */
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'property_occupancies_pkey' })
  openedRevision!: string;

  @Column({ type: 'text' })
  unitId!: string;

  @Column({ type: 'date' })
  fromDate!: string;

  @Column({ type: 'date', nullable: true })
  toDate!: string | null;

  @Column({ type: 'uuid', nullable: true })
  allocationId!: string | null;
}
