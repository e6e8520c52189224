import { deciderSpec } from '@app/shared/testing/decider-spec';
import { administrator, buildingId, eduManager, floorId, healthManager, roomId, TODAY } from '../testing/property-fixtures';
import { PROPERTY_OFFICE_RULE } from './property.constants';
import { PropertyCommand, PropertyFacts } from './property.commands';
import { propertyDecider } from './property.decider';
import { PropertyEvent, PropertyRegistered } from './property.events';

const spec = deciderSpec(propertyDecider);
const spaceId = '5b0c2f3e-8d41-4a7b-9c2e-1f6a3d9e7b10';
const otherSpaceId = '0a4e6c8b-2d1f-4e3a-8b5c-7d9e1f2a3b4c';

/** A 业务用房 meeting room of the education bureau, on a floor of a business building. */
const businessRoom: PropertyRegistered = {
  type: 'property.registered.v1',
  data: {
    propertyId: roomId,
    propertyNo: 'LH-B-001-F3-301',
    kind: 'room',
    parentId: floorId,
    name: '301 会议室',
    address: '',
    location: null,
    enteredLocation: null,
    grossAreaSqm: 85.5,
    usableAreaSqm: 70,
    use: 'business',
    ownerUnitId: 'D-EDU',
    occupantUnitId: null,
    occupiedSince: null,
    status: 'in_use',
    assetId: null,
  },
};
const businessFloor: PropertyFacts = { propertyId: floorId, kind: 'floor', use: 'business', ownerUnitId: 'D-EDU' };
const businessBuilding: PropertyFacts = { propertyId: buildingId, kind: 'building', use: 'business', ownerUnitId: 'D-EDU' };
const tied: PropertyEvent = { type: 'property.shared-space-tied.v1', data: { propertyId: roomId, spaceId } };

const tie = (overrides: Partial<Extract<PropertyCommand, { kind: 'TieSharedSpace' }>> = {}): PropertyCommand => ({
  kind: 'TieSharedSpace',
  actor: eduManager,
  today: TODAY,
  propertyId: roomId,
  spaceId,
  ancestors: [businessFloor, businessBuilding],
  ...overrides,
});
const toOffice: PropertyCommand = {
  kind: 'CorrectProperty',
  actor: eduManager,
  today: TODAY,
  propertyId: roomId,
  use: 'office',
  reason: '登记有误，实为办公用房',
};

