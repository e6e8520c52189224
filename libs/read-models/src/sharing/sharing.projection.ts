import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { isSharingEvent, SharingEvent } from '@app/sharing/domain/sharing.events';
import { insertOnce } from '../insert-once';
import { Projection } from '../projection';
import { SharingBookerRow, SharingBookingRow, SharingResidentRow, SharingSpaceRow } from './sharing.entities';
import { SearchItemRow } from '../search/search-item.entity';
import { chinaDate } from '@app/shared';
import { searchableText } from '../search/search-text';

export class SharingProjection implements Projection {
  readonly name = 'sharing';

  async apply(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    for (const recorded of events) {
      if (isSharingEvent(recorded)) await this.applyOne(tx, { type: recorded.type, data: recorded.data } as SharingEvent, recorded);
    }
  }

  private async applyOne(tx: EntityManager, event: SharingEvent, recorded: RecordedEvent): Promise<void> {
    const spaces = tx.getRepository(SharingSpaceRow);
    const bookings = tx.getRepository(SharingBookingRow);
    const at = new Date(recorded.metadata.occurredAt);
    switch (event.type) {
      case 'space.published.v1': {
        const d = event.data;
        await insertOnce(tx, SharingSpaceRow, {
          spaceId: d.spaceId,
          name: d.name,
          kind: d.kind,
          departmentId: d.departmentId,
          location: d.location,
          audiences: [...d.audiences],
          approval: d.approval,
          schedule: d.schedule,
          blackouts: [],
          publishedAt: at,
        });
        await insertOnce(tx, SearchItemRow, {
          itemKey: `space:${d.spaceId}`,
          kind: 'space',
          itemId: d.spaceId,
          title: d.name,
          searchText: searchableText(d.name, d.location, d.kind),
          categoryClass: null,
          categoryMajor: null,
          departmentId: d.departmentId,
          status: 'open',
          location: d.location,
          valueFen: null,
          itemDate: chinaDate(at),
          sortCommit: recorded.position.commit.toString(),
          sortPrepare: recorded.position.prepare.toString(),
        });
        return;
      }
      case 'space.schedule-changed.v1':
        await spaces.update({ spaceId: event.data.spaceId }, { schedule: event.data.schedule });
        return;
      case 'space.blackout-declared.v1': {
        const space = await spaces.findOneByOrFail({ spaceId: event.data.spaceId });
        const { blackoutId, from, to, reason } = event.data;
        if (space.blackouts.some((b) => b.blackoutId === blackoutId)) return;
        await spaces.update({ spaceId: space.spaceId }, { blackouts: [...space.blackouts, { blackoutId, from, to, reason }] });
        return;
      }
      case 'booking.placed.v1':
      case 'booking.placed.v2': {
        const d = event.data;
        await insertOnce(tx, SharingBookingRow, {
          bookingId: d.bookingId,
          spaceId: d.spaceId,
          slotStart: new Date(d.slotStart),
          slotEnd: new Date(d.slotEnd),
          bookerId: d.bookerId,
          bookerKind: d.bookerKind,
          departmentId: d.departmentId,
          places: d.places,
          plateNumber: d.plateNumber,
          status: d.status,
          cancelledBy: null,
          notice: null,
          checkedInAt: null,
          checkedOutAt: null,
          overstayMinutes: null,
          // When the request arrived; v1 bookings were recorded at their arrival too.
          placedAt: event.type === 'booking.placed.v2' ? new Date(event.data.requestedAt) : at,
        });
        return;
      }
      case 'booking.displaced.v1':
        await bookings.update({ bookingId: event.data.bookingId }, { status: 'waitlisted', notice: event.data.notice });
        return;
      case 'booking.approved.v1':
        await bookings.update({ bookingId: event.data.bookingId }, { status: 'confirmed' });
        return;
      case 'booking.promoted.v1':
        await bookings.update({ bookingId: event.data.bookingId }, { status: event.data.status, notice: null });
        return;
      case 'booking.cancelled.v1':
        await bookings.update(
          { bookingId: event.data.bookingId },
          { status: 'cancelled', cancelledBy: event.data.by, notice: event.data.notice },
        );
        return;
      case 'booking.checked-in.v1':
        await bookings.update({ bookingId: event.data.bookingId }, { status: 'checked_in', checkedInAt: new Date(event.data.at) });
        return;
      case 'booking.checked-out.v1':
        await bookings.update(
          { bookingId: event.data.bookingId },
          { status: 'checked_out', checkedOutAt: new Date(event.data.at), overstayMinutes: event.data.overstayMinutes },
        );
        return;
      case 'booking.no-show.v1':
        await bookings.update({ bookingId: event.data.bookingId }, { status: 'no_show' });
        return;
      case 'slot.suspended.v1':
        return;
      case 'booker.strike-recorded.v1':
        // Counted from the bookings a strike is recorded for (each no-show, each overstay; their slot events come
        // first), not incremented, so a repeated delivery counts nothing twice.
        await tx.query(
          `INSERT INTO sharing_bookers (booker_id, strikes, suspended_until)
           SELECT $1, count(*), NULL FROM sharing_bookings
            WHERE booker_id = $1 AND (status = 'no_show' OR overstay_minutes > 0)
           ON CONFLICT (booker_id) DO UPDATE SET strikes = EXCLUDED.strikes`,
          [event.data.bookerId],
        );
        return;
      case 'booker.suspended.v1':
        await tx.getRepository(SharingBookerRow).update({ bookerId: event.data.bookerId }, { suspendedUntil: new Date(event.data.until) });
        return;
      case 'resident.profile-recorded.v1':
        await tx.getRepository(SharingResidentRow).upsert({ ...event.data }, ['residentId']);
        return;
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }
}
