import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@app/event-store';
import { isSharingEvent, SharingEvent } from '@app/sharing/domain/sharing.events';
import { insertOnce } from '../insert-once';
import { Projection } from '../projection';
import { SharingBookerRow, SharingBookingRow, SharingResidentRow, SharingSpaceRow } from './sharing.entities';
import { SearchItemRow } from '../search/search-item.entity';
import { chinaDate } from '@app/shared';
import { searchableText } from '../search/search-text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A stored property id the uuid column cannot hold (never written by the decider, but tolerated) reads as none. */
const uuidOrNull = (v: unknown): string | null => (typeof v === 'string' && UUID.test(v) ? v : null);

export class SharingProjection implements Projection {
  readonly name = 'sharing';
  readonly lookupIndexes = ['sharing_bookings_booker_idx'];

  handles(type: string): boolean {
    return isSharingEvent({ type });
  }

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
      case 'space.published.v1':
      case 'space.published.v2': {
        const d = event.data;
        await insertOnce(tx, SharingSpaceRow, {
          spaceId: d.spaceId,
          name: d.name,
          kind: d.kind,
          departmentId: d.departmentId,
          propertyId: event.type === 'space.published.v2' ? uuidOrNull(event.data.propertyId) : null,
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
          categoryCode: null,
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
      case 'space.property-linked.v1':
        await spaces.update({ spaceId: event.data.spaceId }, { propertyId: uuidOrNull(event.data.propertyId) });
        return;
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
      case 'booking.placed.v2':
      case 'booking.placed.v3': {
        const d = event.data;
        // Plain plates of bookings written before sealing never reach the rows: booking.plate-sealed.v1 brings them, sealed.
        const sealed = event.type === 'booking.placed.v3' ? event.data : null;
        await insertOnce(tx, SharingBookingRow, {
          bookingId: d.bookingId,
          spaceId: d.spaceId,
          slotStart: new Date(d.slotStart),
          slotEnd: new Date(d.slotEnd),
          bookerId: d.bookerId,
          bookerKind: d.bookerKind,
          departmentId: d.departmentId,
          places: d.places,
          bookerSubjectId: sealed?.bookerSubjectId ?? null,
          plate: sealed?.plate ?? null,
          personalErased: false,
          status: d.status,
          cancelledBy: null,
          notice: null,
          checkedInAt: null,
          checkedOutAt: null,
          overstayMinutes: null,
          // When the request arrived; v1 bookings were recorded at their arrival too.
          placedAt: event.type === 'booking.placed.v1' ? at : new Date(event.data.requestedAt),
          remindedAt: null,
        });
        if (d.bookerKind === 'resident') await this.bookedUntil(tx, d.bookerId, d.slotEnd);
        return;
      }
      case 'booking.plate-sealed.v1':
        await bookings.update(
          { bookingId: event.data.bookingId, personalErased: false },
          { bookerSubjectId: event.data.subjectId, plate: event.data.plate },
        );
        return;
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
      case 'booking.reminded.v1':
        await bookings.update({ bookingId: event.data.bookingId }, { remindedAt: at });
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
        // Plain text from before sealing: the row notes it and holds nothing of it until the upcast seals it.
        await this.resident(tx, event.data.residentId, { subjectId: null, personal: null, legacyPlain: true, profileRecordedAt: at });
        return;
      case 'resident.profile-recorded.v2': {
        const row = await tx.getRepository(SharingResidentRow).findOneBy({ residentId: event.data.residentId });
        // An upcast copy replaces only a plain profile; a profile sealed since then stays.
        if (event.data.supersedes !== null && row && !row.legacyPlain) return;
        await this.resident(tx, event.data.residentId, {
          subjectId: event.data.subjectId,
          personal: event.data.personal,
          legacyPlain: false,
          profileRecordedAt: event.data.supersedes !== null && row?.profileRecordedAt ? row.profileRecordedAt : at,
          erasedAt: null,
          erasedBy: null,
        });
        return;
      }
      case 'resident.consent-given.v1':
        await this.resident(tx, event.data.residentId, {
          consentVersion: event.data.noticeVersion,
          consentedAt: new Date(event.data.givenAt),
        });
        return;
      case 'resident.consent-withdrawn.v1':
        await this.resident(tx, event.data.residentId, { consentVersion: null, consentedAt: null });
        return;
      case 'resident.erased.v1': {
        const d = event.data;
        await this.resident(tx, d.residentId, {
          personal: null,
          legacyPlain: false,
          consentVersion: null,
          consentedAt: null,
          erasedAt: at,
          erasedBy: d.requestedBy === 'resident' ? 'resident' : `${d.requestedBy}:${d.byUserId}`,
        });
        // Bookings keep their places, strikes and figures; only the (now unreadable) plate goes.
        await tx.query(
          `UPDATE sharing_bookings SET plate = NULL, personal_erased = true
            WHERE booker_id = $1 AND (booker_subject_id = $2 OR booker_subject_id IS NULL) AND personal_erased = false`,
          [d.residentId, d.subjectId],
        );
        return;
      }
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }

  /** Upserts the resident's row (created by whichever of their events comes first). */
  private async resident(tx: EntityManager, residentId: string, changes: Partial<SharingResidentRow>): Promise<void> {
    const repo = tx.getRepository(SharingResidentRow);
    if (await repo.existsBy({ residentId })) {
      if (Object.keys(changes).length > 0) await repo.update({ residentId }, changes);
      return;
    }
    await repo.insert({
      residentId,
      subjectId: null,
      personal: null,
      legacyPlain: false,
      consentVersion: null,
      consentedAt: null,
      profileRecordedAt: null,
      lastBookedUntil: null,
      erasedAt: null,
      erasedBy: null,
      ...changes,
    });
  }

  /** The end of the resident's latest booked slot: the retention period runs from it. */
  private async bookedUntil(tx: EntityManager, residentId: string, slotEnd: string): Promise<void> {
    await this.resident(tx, residentId, {});
    await tx.query(
      `UPDATE sharing_residents SET last_booked_until = greatest(coalesce(last_booked_until, $2::timestamptz), $2::timestamptz) WHERE resident_id = $1`,
      [residentId, slotEnd],
    );
  }
}
