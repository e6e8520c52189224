import { Actor, SealedValue } from '@app/shared';
import { RestDayCalendar } from '../../domain/rest-day-calendar';
import { Schedule } from '../../domain/schedule';
import { Booker, SlotCommand } from '../../domain/slot.decider';
import { PublishedSpace } from '../../domain/space.decider';
import { BookingPlaced } from '../../domain/sharing.events';

/** A parking lot of two places open on workday evenings, and the requests and bookings of residents 1, 2, 3 … */
export const weekdaysOnly: RestDayCalendar = { isRestDay: (d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) };
export const lotSchedule: Schedule = {
  windows: [{ days: 'workdays', start: '18:30', end: '07:30' }],
  slotMinutes: 780,
  capacity: 2,
  horizonDays: 7,
  minNoticeMinutes: 30,
};
export const lot: PublishedSpace = {
  status: 'published',
  spaceId: 's-1',
  name: '实验小学停车场',
  kind: 'parking',
  departmentId: 'D-SCH1',
  propertyId: null,
  audiences: ['residents', 'departments'],
  approval: 'automatic',
  schedule: lotSchedule,
  schedules: [lotSchedule],
  blackouts: [],
};
export const SLOT = '2026-11-24T10:30:00.000Z'; // Tuesday 18:30 China time, until Wednesday 07:30
/** Request n arrives n seconds after 10:00 China time the day before. */
export const arrival = (n: number) => new Date(Date.parse('2026-11-23T02:00:00.000Z') + n * 1000).toISOString();
export const resident = (n: number): Booker => ({ id: `resident-${n}`, kind: 'resident', departmentId: null, suspendedUntil: null });
export const place = (n: number, overrides: Partial<Extract<SlotCommand, { kind: 'PlaceBooking' }>> = {}): SlotCommand => ({
  kind: 'PlaceBooking',
  space: lot,
  bookingId: `b-${n}`,
  slotStart: SLOT,
  places: 1,
  booker: resident(n),
  resident: { subjectId: `resident-${n}/1`, plate: sealedPlate(n), consentCurrent: true },
  now: arrival(n),
  ...overrides,
});
/** A plate as the personal-data port seals it (deciders never see a key; the value is opaque to them). */
export const sealedPlate = (n: number): SealedValue => ({
  subjectId: `resident-${n}/1`,
  alg: 'aes-256-gcm',
  keyVersion: 1,
  iv: 'AAAAAAAAAAAAAAAA',
  ciphertext: Buffer.from(`sealed-plate-${n}`).toString('base64'),
});
export const placed = (n: number, status: BookingPlaced['data']['status'], places = 1): BookingPlaced => ({
  type: 'booking.placed.v3',
  data: {
    bookingId: `b-${n}`,
    spaceId: 's-1',
    slotStart: SLOT,
    slotEnd: '2026-11-24T23:30:00.000Z',
    bookerId: `resident-${n}`,
    bookerKind: 'resident',
    departmentId: null,
    places,
    status,
    requestedAt: arrival(n),
    bookerSubjectId: `resident-${n}/1`,
    plate: sealedPlate(n),
  },
});
export const manager: Actor = { userId: 'mgr-sch1', role: 'asset_manager', departmentId: 'D-SCH1', displayName: 'm' };
export const residentActor = (n: number): Actor => ({ userId: `resident-${n}`, role: 'resident', departmentId: null, displayName: 'r' });
