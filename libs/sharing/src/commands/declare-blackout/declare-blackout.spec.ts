import { Actor } from '@app/shared';
import { deciderSpec } from '@app/shared/testing/decider-spec';
import { chinaCalendar } from '../../domain/rest-day-calendar';
import { possibleSlotsOverlapping, Schedule, slotsOverlapping } from '../../domain/schedule';
import { evolveSpace, initialSpaceState, spaceDecider, SpaceCommand } from '../../domain/space.decider';
import { SpaceEvent } from '../../domain/sharing.events';

const manager: Actor = { userId: 'mgr-sch1', role: 'asset_manager', departmentId: 'D-SCH1', displayName: 'm' };
const evenings: Schedule = {
  windows: [{ days: 'workdays', start: '18:30', end: '07:30' }],
  slotMinutes: 780,
  capacity: 120,
  horizonDays: 14,
  minNoticeMinutes: 30,
};
const hourlyPastTen: Schedule = { ...evenings, windows: [{ days: 'every_day', start: '00:10', end: '00:10' }], slotMinutes: 60 };
const published: SpaceEvent = {
  type: 'space.published.v1',
  data: {
    spaceId: 's-1',
    name: '实验小学停车场',
    kind: 'parking',
    departmentId: 'D-SCH1',
    location: '和平路12号',
    audiences: ['residents'],
    approval: 'automatic',
    schedule: evenings,
  },
};
const changed: SpaceEvent = { type: 'space.schedule-changed.v1', data: { spaceId: 's-1', schedule: hourlyPastTen } };
const declare = (from: string, to: string): SpaceCommand => ({
  kind: 'DeclareBlackout',
  actor: manager,
  spaceId: 's-1',
  blackoutId: 'x-1',
  from,
  to,
  reason: '校运会',
  now: '2026-11-23T00:00:00.000Z',
});

describe('blackouts (暂停开放)', () => {
  const spec = deciderSpec(spaceDecider);

  it('records a blackout on the space, within 92 days and ending in the future', () => {
    spec
      .given([published, changed])
      .when(declare('2026-11-24T09:00:00.000Z', '2026-11-24T12:00:00.000Z'))
      .then([
        {
          type: 'space.blackout-declared.v1',
          data: { spaceId: 's-1', blackoutId: 'x-1', from: '2026-11-24T09:00:00.000Z', to: '2026-11-24T12:00:00.000Z', reason: '校运会' },
        },
      ]);
    spec.given([published]).when(declare('2026-11-20T00:00:00.000Z', '2026-11-22T00:00:00.000Z')).thenError('INVALID_BLACKOUT');
    spec.given([published]).when(declare('2026-11-24T00:00:00.000Z', '2027-03-01T00:00:00.000Z')).thenError('INVALID_BLACKOUT');
    spec
      .given([published])
      .when({ ...declare('2026-11-24T09:00:00.000Z', '2026-11-24T12:00:00.000Z'), actor: { ...manager, departmentId: 'D-SCH2' } })
      .thenError('NOT_YOUR_SPACE');
  });

  it('keeps every schedule the space has had, so a blackout still reaches slots of the earlier ones', () => {
    const space = [published, changed].reduce(evolveSpace, initialSpaceState());
    if (space.status !== 'published') throw new Error('expected a published space');
    expect(space.schedules).toEqual([evenings, hourlyPastTen]);
    // Tuesday 24 November, 17:00–20:00 China time: the evening slot booked under the first schedule
    // (18:30) is not a slot of the current one, which opens at ten past each hour.
    const [from, to] = ['2026-11-24T09:00:00.000Z', '2026-11-24T12:00:00.000Z'];
    expect(slotsOverlapping(space.schedule, from, to, chinaCalendar).map((s) => s.start)).not.toContain('2026-11-24T10:30:00.000Z');
    expect(possibleSlotsOverlapping(space.schedules, from, to).map((s) => s.start)).toEqual([
      '2026-11-24T08:10:00.000Z',
      '2026-11-24T09:10:00.000Z',
      '2026-11-24T10:10:00.000Z',
      '2026-11-24T10:30:00.000Z',
      '2026-11-24T11:10:00.000Z',
    ]);
  });

  it('looks at every window of an earlier schedule whatever the day kind, as the calendar may have changed since', () => {
    // Saturday 28 November has no workday window today; a booking from such a window (a day once
    // announced as a make-up working day) is still found.
    const saturday = possibleSlotsOverlapping([evenings], '2026-11-28T10:00:00.000Z', '2026-11-28T12:00:00.000Z');
    expect(saturday.map((s) => s.start)).toEqual(['2026-11-28T10:30:00.000Z']);
    expect(slotsOverlapping(evenings, '2026-11-28T10:00:00.000Z', '2026-11-28T12:00:00.000Z', chinaCalendar)).toEqual([]);
  });
});
