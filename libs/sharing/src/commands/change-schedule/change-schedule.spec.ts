import { deciderSpec } from '@app/shared/testing/decider-spec';
import { Schedule } from '../../domain/schedule';
import { spaceDecider } from '../../domain/space.decider';
import { eveningSchedule, lotPublished, otherManager, schoolManager, schoolStaff } from '../../testing/space-fixtures';

const weekends: Schedule = { ...eveningSchedule, windows: [{ days: 'rest_days', start: '08:00', end: '20:00' }], slotMinutes: 120 };

describe('changing a shared space schedule', () => {
  const spec = deciderSpec(spaceDecider);

  it('records the new schedule', () => {
    spec
      .given([lotPublished])
      .when({ kind: 'ChangeSchedule', actor: schoolManager, spaceId: 's-1', schedule: weekends })
      .then([{ type: 'space.schedule-changed.v1', data: { spaceId: 's-1', schedule: weekends } }]);
  });

  it('needs a published space', () => {
    spec.given([]).when({ kind: 'ChangeSchedule', actor: schoolManager, spaceId: 's-1', schedule: weekends }).thenError('SPACE_NOT_FOUND');
  });

  it("is the managing department's asset manager's decision alone", () => {
    spec
      .given([lotPublished])
      .when({ kind: 'ChangeSchedule', actor: otherManager, spaceId: 's-1', schedule: weekends })
      .thenError('NOT_YOUR_SPACE');
    spec
      .given([lotPublished])
      .when({ kind: 'ChangeSchedule', actor: schoolStaff, spaceId: 's-1', schedule: weekends })
      .thenError('NOT_YOUR_SPACE');
  });

  it('refuses a window shorter than one slot', () => {
    spec
      .given([lotPublished])
      .when({ kind: 'ChangeSchedule', actor: schoolManager, spaceId: 's-1', schedule: { ...weekends, slotMinutes: 780 } })
      .thenError('INVALID_SCHEDULE', { field: 'schedule' });
  });

  it('keeps the latest schedule in the state', () => {
    const state = [lotPublished, { type: 'space.schedule-changed.v1' as const, data: { spaceId: 's-1', schedule: weekends } }].reduce(
      spaceDecider.evolve,
      spaceDecider.initialState(),
    );
    expect(state).toMatchObject({ status: 'published', schedule: weekends, blackouts: [] });
  });
});
