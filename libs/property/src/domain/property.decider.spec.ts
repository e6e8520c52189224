import { SYSTEM_ACTOR } from '@app/shared';
import { deciderSpec } from '@app/shared/testing/decider-spec';
import {
  administrator,
  auditor,
  buildingId,
  buildingRegistered,
  eduManager,
  floorId,
  floorRegistered,
  healthManager,
  registerRoom,
  roomId,
  schoolRegistered,
  TODAY,
} from '../testing/property-fixtures';
import { PROPERTY_OFFICE_RULE } from './property.constants';
import { PropertyCommand } from './property.commands';
import { propertyDecider } from './property.decider';
import { PropertyEvent, PropertyRegistered, propertyIdFor } from './property.events';

const spec = deciderSpec(propertyDecider);

const roomRegistered: PropertyRegistered = {
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
    use: 'office',
    ownerUnitId: 'D-EDU',
    occupantUnitId: null,
    occupiedSince: null,
    status: 'idle',
    assetId: null,
  },
};

const on = (propertyId: string) => ({ actor: eduManager, today: TODAY, propertyId });

describe('registering a property', () => {
  it('registers a room on a floor for the asset manager’s own unit', () => {
    spec.given([]).when(registerRoom()).then([roomRegistered]);
  });

  it('stores GCJ-02 coordinates as WGS-84 and keeps what was entered', () => {
    // wandergis/coordtransform: WGS-84 (116.404, 39.915) is GCJ-02 (116.41024449916938, 39.91640428150164).
    const entered = { lng: 116.41024449916938, lat: 39.91640428150164, system: 'GCJ02' as const };
    spec
      .given([])
      .when(registerRoom({ location: entered }))
      .then([{ ...roomRegistered, data: { ...roomRegistered.data, location: { lng: 116.404, lat: 39.915 }, enteredLocation: entered } }]);
  });

  it('stores WGS-84 coordinates rounded to six decimals', () => {
    const entered = { lng: 114.13161149, lat: 22.5483091, system: 'WGS84' as const };
    spec
      .given([])
      .when(registerRoom({ location: entered }))
      .then([
        { ...roomRegistered, data: { ...roomRegistered.data, location: { lng: 114.131611, lat: 22.548309 }, enteredLocation: entered } },
      ]);
  });

  it('registers a 物业编号 once', () => {
    spec.given([roomRegistered]).when(registerRoom()).thenError('PROPERTY_ALREADY_REGISTERED');
  });

  it('lets an asset manager register for their own unit only; an administrator for any named unit', () => {
    spec
      .given([])
      .when(registerRoom({ ownerUnitId: 'D-HEALTH' }))
      .thenError('PROPERTY_NOT_YOUR_UNIT');
    spec
      .given([])
      .when(registerRoom({ actor: auditor }))
      .thenError('PROPERTY_NOT_YOUR_UNIT');
    spec
      .given([])
      .when(registerRoom({ actor: administrator }))
      .thenError('INVALID_PROPERTY_FIELD', { field: 'ownerUnitId' });
    spec
      .given([])
      .when(registerRoom({ actor: administrator, ownerUnitId: 'D-HEALTH' }))
      .then([{ ...roomRegistered, data: { ...roomRegistered.data, ownerUnitId: 'D-HEALTH' } }]);
  });

  it('nests parcel → building → floor → room: a room needs a registered floor or building above it', () => {
    spec
      .given([])
      .when(registerRoom({ parentId: null, parent: null }))
      .thenError('PROPERTY_PARENT_INVALID', { field: 'parentId' });
    spec
      .given([])
      .when(registerRoom({ parent: null }))
      .thenError('PROPERTY_PARENT_INVALID', { parentId: floorId });
    spec
      .given([])
      .when(
        registerRoom({
          parentId: schoolRegistered.data.propertyId,
          parent: { propertyId: schoolRegistered.data.propertyId, kind: 'parcel', use: 'school', ownerUnitId: 'D-EDU' },
        }),
      )
      .thenError('PROPERTY_PARENT_INVALID', { parentKind: 'parcel' });
    spec
      .given([])
      .when(
        registerRoom({ parentId: buildingId, parent: { propertyId: buildingId, kind: 'building', use: 'office', ownerUnitId: 'D-EDU' } }),
      )
      .then([{ ...roomRegistered, data: { ...roomRegistered.data, parentId: buildingId } }]);
  });

  it('puts a parcel at the top: it has no parent', () => {
    spec
      .given([])
      .when(
        registerRoom({
          propertyId: propertyIdFor('LH-P-1'),
          propertyNo: 'LH-P-1',
          propertyKind: 'parcel',
          address: '罗湖区某路',
          parentId: buildingId,
          parent: { propertyId: buildingId, kind: 'building', use: 'office', ownerUnitId: 'D-EDU' },
        }),
      )
      .thenError('PROPERTY_PARENT_INVALID');
  });

  it('refuses areas that are not positive, have more than two decimals, or a 使用面积 above the 建筑面积', () => {
    spec
      .given([])
      .when(registerRoom({ grossAreaSqm: 0 }))
      .thenError('INVALID_PROPERTY_FIELD', { field: 'grossAreaSqm' });
    spec
      .given([])
      .when(registerRoom({ grossAreaSqm: 85.555 }))
      .thenError('INVALID_PROPERTY_FIELD', { field: 'grossAreaSqm' });
    spec
      .given([])
      .when(registerRoom({ usableAreaSqm: 90 }))
      .thenError('INVALID_PROPERTY_FIELD', { field: 'usableAreaSqm' });
  });

  it('refuses an idle (闲置) property registered with an occupant', () => {
    spec
      .given([])
      .when(registerRoom({ occupantUnitId: 'D-EDU', status: 'idle' }))
      .thenError('INVALID_PROPERTY_FIELD', { field: 'status' });
  });

  it('refuses coordinates off the globe, an unknown use and a date after today', () => {
    spec
      .given([])
      .when(registerRoom({ location: { lng: 214, lat: 22.5, system: 'WGS84' } }))
      .thenError('INVALID_PROPERTY_FIELD', { field: 'location.lng' });
    spec
      .given([])
      .when(registerRoom({ use: 'casino' as never }))
      .thenError('INVALID_PROPERTY_FIELD', { field: 'use' });
    spec
      .given([])
      .when(registerRoom({ occupantUnitId: 'D-EDU', occupiedSince: '2026-12-01' }))
      .thenError('INVALID_PROPERTY_FIELD', { field: 'occupiedSince' });
  });

  it('dates an occupancy from today when no date is given', () => {
    spec
      .given([])
      .when(registerRoom({ occupantUnitId: 'D-EDU', status: 'in_use' }))
      .then([{ ...roomRegistered, data: { ...roomRegistered.data, occupantUnitId: 'D-EDU', occupiedSince: TODAY, status: 'in_use' } }]);
  });

  it('refuses to register office space as leased, naming the rule', () => {
    spec
      .given([])
      .when(registerRoom({ status: 'leased' }))
      .thenError('OFFICE_SPACE_NOT_LENDABLE', { rule: PROPERTY_OFFICE_RULE });
  });

  it('links only a 房屋和构筑物 card on the owner’s books', () => {
    const assetId = '0b6c8f7e-3d1a-4c2b-9e8f-1a2b3c4d5e6f';
    spec
      .given([])
      .when(registerRoom({ assetId, asset: { assetId, categoryCode: 'A02010104', departmentId: 'D-EDU' } }))
      .thenError('PROPERTY_ASSET_CARD_INVALID', { categoryCode: 'A02010104' });
    spec
      .given([])
      .when(registerRoom({ assetId, asset: null }))
      .thenError('PROPERTY_ASSET_CARD_INVALID');
    spec
      .given([])
      .when(registerRoom({ assetId, asset: { assetId, categoryCode: 'A01010100', departmentId: 'D-EDU' } }))
      .then([{ ...roomRegistered, data: { ...roomRegistered.data, assetId } }]);
  });
});

