import type { Actor } from '@app/shared';
import type { RegisterProperty } from '../domain/property.commands';
import { PropertyRegistered, propertyIdFor } from '../domain/property.events';

export const eduManager: Actor = { userId: 'u-edu-am', role: 'asset_manager', departmentId: 'D-EDU', displayName: '教育局资产管理员' };
export const healthManager: Actor = { userId: 'u-hl-am', role: 'asset_manager', departmentId: 'D-HEALTH', displayName: '卫健局资产管理员' };
export const administrator: Actor = { userId: 'u-admin', role: 'system_admin', departmentId: null, displayName: '系统管理员' };
export const auditor: Actor = { userId: 'u-aud', role: 'auditor', departmentId: 'D-AUDIT', displayName: '审计员' };

export const TODAY = '2026-11-29';
export const buildingId = propertyIdFor('LH-B-001');
export const floorId = propertyIdFor('LH-B-001-F3');
export const roomId = propertyIdFor('LH-B-001-F3-301');

export const buildingRegistered: PropertyRegistered = {
  type: 'property.registered.v1',
  data: {
    propertyId: buildingId,
    propertyNo: 'LH-B-001',
    kind: 'building',
    parentId: null,
    name: '教育局办公楼',
    address: '深圳市罗湖区文锦中路1008号',
    location: { lng: 114.131611, lat: 22.548309 },
    enteredLocation: { lng: 114.131611, lat: 22.548309, system: 'WGS84' },
    grossAreaSqm: 8600.5,
    usableAreaSqm: 6200,
    use: 'office',
    ownerUnitId: 'D-EDU',
    occupantUnitId: 'D-EDU',
    occupiedSince: '2015-03-01',
    status: 'in_use',
    assetId: null,
  },
};

export const floorRegistered: PropertyRegistered = {
  type: 'property.registered.v1',
  data: {
    ...buildingRegistered.data,
    propertyId: floorId,
    propertyNo: 'LH-B-001-F3',
    kind: 'floor',
    parentId: buildingId,
    name: '三层',
    address: '',
    grossAreaSqm: 900,
    usableAreaSqm: null,
  },
};

export const schoolRegistered: PropertyRegistered = {
  type: 'property.registered.v1',
  data: {
    ...buildingRegistered.data,
    propertyId: propertyIdFor('LH-S-007'),
    propertyNo: 'LH-S-007',
    kind: 'parcel',
    name: '翠竹小学',
    address: '深圳市罗湖区翠竹路2001号',
    use: 'school',
    grossAreaSqm: 12000,
    usableAreaSqm: null,
  },
};

/** A room on the building's third floor, as an asset manager of 教育局 registers it. */
export const registerRoom = (overrides: Partial<RegisterProperty> = {}): RegisterProperty => ({
  kind: 'RegisterProperty',
  actor: eduManager,
  today: TODAY,
  propertyId: roomId,
  propertyNo: 'LH-B-001-F3-301',
  propertyKind: 'room',
  parentId: floorId,
  parent: { propertyId: floorId, kind: 'floor', use: 'office' },
  name: '301 会议室',
  address: '',
  location: null,
  grossAreaSqm: 85.5,
  usableAreaSqm: 70,
  use: 'office',
  ownerUnitId: null,
  occupantUnitId: null,
  occupiedSince: null,
  status: 'idle',
  assetId: null,
  asset: null,
  ...overrides,
});
