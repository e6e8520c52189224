import { deciderSpec } from '@app/shared/testing/decider-spec';
import { SpaceCommand, spaceDecider } from '../../domain/space.decider';
import { eveningSchedule, lotPublished, schoolManager } from '../../testing/space-fixtures';

const publish = (overrides: Partial<Extract<SpaceCommand, { kind: 'PublishSpace' }>> = {}): SpaceCommand => ({
  kind: 'PublishSpace',
  actor: schoolManager,
  spaceId: 's-1',
  name: '实验小学停车场',
  spaceKind: 'parking',
  location: '实验小学东门',
  audiences: ['residents', 'departments'],
  approval: 'automatic',
  schedule: eveningSchedule,
  ...overrides,
});

describe('publishing a space for off-peak sharing', () => {
  const spec = deciderSpec(spaceDecider);

  it('publishes the space for the managing department', () => {
    spec.given([]).when(publish()).then([lotPublished]);
  });

  it('publishes a space only once', () => {
    spec.given([lotPublished]).when(publish()).thenError('SPACE_ALREADY_EXISTS');
  });

  it('is done by a department, not a resident', () => {
    spec
      .given([])
      .when(publish({ actor: { userId: 'resident-1', role: 'resident', departmentId: null, displayName: '居民' } }))
      .thenError('NOT_YOUR_SPACE');
  });

  it('refuses a schedule with no window, or a window shorter than one slot', () => {
    spec
      .given([])
      .when(publish({ schedule: { ...eveningSchedule, windows: [] } }))
      .thenError('INVALID_SCHEDULE', { field: 'schedule' });
    spec
      .given([])
      .when(publish({ schedule: { ...eveningSchedule, windows: [{ days: 'workdays', start: '18:30', end: '19:00' }] } }))
      .thenError('INVALID_SCHEDULE', { field: 'schedule' });
  });
});
