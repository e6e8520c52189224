import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Actor } from '@app/shared';
import { chinaCalendar } from '@app/sharing/domain/rest-day-calendar';
import { Slot, slotsBetween, slotsStartingOn } from '@app/sharing/domain/schedule';
import { byArrival, waitlistPositions } from '@app/sharing/domain/arrival-order';
import { HOLDING as HOLDING_STATUSES } from '@app/sharing/domain/slot-state';
import { addChinaDays } from '@app/shared';
import { SharingBookerRow, SharingBookingRow, SharingResidentRow, SharingSpaceRow } from './sharing.entities';
import { emptyHours, HourFigures, hourFigures, spreadOverHours } from './hourly-utilisation';

const HOLDING: readonly string[] = HOLDING_STATUSES;

/** A booking row in the slot's order of arrival: placed_at is when its request arrived. */
const inArrival = (b: SharingBookingRow) => ({ bookingId: b.bookingId, requestedAt: b.placedAt.toISOString(), seq: 0, status: b.status });

export interface AvailabilitySlot {
  start: string;
  end: string;
  capacity: number;
  booked: number;
  free: number;
  waitlisted: number;
  suspended: boolean;
  /**
   * The slot's day follows a year whose State Council notice is not yet recorded: statutory days
   * are rest days, but the notice may still move days (bridges, 调休) and with them this slot.
   */
  provisional: boolean;
}

export interface UtilisationRow {
  spaceId: string;
  name: string;
  departmentId: string;
  offeredPlaceHours: number;
  bookedPlaceHours: number;
  usedPlaceHours: number;
  bookings: number;
  noShows: number;
  /** no-shows ÷ (no-shows + check-ins) over bookings whose slot has ended; null when there are none */
  noShowRate: number | null;
}

const hours = (ms: number) => Math.round((ms / 3600_000) * 100) / 100;