describe('correcting a property', () => {
  const correct = (changes: Partial<Extract<PropertyCommand, { kind: 'CorrectProperty' }>>): PropertyCommand => ({
    kind: 'CorrectProperty',
    ...on(roomId),
    reason: '面积测绘更正',
    ...changes,
  });

  it('records only what changed, with the reason', () => {
    spec
      .given([roomRegistered])
      .when(correct({ name: '301 会议室', grossAreaSqm: 86 }))
      .then([{ type: 'property.corrected.v1', data: { propertyId: roomId, changes: { grossAreaSqm: 86 }, reason: '面积测绘更正' } }]);
  });

  it('converts corrected GCJ-02 coordinates too', () => {
    const entered = { lng: 116.41024449916938, lat: 39.91640428150164, system: 'GCJ02' as const };
    spec
      .given([roomRegistered])
      .when(correct({ location: entered }))
      .then([
        {
          type: 'property.corrected.v1',
          data: {
            propertyId: roomId,
            changes: { location: { lng: 116.404, lat: 39.915 }, enteredLocation: entered },
            reason: '面积测绘更正',
          },
        },
      ]);
  });

  it('refuses a correction that changes nothing, one without a reason, and one by another unit', () => {
    spec
      .given([roomRegistered])
      .when(correct({ name: '301 会议室' }))
      .thenError('PROPERTY_NOTHING_TO_CORRECT');
    spec
      .given([roomRegistered])
      .when(correct({ name: '302', reason: ' ' }))
      .thenError('INVALID_PROPERTY_FIELD', { field: 'reason' });
    spec
      .given([roomRegistered])
      .when(correct({ name: '302', actor: healthManager }))
      .thenError('PROPERTY_NOT_YOUR_UNIT');
    spec
      .given([])
      .when(correct({ name: '302' }))
      .thenError('PROPERTY_NOT_FOUND');
  });

  it("places a unit's property only under its own buildings; an administrator may place it under another unit's", () => {
    const theirBuilding = { propertyId: buildingId, kind: 'building' as const, use: 'business' as const, ownerUnitId: 'D-HEALTH' };
    spec
      .given([])
      .when(registerRoom({ parentId: buildingId, parent: theirBuilding }))
      .thenError('PROPERTY_NOT_YOUR_UNIT', { field: 'parentId', ownerUnitId: 'D-HEALTH' });
    spec
      .given([])
      .when(registerRoom({ actor: administrator, ownerUnitId: 'D-EDU', parentId: buildingId, parent: theirBuilding }))
      .then([{ ...roomRegistered, data: { ...roomRegistered.data, parentId: buildingId, use: 'office' } }]);
    spec
      .given([roomRegistered])
      .when(correct({ parentId: buildingId, parent: theirBuilding }))
      .thenError('PROPERTY_NOT_YOUR_UNIT', { field: 'parentId' });
  });

  it('moves a room to another floor or building only if that parent is registered and may hold it', () => {
    spec
      .given([roomRegistered])
      .when(correct({ parentId: buildingId, parent: { propertyId: buildingId, kind: 'building', use: 'office', ownerUnitId: 'D-EDU' } }))
      .then([{ type: 'property.corrected.v1', data: { propertyId: roomId, changes: { parentId: buildingId }, reason: '面积测绘更正' } }]);
    spec
      .given([roomRegistered])
      .when(correct({ parentId: buildingId, parent: null }))
      .thenError('PROPERTY_PARENT_INVALID');
    spec
      .given([roomRegistered])
      .when(correct({ parentId: null }))
      .thenError('PROPERTY_PARENT_INVALID');
  });

  it('does not call a leased property office space', () => {
    const leased: PropertyEvent = {
      type: 'property.status-changed.v1',
      data: { propertyId: roomId, from: 'idle', to: 'leased', reason: '出租' },
    };
    const business: PropertyRegistered = { ...roomRegistered, data: { ...roomRegistered.data, use: 'business' } };
    spec
      .given([business, leased])
      .when(correct({ use: 'office' }))
      .thenError('OFFICE_SPACE_NOT_LENDABLE');
  });
});

