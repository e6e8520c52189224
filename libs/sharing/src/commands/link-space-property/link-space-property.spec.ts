import { deciderSpec } from '@app/shared/testing/decider-spec';
import { SpaceCommand, spaceDecider } from '../../domain/space.decider';
import { lotPublished, lotPublishedV1, otherManager, schoolCarPark, schoolManager } from '../../testing/space-fixtures';

const link = (overrides: Partial<Extract<SpaceCommand, { kind: 'LinkSpaceToProperty' }>> = {}): SpaceCommand => ({
  kind: 'LinkSpaceToProperty',
  actor: schoolManager,
  spaceId: 's-1',
  propertyId: schoolCarPark.propertyId,
  property: schoolCarPark,
  ...overrides,
});

describe('tying a shared space to a property of the register', () => {
  const spec = deciderSpec(spaceDecider);

  it('reads a space published before the register as on no property, and ties it', () => {
    const state = spaceDecider.evolve(spaceDecider.initialState(), lotPublishedV1);
    expect(state).toMatchObject({ status: 'published', propertyId: null, name: '实验小学停车场' });
    spec
      .given([lotPublishedV1])
      .when(link())
      .then([{ type: 'space.property-linked.v1', data: { spaceId: 's-1', propertyId: 'p-lot', fromPropertyId: null } }]);
  });

  it('moves a space to another room, saying where it was', () => {
    const hall = { ...schoolCarPark, propertyId: 'p-hall', name: '风雨操场', use: 'sports_venue' };
    spec
      .given([lotPublished])
      .when(link({ propertyId: 'p-hall', property: hall }))
      .then([{ type: 'space.property-linked.v1', data: { spaceId: 's-1', propertyId: 'p-hall', fromPropertyId: 'p-lot' } }]);
    const moved = [
      lotPublished,
      { type: 'space.property-linked.v1', data: { spaceId: 's-1', propertyId: 'p-hall', fromPropertyId: 'p-lot' } },
    ];
    expect(moved.reduce(spaceDecider.evolve as never, spaceDecider.initialState())).toMatchObject({ propertyId: 'p-hall' });
  });

  it('refuses office space, naming the rule', () => {
    spec
      .given([lotPublishedV1])
      .when(link({ property: { ...schoolCarPark, use: 'office' } }))
      .thenError('OFFICE_SPACE_NOT_LENDABLE', { rule: '《机关事务管理条例》第二十三条：党政机关不得出租、出借办公用房' });
  });

  it("refuses another unit's property, and a property that does not exist", () => {
    spec
      .given([lotPublishedV1])
      .when(link({ property: { ...schoolCarPark, ownerUnitId: 'D-HOSP1', occupantUnitId: null } }))
      .thenError('PROPERTY_NOT_YOUR_UNIT');
    spec
      .given([lotPublishedV1])
      .when(link({ property: null }))
      .thenError('PROPERTY_NOT_FOUND');
  });

  it('is done by the managing unit only, once per property', () => {
    spec
      .given([lotPublishedV1])
      .when(link({ actor: otherManager }))
      .thenError('NOT_YOUR_SPACE');
    spec.given([lotPublished]).when(link()).thenError('SPACE_ALREADY_LINKED');
    spec.given([]).when(link()).thenError('SPACE_NOT_FOUND');
  });
});
