import { Actor, Decision } from '@app/shared';
import { minutesOf } from './china-time';
import { Schedule } from './schedule';
import { SharingError } from './sharing.errors';
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
    case 'space.published.v1': {
      const { spaceId, name, kind, departmentId, audiences, approval, schedule } = event.data;
      return {
        status: 'published',
        spaceId,
        name,
        kind,
        departmentId,
        audiences,
        approval,
        schedule,
        schedules: [schedule],
        blackouts: [],
      };
    }
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

export function scheduleProblem(schedule: Schedule): string | null {
  if (schedule.windows.length === 0) return 'a schedule needs at least one window';
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
      const { spaceId, name, spaceKind, location, audiences, approval, schedule } = command;
      return [
        {
          type: 'space.published.v1',
          data: { spaceId, name, kind: spaceKind, departmentId: command.actor.departmentId, location, audiences, approval, schedule },
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