describe('changing a property’s status', () => {
  const change = (to: string, actor = eduManager): PropertyCommand => ({
    kind: 'ChangePropertyStatus',
    ...on(roomId),
    actor,
    to: to as never,
    reason: '年度清查',
  });

  it('records the move from one status to another', () => {
    spec
      .given([roomRegistered])
      .when(change('in_use'))
      .then([{ type: 'property.status-changed.v1', data: { propertyId: roomId, from: 'idle', to: 'in_use', reason: '年度清查' } }]);
  });

  it('refuses the status it already has', () => {
    spec.given([roomRegistered]).when(change('idle')).thenError('PROPERTY_STATUS_UNCHANGED');
  });

  it('never lets office space be leased or lent (《机关事务管理条例》第二十三条)', () => {
    spec.given([roomRegistered]).when(change('leased')).thenError('OFFICE_SPACE_NOT_LENDABLE', { rule: PROPERTY_OFFICE_RULE });
  });

  it('lets business space be leased', () => {
    const business: PropertyRegistered = { ...roomRegistered, data: { ...roomRegistered.data, use: 'business' } };
    spec
      .given([business])
      .when(change('leased'))
      .then([{ type: 'property.status-changed.v1', data: { propertyId: roomId, from: 'idle', to: 'leased', reason: '年度清查' } }]);
  });

  it('is done by the owner’s asset manager or an administrator', () => {
    spec.given([roomRegistered]).when(change('in_use', healthManager)).thenError('PROPERTY_NOT_YOUR_UNIT');
    spec
      .given([roomRegistered])
      .when(change('in_use', administrator))
      .then([{ type: 'property.status-changed.v1', data: { propertyId: roomId, from: 'idle', to: 'in_use', reason: '年度清查' } }]);
  });
});

