import { propertyFactsFrom } from './property-facts';

const registered = {
  type: 'property.registered.v1',
  data: { propertyId: 'p-1', name: '操场', kind: 'parcel', use: 'sports_venue', ownerUnitId: 'D-EDU', occupantUnitId: 'D-SCH1' },
};

describe("a property's facts for sharing, from its stream", () => {
  it('is nothing before the property is registered', () => {
    expect(propertyFactsFrom('p-1', [])).toBeNull();
  });

  it('follows corrections of use and changes of occupant', () => {
    const facts = propertyFactsFrom('p-1', [
      registered,
      { type: 'property.corrected.v1', data: { propertyId: 'p-1', changes: { use: 'office' }, reason: '实为办公用房' } },
      { type: 'property.occupancy-changed.v1', data: { propertyId: 'p-1', fromUnitId: 'D-SCH1', toUnitId: 'D-SCH2' } },
      { type: 'property.status-changed.v1', data: { propertyId: 'p-1', from: 'in_use', to: 'idle' } },
    ]);
    expect(facts).toEqual({
      propertyId: 'p-1',
      name: '操场',
      kind: 'parcel',
      use: 'office',
      ownerUnitId: 'D-EDU',
      occupantUnitId: 'D-SCH2',
    });
  });
});
