import { deciderSpec } from '@app/shared/testing/decider-spec';
import { SpaceCommand, spaceDecider } from '../../domain/space.decider';
import { SpaceBlackoutDeclared } from '../../domain/sharing.events';
import { lotPublished, otherManager, schoolManager } from '../../testing/space-fixtures';

const NOW = '2026-11-23T02:00:00.000Z';
const declare = (overrides: Partial<Extract<SpaceCommand, { kind: 'DeclareBlackout' }>> = {}): SpaceCommand => ({
  kind: 'DeclareBlackout',
  actor: schoolManager,
  spaceId: 's-1',
  blackoutId: 'bo-1',
  from: '2026-11-25T00:00:00.000Z',
  to: '2026-11-26T00:00:00.000Z',
  reason: '期中考试',
  now: NOW,
  ...overrides,
});
const declared: SpaceBlackoutDeclared = {
  type: 'space.blackout-declared.v1',
  data: { spaceId: 's-1', blackoutId: 'bo-1', from: '2026-11-25T00:00:00.000Z', to: '2026-11-26T00:00:00.000Z', reason: '期中考试' },
};

describe('declaring a blackout: who, and which periods', () => {
  const spec = deciderSpec(spaceDecider);

  it('records the blackout and keeps it in the state', () => {
    spec.given([lotPublished]).when(declare()).then([declared]);
    const state = [lotPublished, declared].reduce(spaceDecider.evolve, spaceDecider.initialState());
    expect(state).toMatchObject({ blackouts: [{ blackoutId: 'bo-1', reason: '期中考试' }] });
  });

  it("is the managing department's decision", () => {
    spec
      .given([lotPublished])
      .when(declare({ actor: otherManager }))
      .thenError('NOT_YOUR_SPACE');
    spec.given([]).when(declare()).thenError('SPACE_NOT_FOUND');
  });

  it('needs a start before the end, an end in the future, and at most 92 days', () => {
    spec
      .given([lotPublished])
      .when(declare({ to: '2026-11-25T00:00:00.000Z' }))
      .thenError('INVALID_BLACKOUT', { field: 'to' });
    spec
      .given([lotPublished])
      .when(declare({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z' }))
      .thenError('INVALID_BLACKOUT', { field: 'to' });
    spec
      .given([lotPublished])
      .when(declare({ to: '2027-03-01T00:00:00.000Z' }))
      .thenError('INVALID_BLACKOUT', { field: 'to' });
  });
});