describe('changing who occupies a property', () => {
  const allocationId = '5f0a3c2e-8b7d-4e6f-9a1b-2c3d4e5f6a7b';
  const occupy = (overrides: Partial<Extract<PropertyCommand, { kind: 'ChangeOccupancy' }>> = {}): PropertyCommand => ({
    kind: 'ChangeOccupancy',
    ...on(buildingId),
    toUnitId: 'D-HEALTH',
    since: '2026-11-20',
    reason: '调配交接',
    allocationId: null,
    ...overrides,
  });

  it('records the unit leaving and the unit arriving', () => {
    spec
      .given([buildingRegistered])
      .when(occupy())
      .then([
        {
          type: 'property.occupancy-changed.v1',
          data: {
            propertyId: buildingId,
            fromUnitId: 'D-EDU',
            toUnitId: 'D-HEALTH',
            since: '2026-11-20',
            reason: '调配交接',
            allocationId: null,
          },
        },
      ]);
  });

  const handover = (overrides: Partial<Extract<PropertyCommand, { kind: 'ChangeOccupancy' }>> = {}) =>
    occupy({ ...on(roomId), actor: SYSTEM_ACTOR, allocationId, toUnitId: 'D-HEALTH', ...overrides });
  const movedIn = (id = allocationId, toUnitId = 'D-HEALTH'): PropertyEvent => ({
    type: 'property.occupancy-changed.v1',
    data: { propertyId: roomId, fromUnitId: null, toUnitId, since: '2026-11-20', reason: '调配交接', allocationId: id },
  });
  const nowInUse: PropertyEvent = {
    type: 'property.status-changed.v1',
    data: { propertyId: roomId, from: 'idle', to: 'in_use', reason: '有单位入驻使用，转为在用' },
  };

  it('accepts an allocation’s handover carried out by the system into a vacant property, which is in use from then on', () => {
    spec.given([roomRegistered]).when(handover()).then([movedIn(), nowInUse]);
    spec
      .given([roomRegistered])
      .when(handover({ allocationId: null }))
      .thenError('PROPERTY_NOT_YOUR_UNIT');
  });

  it('lets only the first of two allocations of one property move in; the second finds it not vacant', () => {
    const other = '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    spec
      .given([roomRegistered, movedIn(), nowInUse])
      .when(handover({ allocationId: other, toUnitId: 'D-POLICE' }))
      .thenError('PROPERTY_NOT_VACANT', { occupantUnitId: 'D-HEALTH' });
  });

  it('refuses an allocation’s handover into a property occupied or no longer idle, even by the receiving unit itself', () => {
    spec
      .given([buildingRegistered])
      .when(handover({ ...on(buildingId), actor: SYSTEM_ACTOR }))
      .thenError('PROPERTY_NOT_VACANT');
    const leased: PropertyEvent = {
      type: 'property.status-changed.v1',
      data: { propertyId: roomId, from: 'idle', to: 'leased', reason: '出租' },
    };
    const business: PropertyRegistered = { ...roomRegistered, data: { ...roomRegistered.data, use: 'business' } };
    spec.given([business, leased]).when(handover()).thenError('PROPERTY_NOT_VACANT', { status: 'leased' });
    const direct: PropertyEvent = {
      type: 'property.occupancy-changed.v1',
      data: { propertyId: roomId, fromUnitId: null, toUnitId: 'D-HEALTH', since: '2026-11-20', reason: '借用', allocationId: null },
    };
    spec.given([roomRegistered, direct, nowInUse]).when(handover()).thenError('PROPERTY_NOT_VACANT');
  });

  it('finds the handover already recorded when the same allocation sends it again, and writes nothing', () => {
    spec.given([roomRegistered, movedIn(), nowInUse]).when(handover()).then([]);
  });

  it('refuses an allocation link sent by anyone but the system, whoever may otherwise change occupancy', () => {
    for (const actor of [eduManager, administrator])
      spec.given([buildingRegistered]).when(occupy({ actor, allocationId })).thenError('INVALID_PROPERTY_FIELD', { field: 'allocationId' });
  });

  it('refuses the same occupant, a date before the current occupancy began, and a date after today', () => {
    spec
      .given([buildingRegistered])
      .when(occupy({ toUnitId: 'D-EDU' }))
      .thenError('PROPERTY_OCCUPANCY_UNCHANGED');
    spec
      .given([buildingRegistered])
      .when(occupy({ since: '2014-01-01' }))
      .thenError('INVALID_PROPERTY_FIELD', { field: 'since' });
    spec
      .given([buildingRegistered])
      .when(occupy({ since: '2026-11-30' }))
      .thenError('INVALID_PROPERTY_FIELD', { field: 'since' });
  });

  it('vacates a property, which is idle from then on', () => {
    spec
      .given([buildingRegistered])
      .when(occupy({ toUnitId: null, reason: '搬离' }))
      .then([
        {
          type: 'property.occupancy-changed.v1',
          data: { propertyId: buildingId, fromUnitId: 'D-EDU', toUnitId: null, since: '2026-11-20', reason: '搬离', allocationId: null },
        },
        {
          type: 'property.status-changed.v1',
          data: { propertyId: buildingId, from: 'in_use', to: 'idle', reason: '使用单位已腾退，转为闲置' },
        },
      ]);
  });
});

