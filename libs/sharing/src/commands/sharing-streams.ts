import { Inject, Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CalendarSource } from '@app/calendar';
import { chinaDate, CommandContext } from '@app/shared';
import { ModuleConfig } from '@app/platform/config/module-config';
import { executeOnStream, ExecuteResult } from '@app/platform/cqrs/execute-on-stream';
import { bookerDecider, BookerState, StrikePolicy } from '../domain/booker.decider';
import { BookingLocation, bookingPointerDecider, bookingPointerStreamId } from '../domain/booking-pointer';
import { SharingError } from '../domain/sharing.errors';
import { BookerEvent, bookerStreamId, SlotEvent, slotStreamId, SpaceEvent, spaceStreamId } from '../domain/sharing.events';
import { SlotCommand, slotDecider } from '../domain/slot.decider';
import { evolveSpace, initialSpaceState, PublishedSpace } from '../domain/space.decider';
import { evolveProperty, initialPropertyState, PropertyEvent, propertyStreamId } from '@app/property';
import { PropertyFacts } from '../domain/space-property';
import { sharingConfig } from '../sharing.config';

const DERIVED = '1b7e3c55-9a2d-4f80-8e61-3c0d2b9f7a14';

/** Ids a command creates, and commands it causes, follow from its command id: retries repeat nothing. */
export function derived(context: CommandContext, purpose: string): string {
  return uuidv5(`${context.commandId}:${purpose}`, DERIVED);
}

/** Loads what slot decisions take as input (the space, the booker's standing) and runs them. */
@Injectable()
export class SharingStreams {
  readonly policy: StrikePolicy;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(sharingConfig.KEY) config: ModuleConfig<typeof sharingConfig>,
    readonly calendar: CalendarSource,
  ) {
    this.policy = {
      limit: config.SHARING_STRIKE_LIMIT ?? 3,
      windowDays: config.SHARING_STRIKE_WINDOW_DAYS ?? 90,
      penaltyDays: config.SHARING_PENALTY_DAYS ?? 30,
    };
  }

  async space(spaceId: string): Promise<PublishedSpace> {
    const events = await this.store.readStream(spaceStreamId(spaceId));
    const state = events.reduce((s, e) => evolveSpace(s, { type: e.type, data: e.data } as SpaceEvent), initialSpaceState());
    if (state.status !== 'published') throw new SharingError('SPACE_NOT_FOUND', `no shared space ${spaceId}`);
    return state;
  }

  /** A property of the register as its own stream tells it (null: none registered under this id). */
  async property(propertyId: string): Promise<PropertyFacts | null> {
    const events = await this.store.readStream(propertyStreamId(propertyId));
    const state = events.reduce((s, e) => evolveProperty(s, { type: e.type, data: e.data } as PropertyEvent), initialPropertyState());
    if (state.status !== 'registered') return null;
    const { name, kind, use, ownerUnitId, occupantUnitId } = state;
    return { propertyId, name, kind, use, ownerUnitId, occupantUnitId };
  }

  async bookerStanding(bookerId: string): Promise<BookerState> {
    const events = await this.store.readStream(bookerStreamId(bookerId));
    return events.reduce((s, e) => bookerDecider.evolve(s, { type: e.type, data: e.data } as BookerEvent), bookerDecider.initialState());
  }

  /** Records which slot stream a placed booking lives in, so later actions on it need no read model. */
  async locateBooking(location: BookingLocation, cause: CommandContext): Promise<void> {
    const context: CommandContext = { ...cause, commandId: derived(cause, 'booking-pointer'), causationId: cause.commandId };
    await executeOnStream(
      this.store,
      bookingPointerStreamId(location.bookingId),
      bookingPointerDecider,
      { kind: 'LocateBooking', location },
      context,
    );
  }

  /** The slot stream and booker of a booking, from its pointer stream. */
  async bookingLocation(bookingId: string): Promise<BookingLocation> {
    const events = await this.store.readStream(bookingPointerStreamId(bookingId));
    const first = events[0];
    if (!first) throw new SharingError('BOOKING_NOT_FOUND', `no booking ${bookingId}`);
    return first.data as BookingLocation;
  }

  /** Whether anything was ever booked in this slot (its stream exists). */
  async slotHasBookings(spaceId: string, slotStart: string): Promise<boolean> {
    return (await this.store.readStream(slotStreamId(spaceId, slotStart), { maxCount: 1 })).length > 0;
  }

  /** Runs a slot command on the calendar as recorded (a year nobody can answer is refused: CALENDAR_YEAR_UNKNOWN). */
  async runSlot(spaceId: string, slotStart: string, command: SlotCommand, context: CommandContext): Promise<ExecuteResult<SlotEvent>> {
    const date = chinaDate(new Date(slotStart));
    const calendar = await this.calendar.calendarFor(date, date);
    return executeOnStream(this.store, slotStreamId(spaceId, slotStart), slotDecider(calendar), command, context);
  }

  /** A no-show or overstay counts against the booker, possibly suspending them. */
  async recordStrike(
    bookerId: string,
    bookingId: string,
    strike: 'no_show' | 'overstay',
    at: string,
    cause: CommandContext,
  ): Promise<void> {
    const context: CommandContext = { ...cause, commandId: derived(cause, 'strike'), causationId: cause.commandId };
    await executeOnStream(
      this.store,
      bookerStreamId(bookerId),
      bookerDecider,
      { kind: 'RecordStrike', bookerId, bookingId, strike, at, policy: this.policy },
      context,
    );
  }

  get eventStore(): EventStore {
    return this.store;
  }
}