describe('shared spaces on a property and the office rule', () => {
  it('ties a space to a business room, once: a retried tie records nothing', () => {
    spec.given([businessRoom]).when(tie()).then([tied]);
    spec.given([businessRoom, tied]).when(tie()).then([]);
  });

  it('refuses to tie a space to office space, naming the rule', () => {
    spec
      .given([
        businessRoom,
        { type: 'property.corrected.v1', data: { propertyId: roomId, changes: { use: 'office' }, reason: '改为办公' } },
      ])
      .when(tie())
      .thenError('OFFICE_SPACE_NOT_LENDABLE', { rule: PROPERTY_OFFICE_RULE });
  });

  it('refuses a room whose floor or building is office space, whatever the room says; a parcel’s use does not carry down', () => {
    spec
      .given([businessRoom])
      .when(tie({ ancestors: [businessFloor, { ...businessBuilding, use: 'office' }] }))
      .thenError('OFFICE_SPACE_NOT_LENDABLE', { rule: PROPERTY_OFFICE_RULE, officePropertyId: buildingId });
    spec
      .given([businessRoom])
      .when(tie({ ancestors: [{ ...businessFloor, use: 'office' }, businessBuilding] }))
      .thenError('OFFICE_SPACE_NOT_LENDABLE', { officePropertyId: floorId });
    const compound: PropertyFacts = {
      propertyId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      kind: 'parcel',
      use: 'office',
      ownerUnitId: 'D-EDU',
    };
    spec
      .given([businessRoom])
      .when(tie({ ancestors: [businessFloor, businessBuilding, compound] }))
      .then([tied]);
  });

  it('lets only the owner, the occupant or an administrator tie a space', () => {
    spec
      .given([businessRoom])
      .when(tie({ actor: healthManager }))
      .thenError('PROPERTY_NOT_YOUR_UNIT');
    spec
      .given([businessRoom])
      .when(tie({ actor: administrator }))
      .then([tied]);
    spec
      .given([
        businessRoom,
        {
          type: 'property.occupancy-changed.v1',
          data: { propertyId: roomId, fromUnitId: null, toUnitId: 'D-HEALTH', since: TODAY, reason: '借用', allocationId: null },
        },
      ])
      .when(tie({ actor: healthManager }))
      .then([tied]);
    spec.given([]).when(tie()).thenError('PROPERTY_NOT_FOUND');
    spec
      .given([businessRoom])
      .when(tie({ spaceId: 'not-a-uuid' }))
      .thenError('INVALID_PROPERTY_FIELD');
  });

  it('refuses to correct a room to office space while a space is tied to it, and allows it once the space has moved', () => {
    spec
      .given([businessRoom, tied])
      .when(toOffice)
      .thenError('OFFICE_SPACE_NOT_LENDABLE', { rule: PROPERTY_OFFICE_RULE, sharedSpaceIds: [spaceId] });
    const untied: PropertyEvent = { type: 'property.shared-space-untied.v1', data: { propertyId: roomId, spaceId } };
    spec
      .given([businessRoom, tied, untied])
      .when(toOffice)
      .then([
        { type: 'property.corrected.v1', data: { propertyId: roomId, changes: { use: 'office' }, reason: '登记有误，实为办公用房' } },
      ]);
  });

  it('refuses to move a shared room under an office floor', () => {
    const officeFloor: PropertyFacts = {
      propertyId: '3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b',
      kind: 'floor',
      use: 'office',
      ownerUnitId: 'D-EDU',
    };
    spec
      .given([businessRoom, tied])
      .when({ ...toOffice, use: undefined, parentId: officeFloor.propertyId, parent: officeFloor })
      .thenError('OFFICE_SPACE_NOT_LENDABLE', { officePropertyId: officeFloor.propertyId });
  });

  it('unties only a space that is there; untying twice records nothing', () => {
    const untie: PropertyCommand = { kind: 'UntieSharedSpace', actor: eduManager, today: TODAY, propertyId: roomId, spaceId };
    spec
      .given([businessRoom, tied, { type: 'property.shared-space-tied.v1', data: { propertyId: roomId, spaceId: otherSpaceId } }])
      .when(untie)
      .then([{ type: 'property.shared-space-untied.v1', data: { propertyId: roomId, spaceId } }]);
    spec.given([businessRoom]).when(untie).then([]);
  });

  it('refuses to lease a room of an office building, or to find it eligible for opening; a business building’s room may be', () => {
    const officeBuilding: PropertyFacts = { ...businessBuilding, use: 'office' };
    const lease = (ancestors: readonly PropertyFacts[]): PropertyCommand => ({
      kind: 'ChangePropertyStatus',
      actor: eduManager,
      today: TODAY,
      propertyId: roomId,
      to: 'leased',
      reason: '对外出租',
      ancestors,
    });
    spec
      .given([businessRoom])
      .when(lease([businessFloor, officeBuilding]))
      .thenError('OFFICE_SPACE_NOT_LENDABLE', { rule: PROPERTY_OFFICE_RULE, officePropertyId: buildingId });
    spec
      .given([businessRoom])
      .when(lease([businessFloor, businessBuilding]))
      .then([{ type: 'property.status-changed.v1', data: { propertyId: roomId, from: 'in_use', to: 'leased', reason: '对外出租' } }]);
    const parkingRoom: PropertyEvent = { ...businessRoom, data: { ...businessRoom.data, use: 'parking' } };
    const assess = (ancestors: readonly PropertyFacts[]): PropertyCommand => ({
      kind: 'AssessSharingEligibility',
      actor: eduManager,
      today: TODAY,
      propertyId: roomId,
      eligible: true,
      reason: '地下车库可错时开放',
      ancestorUses: ancestors.map((a) => a.use),
      ancestors,
    });
    spec
      .given([parkingRoom])
      .when(assess([businessFloor, officeBuilding]))
      .thenError('OFFICE_SPACE_NOT_LENDABLE', { officePropertyId: buildingId });
    spec
      .given([parkingRoom])
      .when(assess([businessFloor, businessBuilding]))
      .then([
        { type: 'property.sharing-eligibility-assessed.v1', data: { propertyId: roomId, eligible: true, reason: '地下车库可错时开放' } },
      ]);
  });
});
