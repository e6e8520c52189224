import { Actor, Decision } from '@app/shared';
import { minutesOf } from './china-time';
import { DAY_KINDS, DayKind, Schedule, SharingWindow } from './schedule';
import { SharingError } from './sharing.errors';
import { PropertyFacts, propertyRefusal } from './space-property';
import { Approval, Audience, SpaceEvent, SpaceKind } from './sharing.events';

export interface Blackout {
  readonly blackoutId: string;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

export type SpaceState =
  | { readonly status: 'none' }
  | {
      readonly status: 'published';
      readonly spaceId: string;
      readonly name: string;
      readonly kind: SpaceKind;
      readonly departmentId: string;
      /** The property room or parcel; null for spaces published before the register (未关联物业) until tied. */
      readonly propertyId: string | null;
      readonly audiences: readonly Audience[];
      readonly approval: Approval;
      readonly schedule: Schedule;
      /**
       * Every schedule the space has had, the current one last: bookings made under an earlier one
       * stand after a change, so a blackout must still find their slots.
       */
      readonly schedules: readonly Schedule[];
      readonly blackouts: readonly Blackout[];
    };

export type PublishedSpace = Extract<SpaceState, { status: 'published' }>;

export type SpaceCommand =
  | {
      readonly kind: 'PublishSpace';
      readonly actor: Actor;
      readonly spaceId: string;
      readonly name: string;
      readonly spaceKind: SpaceKind;
      readonly location: string;
      readonly audiences: readonly Audience[];
      readonly approval: Approval;
      readonly schedule: Schedule;
      /** The room or parcel asked for (null: none given), and what its stream says of it (null: no such property). */
      readonly propertyId: string | null;
      readonly property: PropertyFacts | null;
    }
  | {
      readonly kind: 'LinkSpaceToProperty';
      readonly actor: Actor;
      readonly spaceId: string;
      readonly propertyId: string;
      readonly property: PropertyFacts | null;
    }
  | { readonly kind: 'ChangeSchedule'; readonly actor: Actor; readonly spaceId: string; readonly schedule: Schedule }
  | {
      readonly kind: 'DeclareBlackout';
      readonly actor: Actor;
      readonly spaceId: string;
      readonly blackoutId: string;
      readonly from: string;
      readonly to: string;
      readonly reason: string;
      readonly now: string;
    };

export const initialSpaceState = (): SpaceState => ({ status: 'none' });

export function evolveSpace(state: SpaceState, event: SpaceEvent): SpaceState {
  switch (event.type) {
    case 'space.published.v1':
    case 'space.published.v2': {
      const { spaceId, name, kind, departmentId, audiences, approval, schedule } = event.data;
      return {
        status: 'published',
        spaceId,
        name,
        kind,
        departmentId,
        propertyId: event.type === 'space.published.v2' ? event.data.propertyId : null,
        audiences,
        approval,
        schedule,
        schedules: [schedule],
        blackouts: [],
      };
    }
    case 'space.property-linked.v1':
      return state.status === 'published' ? { ...state, propertyId: event.data.propertyId } : state;
    case 'space.schedule-changed.v1':
      return state.status === 'published'
        ? { ...state, schedule: event.data.schedule, schedules: [...state.schedules, event.data.schedule] }
        : state;
    case 'space.blackout-declared.v1': {
      if (state.status !== 'published') return state;
      const { blackoutId, from, to, reason } = event.data;
      return { ...state, blackouts: [...state.blackouts, { blackoutId, from, to, reason }] };
    }
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

const MAX_BLACKOUT_MS = 92 * 86400_000;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const whole = (v: unknown, min: number, max: number) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/**
 * Everything the slot calendar and the sharing read model rely on, checked whatever the HTTP layer
 * let through: a space is never stored without a schedule, without windows, or with a window or
 * number the calendar cannot expand.
 */
export function scheduleProblem(schedule: Schedule | null | undefined): string | null {
  if (typeof schedule !== 'object' || schedule === null) return 'a space needs a schedule';
  if (!Array.isArray(schedule.windows) || schedule.windows.length === 0) return 'a schedule needs at least one window';
  if (!whole(schedule.slotMinutes, 15, 1440)) return 'slotMinutes must be 15–1440';
  if (!whole(schedule.capacity, 1, 100000)) return 'capacity must be 1–100000';
  if (!whole(schedule.horizonDays, 1, 90)) return 'horizonDays must be 1–90';
  if (!whole(schedule.minNoticeMinutes, 0, 10080)) return 'minNoticeMinutes must be 0–10080';
  for (const w of schedule.windows as unknown[]) {
    const window = w as Partial<SharingWindow> | null;
    if (!window || !DAY_KINDS.includes(window.days as DayKind) || !HHMM.test(String(window.start)) || !HHMM.test(String(window.end)))
      return 'each window needs days (workdays, rest_days or every_day), start and end HH:MM';
  }
  for (const w of schedule.windows) {
    const length = (minutesOf(w.end) - minutesOf(w.start) + 1440) % 1440 || 1440;
    if (length < schedule.slotMinutes) return `window ${w.start}–${w.end} is shorter than one ${schedule.slotMinutes}-minute slot`;
  }
  return null;
}

function owned(command: SpaceCommand, state: SpaceState): PublishedSpace | SharingError {
  if (state.status !== 'published') return new SharingError('SPACE_NOT_FOUND', `no shared space ${command.spaceId}`);
  if (command.actor.role !== 'asset_manager' || command.actor.departmentId !== state.departmentId) {
    return new SharingError('NOT_YOUR_SPACE', `space ${state.name} is managed by ${state.departmentId}`);
  }
  return state;
}

export function decideSpace(command: SpaceCommand, state: SpaceState): Decision<SpaceEvent> {
  switch (command.kind) {
    case 'PublishSpace': {
      if (state.status !== 'none') return new SharingError('SPACE_ALREADY_EXISTS', `space ${command.spaceId} exists`);
      if (!command.actor.departmentId) return new SharingError('NOT_YOUR_SPACE', 'only a department publishes spaces');
      const problem = scheduleProblem(command.schedule);
      if (problem) return new SharingError('INVALID_SCHEDULE', problem, { field: 'schedule' });
      if (command.propertyId !== null) {
        const refusal = propertyRefusal(command.actor, command.propertyId, command.property);
        if (refusal) return refusal;
      }
      const { spaceId, name, spaceKind, location, audiences, approval, schedule, propertyId } = command;
      return [
        {
          type: 'space.published.v2',
          data: {
            spaceId,
            name,
            kind: spaceKind,
            departmentId: command.actor.departmentId,
            location,
            audiences,
            approval,
            schedule,
            propertyId,
          },
        },
      ];
    }
    case 'LinkSpaceToProperty': {
      const space = owned(command, state);
      if (space instanceof SharingError) return space;
      if (space.propertyId === command.propertyId)
        return new SharingError('SPACE_ALREADY_LINKED', `space ${space.name} is already on this property`, { field: 'propertyId' });
      const refusal = propertyRefusal(command.actor, command.propertyId, command.property);
      if (refusal) return refusal;
      return [
        {
          type: 'space.property-linked.v1',
          data: { spaceId: space.spaceId, propertyId: command.propertyId, fromPropertyId: space.propertyId },
        },
      ];
    }
    case 'ChangeSchedule': {
      const space = owned(command, state);
      if (space instanceof SharingError) return space;
      const problem = scheduleProblem(command.schedule);
      if (problem) return new SharingError('INVALID_SCHEDULE', problem, { field: 'schedule' });
      return [{ type: 'space.schedule-changed.v1', data: { spaceId: space.spaceId, schedule: command.schedule } }];
    }
    case 'DeclareBlackout': {
      const space = owned(command, state);
      if (space instanceof SharingError) return space;
      if (!Number.isFinite(Date.parse(command.from)) || !Number.isFinite(Date.parse(command.to)))
        return new SharingError('INVALID_BLACKOUT', 'from and to must be times', { field: 'from' });
      if (typeof command.reason !== 'string' || command.reason.trim() === '')
        return new SharingError('INVALID_BLACKOUT', 'a blackout needs a reason', { field: 'reason' });
      if (command.from >= command.to) return new SharingError('INVALID_BLACKOUT', 'from must be before to', { field: 'to' });
      if (command.to <= command.now) return new SharingError('INVALID_BLACKOUT', 'a blackout must end in the future', { field: 'to' });
      if (Date.parse(command.to) - Date.parse(command.from) > MAX_BLACKOUT_MS)
        return new SharingError('INVALID_BLACKOUT', 'a blackout may last at most 92 days', { field: 'to' });
      const { blackoutId, from, to, reason } = command;
      return [{ type: 'space.blackout-declared.v1', data: { spaceId: space.spaceId, blackoutId, from, to, reason } }];
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

export const spaceDecider = { decide: decideSpace, evolve: evolveSpace, initialState: initialSpaceState };