describe('assessing sharing eligibility (应开尽开)', () => {
  const schoolId = schoolRegistered.data.propertyId;
  const assess = (overrides: Partial<Extract<PropertyCommand, { kind: 'AssessSharingEligibility' }>> = {}): PropertyCommand => ({
    kind: 'AssessSharingEligibility',
    ...on(schoolId),
    eligible: true,
    reason: '操场可错峰开放',
    ancestorUses: [],
    ...overrides,
  });

  it('marks a school eligible or not, with the reason', () => {
    spec
      .given([schoolRegistered])
      .when(assess())
      .then([
        { type: 'property.sharing-eligibility-assessed.v1', data: { propertyId: schoolId, eligible: true, reason: '操场可错峰开放' } },
      ]);
  });

  it('covers a room of a school through the school', () => {
    const gym: PropertyRegistered = {
      ...roomRegistered,
      data: { ...roomRegistered.data, use: 'other', parentId: floorId },
    };
    spec
      .given([gym])
      .when(assess({ propertyId: roomId, eligible: false, reason: '教学用房', ancestorUses: ['school', 'school'] }))
      .then([{ type: 'property.sharing-eligibility-assessed.v1', data: { propertyId: roomId, eligible: false, reason: '教学用房' } }]);
  });

  it('never opens office space, naming the rule', () => {
    spec
      .given([buildingRegistered])
      .when(assess({ propertyId: buildingId }))
      .thenError('OFFICE_SPACE_NOT_LENDABLE', { rule: PROPERTY_OFFICE_RULE });
  });

  it('refuses uses the survey does not cover', () => {
    spec
      .given([{ ...floorRegistered, data: { ...floorRegistered.data, use: 'business' } }])
      .when(assess({ propertyId: floorId, eligible: false }))
      .thenError('SHARING_ELIGIBILITY_NOT_APPLICABLE');
  });
});
