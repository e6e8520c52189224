import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { SharingSpaceRow } from '../sharing/sharing.entities';

/** A booking as the property card shows it: when, how many, in what state; nobody's personal data. */
export interface UpcomingBooking {
  bookingId: string;
  slotStart: Date;
  slotEnd: Date;
  status: string;
  places: number;
  bookerKind: string;
  /** The booking department (department bookers); null for residents. */
  departmentId: string | null;
}

export interface PropertySpace {
  spaceId: string;
  name: string;
  kind: string;
  departmentId: string;
  /** The room or parcel the space is on: this property or one below it. */
  propertyId: string;
  audiences: string[];
  capacity: number;
  upcoming: UpcomingBooking[];
}

/** Bookings still ahead or under way, as a slot holds them (waiting ones included: they may get a place). */
const LIVE = ['confirmed', 'pending_approval', 'waitlisted', 'checked_in'];

/** The property card's 共享与预约 section: the shared spaces on a property and below it, with their next bookings. */
@Injectable()
export class PropertySpacesQueries {
  constructor(private readonly dataSource: DataSource) {}

  async onProperty(propertyId: string, now: Date, perSpace = 10): Promise<PropertySpace[]> {
    const spaceIds = await this.dataSource.query<{ space_id: string }[]>(
      `WITH RECURSIVE tree(property_id) AS (
         SELECT $1::uuid
         UNION
         SELECT c.property_id FROM properties c JOIN tree t ON c.parent_id = t.property_id
       )
       SELECT s.space_id FROM sharing_spaces s WHERE s.property_id IN (SELECT property_id FROM tree) ORDER BY s.name, s.space_id`,
      [propertyId],
    );
    if (spaceIds.length === 0) return [];
    const ids = spaceIds.map((r) => r.space_id);
    const spaces = await this.dataSource.getRepository(SharingSpaceRow).findBy({ spaceId: In(ids) });
    const bookings = await this.dataSource.query<
      {
        booking_id: string;
        space_id: string;
        slot_start: Date;
        slot_end: Date;
        status: string;
        places: number;
        booker_kind: string;
        department_id: string | null;
      }[]
    >(
      `SELECT * FROM (
         SELECT b.booking_id, b.space_id, b.slot_start, b.slot_end, b.status, b.places, b.booker_kind, b.department_id,
                row_number() OVER (PARTITION BY b.space_id ORDER BY b.slot_start, b.placed_at, b.booking_id) AS n
           FROM sharing_bookings b
          WHERE b.space_id = ANY($1::uuid[]) AND b.slot_end > $2 AND b.status = ANY($3::text[])
       ) next WHERE n <= $4 ORDER BY slot_start, booking_id`,
      [ids, now, LIVE, perSpace],
    );
    const bySpace = new Map(spaces.map((s) => [s.spaceId, s]));
    return ids.flatMap((id) => {
      const s = bySpace.get(id);
      if (!s) return [];
      return [
        {
          spaceId: s.spaceId,
          name: s.name,
          kind: s.kind,
          departmentId: s.departmentId,
          propertyId: s.propertyId ?? propertyId,
          audiences: s.audiences,
          capacity: s.schedule.capacity,
          upcoming: bookings
            .filter((b) => b.space_id === id)
            .map((b) => ({
              bookingId: b.booking_id,
              slotStart: b.slot_start,
              slotEnd: b.slot_end,
              status: b.status,
              places: Number(b.places),
              bookerKind: b.booker_kind,
              departmentId: b.booker_kind === 'department' ? b.department_id : null,
            })),
        },
      ];
    });
  }
}