@Injectable()
export class SharingQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Spaces a viewer may book or oversee: residents see those open to residents, departments those open to departments. */
  async spaces(viewer: Actor): Promise<SharingSpaceRow[]> {
    const all = await this.dataSource.getRepository(SharingSpaceRow).find({ order: { publishedAt: 'DESC' } });
    if (viewer.role === 'auditor' || viewer.role === 'finance_approver') return all;
    const audience = viewer.role === 'resident' ? 'residents' : 'departments';
    return all.filter((s) => s.audiences.includes(audience) || s.departmentId === viewer.departmentId);
  }

  space(spaceId: string): Promise<SharingSpaceRow | null> {
    return this.dataSource.getRepository(SharingSpaceRow).findOneBy({ spaceId });
  }

  /** Free places per published slot for China dates from..to: fast enough for a calendar (one grouped query). */
  async availability(space: SharingSpaceRow, from: string, to: string): Promise<AvailabilitySlot[]> {
    const slots: (Slot & { provisional: boolean })[] = [];
    for (let date = from; date <= to; date = addChinaDays(date, 1)) {
      const provisional = chinaCalendar.status(date) === 'provisional';
      for (const slot of slotsStartingOn(space.schedule, date, chinaCalendar)) slots.push({ ...slot, provisional });
    }
    if (slots.length === 0) return [];
    const rows = await this.dataSource.query<{ slot_start: Date; held: string; waiting: string }[]>(
      `SELECT slot_start,
              coalesce(sum(places) FILTER (WHERE status = ANY($4)), 0) AS held,
              count(*) FILTER (WHERE status = 'waitlisted') AS waiting
         FROM sharing_bookings WHERE space_id = $1 AND slot_start >= $2 AND slot_start <= $3 GROUP BY slot_start`,
      [space.spaceId, slots[0].start, slots[slots.length - 1].start, HOLDING],
    );
    const bySlot = new Map(rows.map((r) => [r.slot_start.toISOString(), r]));
    return slots.map((slot) => {
      const row = bySlot.get(slot.start);
      const booked = Number(row?.held ?? 0);
      const suspended = space.blackouts.some((b) => b.from < slot.end && b.to > slot.start);
      return {
        ...slot,
        capacity: space.schedule.capacity,
        booked,
        free: suspended ? 0 : Math.max(0, space.schedule.capacity - booked),
        waitlisted: Number(row?.waiting ?? 0),
        suspended,
      };
    });
  }

  /**
   * Confirmed bookings starting after `now` and by `until`, not reminded yet, placed at least `placedAheadMs`
   * before their start (a booking made an hour ahead needs no reminder): what the reminder sweep sends.
   */
  async dueForReminder(now: Date, until: Date, placedAheadMs: number, limit = 500): Promise<{ bookingId: string }[]> {
    return this.dataSource
      .getRepository(SharingBookingRow)
      .createQueryBuilder('b')
      .select(['b.bookingId'])
      .where(`b.status = 'confirmed' AND b.reminded_at IS NULL`)
      .andWhere('b.slot_start > :now AND b.slot_start <= :until', { now, until })
      .andWhere(`b.placed_at <= b.slot_start - make_interval(secs => :ahead)`, { ahead: placedAheadMs / 1000 })
      .orderBy('b.slot_start', 'ASC')
      .limit(limit)
      .getMany();
  }

  booking(bookingId: string): Promise<SharingBookingRow | null> {
    return this.dataSource.getRepository(SharingBookingRow).findOneBy({ bookingId });
  }

  /**
   * A booker's bookings, each waiting one with its place in its slot's waitlist (the slot's order of
   * arrival, as the waitlist moves).
   */
  async myBookings(bookerId: string): Promise<(SharingBookingRow & { waitlistPosition: number | null })[]> {
    const mine = await this.dataSource
      .getRepository(SharingBookingRow)
      .find({ where: { bookerId }, order: { slotStart: 'DESC' }, take: 200 });
    const waiting = mine.filter((b) => b.status === 'waitlisted');
    const positions = new Map<string, number>();
    for (const slot of new Map(waiting.map((b) => [`${b.spaceId}|${b.slotStart.toISOString()}`, b])).values()) {
      const queue = await this.dataSource
        .getRepository(SharingBookingRow)
        .findBy({ spaceId: slot.spaceId, slotStart: slot.slotStart, status: 'waitlisted' });
      for (const [id, position] of waitlistPositions(queue.map(inArrival))) positions.set(id, position);
    }
    return mine.map((b) => ({ ...b, waitlistPosition: positions.get(b.bookingId) ?? null }));
  }

  /**
   * The manager's view of one space's bookings in a time range, slot by slot in order of arrival,
   * with each waiting booking's place in the waitlist and, for residents' bookings, their profile
   * sealed (the API opens or masks it for the reader).
   */
  async occupancy(spaceId: string, from: Date, to: Date) {
    const rows = await this.dataSource
      .getRepository(SharingBookingRow)
      .createQueryBuilder('b')
      .where('b.space_id = :spaceId AND b.slot_start >= :from AND b.slot_start < :to', { spaceId, from, to })
      .getMany();
    const bookings = rows.sort((a, b) => a.slotStart.getTime() - b.slotStart.getTime() || byArrival(inArrival(a), inArrival(b)));
    const positions = new Map<string, number>();
    for (const slot of new Set(bookings.map((b) => b.slotStart.getTime()))) {
      const queue = bookings.filter((b) => b.slotStart.getTime() === slot).map(inArrival);
      for (const [id, position] of waitlistPositions(queue)) positions.set(id, position);
    }
    const residentIds = bookings.filter((b) => b.bookerKind === 'resident').map((b) => b.bookerId);
    const residents = residentIds.length
      ? await this.dataSource.getRepository(SharingResidentRow).findBy({ residentId: In(residentIds) })
      : [];
    const byId = new Map(residents.map((r) => [r.residentId, r]));
    return bookings.map((b) => {
      const resident = byId.get(b.bookerId);
      // The profile of the subject the booking was made under (none once that subject is erased).
      const current = resident && !b.personalErased && (b.bookerSubjectId === null || b.bookerSubjectId === resident.subjectId);
      return { ...b, waitlistPosition: positions.get(b.bookingId) ?? null, bookerPersonal: current ? resident.personal : null };
    });
  }

  /**
   * Residents whose personal data is still held and who have neither booked a slot ending after
   * `cutoff` nor recorded their profile after it: the retention rule erases them.
   */
  async inactiveResidents(cutoff: Date, limit = 500): Promise<string[]> {
    const rows = await this.dataSource.query<{ resident_id: string }[]>(
      `SELECT resident_id FROM sharing_residents
        WHERE erased_at IS NULL AND (personal IS NOT NULL OR legacy_plain)
          AND greatest(coalesce(last_booked_until, '-infinity'), coalesce(profile_recorded_at, '-infinity')) < $1
        ORDER BY resident_id LIMIT $2`,
      [cutoff, limit],
    );
    return rows.map((r) => r.resident_id);
  }

  resident(residentId: string): Promise<SharingResidentRow | null> {
    return this.dataSource.getRepository(SharingResidentRow).findOneBy({ residentId });
  }

  booker(bookerId: string): Promise<SharingBookerRow | null> {
    return this.dataSource.getRepository(SharingBookerRow).findOneBy({ bookerId });
  }

  /**
   * Utilisation for slots starting on China dates from..to. Offered = capacity × slot hours of
   * every published slot outside blackouts (current schedule); booked = places × slot hours of
   * bookings not cancelled or waitlisted; used = places × hours from check-in (not before the slot)
   * to check-out (or the slot end); no-show rate over bookings whose slot has ended.
   */
  async utilisation(
    from: string,
    to: string,
    now: Date,
  ): Promise<{ spaces: UtilisationRow[]; departments: Omit<UtilisationRow, 'spaceId' | 'name'>[] }> {
    const spaces = await this.dataSource.getRepository(SharingSpaceRow).find();
    const rows: (UtilisationRow & { shows: number })[] = [];
    for (const space of spaces) {
      const slots = slotsBetween(space.schedule, from, to, chinaCalendar);
      const open = slots.filter((s) => !space.blackouts.some((b) => b.from < s.end && b.to > s.start));
      const offered = open.reduce((sum, s) => sum + space.schedule.capacity * (Date.parse(s.end) - Date.parse(s.start)), 0);
      const bookings = slots.length
        ? await this.dataSource
            .getRepository(SharingBookingRow)
            .createQueryBuilder('b')
            .where('b.space_id = :id AND b.slot_start >= :a AND b.slot_start <= :z', {
              id: space.spaceId,
              a: slots[0].start,
              z: slots[slots.length - 1].start,
            })
            .getMany()
        : [];
      let booked = 0;
      let used = 0;
      let noShows = 0;
      let shows = 0;
      for (const b of bookings) {
        const length = b.slotEnd.getTime() - b.slotStart.getTime();
        if (HOLDING.includes(b.status)) booked += b.places * length;
        if (b.checkedInAt) {
          const start = Math.max(b.checkedInAt.getTime(), b.slotStart.getTime());
          const end = (b.checkedOutAt ?? b.slotEnd).getTime();
          used += b.places * Math.max(0, end - start);
        }
        if (b.slotEnd <= now && b.status === 'no_show') noShows += 1;
        if (b.slotEnd <= now && (b.status === 'checked_in' || b.status === 'checked_out')) shows += 1;
      }
      rows.push({
        spaceId: space.spaceId,
        name: space.name,
        departmentId: space.departmentId,
        offeredPlaceHours: hours(offered),
        bookedPlaceHours: hours(booked),
        usedPlaceHours: hours(used),
        bookings: bookings.filter((b) => HOLDING.includes(b.status)).length,
        noShows,
        shows,
        noShowRate: noShows + shows > 0 ? noShows / (noShows + shows) : null,
      });
    }
    const departments = new Map<string, Omit<UtilisationRow, 'spaceId' | 'name'> & { shows: number }>();
    for (const r of rows) {
      const d = departments.get(r.departmentId) ?? {
        departmentId: r.departmentId,
        offeredPlaceHours: 0,
        bookedPlaceHours: 0,
        usedPlaceHours: 0,
        bookings: 0,
        noShows: 0,
        noShowRate: null,
        shows: 0,
      };
      d.offeredPlaceHours += r.offeredPlaceHours;
      d.bookedPlaceHours += r.bookedPlaceHours;
      d.usedPlaceHours += r.usedPlaceHours;
      d.bookings += r.bookings;
      d.noShows += r.noShows;
      d.shows += r.shows;
      departments.set(r.departmentId, d);
    }
    return {
      spaces: rows.map(({ shows: _shows, ...row }) => row),
      departments: [...departments.values()].map(({ shows, ...d }) => ({
        ...d,
        noShowRate: d.noShows + shows > 0 ? d.noShows / (d.noShows + shows) : null,
      })),
    };
  }
  /**
   * Offered and booked place-hours per space and China hour of the day, for slots starting on China
   * dates from..to (same definitions as `utilisation`). Every space and all 24 hours are present.
   */
  async utilisationByHour(
    from: string,
    to: string,
  ): Promise<{ spaceId: string; name: string; kind: string; departmentId: string; hours: HourFigures[] }[]> {
    const spaces = await this.dataSource.getRepository(SharingSpaceRow).find({ order: { name: 'ASC' } });
    const out = [];
    for (const space of spaces) {
      const offered = emptyHours();
      const booked = emptyHours();
      const slots = slotsBetween(space.schedule, from, to, chinaCalendar);
      for (const s of slots) {
        if (space.blackouts.some((b) => b.from < s.end && b.to > s.start)) continue;
        spreadOverHours(offered, Date.parse(s.start), Date.parse(s.end), space.schedule.capacity);
      }
      if (slots.length) {
        const bookings = await this.dataSource
          .getRepository(SharingBookingRow)
          .createQueryBuilder('b')
          .where('b.space_id = :id AND b.slot_start >= :a AND b.slot_start <= :z AND b.status IN (:...holding)', {
            id: space.spaceId,
            a: slots[0].start,
            z: slots[slots.length - 1].start,
            holding: HOLDING,
          })
          .getMany();
        for (const b of bookings) spreadOverHours(booked, b.slotStart.getTime(), b.slotEnd.getTime(), b.places);
      }
      out.push({
        spaceId: space.spaceId,
        name: space.name,
        kind: space.kind,
        departmentId: space.departmentId,
        hours: hourFigures(offered, booked),
      });
    }
    return out;
  }
}
