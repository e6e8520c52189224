import { deciderSpec } from '@app/shared/testing/decider-spec';
import { SpaceCommand, spaceDecider } from '../../domain/space.decider';
import { eveningSchedule, lotPublished, schoolCarPark, schoolManager } from '../../testing/space-fixtures';

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
  propertyId: schoolCarPark.propertyId,
  property: schoolCarPark,
  ...overrides,
});

describe('publishing a space for off-peak sharing', () => {
  const spec = deciderSpec(spaceDecider);

  it('publishes the space for the managing department, on its property room', () => {
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

  it('refuses office space, naming 《机关事务管理条例》第二十三条', () => {
    const office = { ...schoolCarPark, name: '教务处办公室', use: 'office' };
    spec
      .given([])
      .when(publish({ property: office }))
      .thenError('OFFICE_SPACE_NOT_LENDABLE', { field: 'propertyId' });
    const refusal = spaceDecider.decide(publish({ property: office }), spaceDecider.initialState());
    expect(refusal).toMatchObject({ message: expect.stringContaining('《机关事务管理条例》第二十三条') });
  });

  it("refuses another unit's property, a property that does not exist, and a whole building", () => {
    spec
      .given([])
      .when(publish({ property: { ...schoolCarPark, ownerUnitId: 'D-SCH2', occupantUnitId: 'D-SCH2' } }))
      .thenError('PROPERTY_NOT_YOUR_UNIT');
    spec
      .given([])
      .when(publish({ property: null }))
      .thenError('PROPERTY_NOT_FOUND');
    spec
      .given([])
      .when(publish({ property: { ...schoolCarPark, kind: 'building' } }))
      .thenError('PROPERTY_NOT_A_SPACE');
  });

  it("accepts a property on another unit's books that this unit occupies", () => {
    const occupied = { ...schoolCarPark, ownerUnitId: 'D-EDU', occupantUnitId: 'D-SCH1' };
    spec
      .given([])
      .when(publish({ property: occupied }))
      .then([lotPublished]);
  });

  it('still publishes without a property for clients that send none (tied later)', () => {
    spec
      .given([])
      .when(publish({ propertyId: null, property: null }))
      .then([{ ...lotPublished, data: { ...lotPublished.data, propertyId: null } }]);
  });
});
