import { Actor } from '@app/shared';
import { Schedule } from '../domain/schedule';
import { SpacePublished, SpacePublishedV1 } from '../domain/sharing.events';
import { PropertyFacts } from '../domain/space-property';

export const schoolManager: Actor = { userId: 'mgr-sch1', role: 'asset_manager', departmentId: 'D-SCH1', displayName: '学校管理员' };
export const otherManager: Actor = { userId: 'mgr-sch2', role: 'asset_manager', departmentId: 'D-SCH2', displayName: '另一学校管理员' };
export const schoolStaff: Actor = { userId: 'staff-sch1', role: 'department_staff', departmentId: 'D-SCH1', displayName: '学校职员' };

/** Evenings and nights on working days, two places, bookable a week ahead. */
export const eveningSchedule: Schedule = {
  windows: [{ days: 'workdays', start: '18:30', end: '07:30' }],
  slotMinutes: 780,
  capacity: 2,
  horizonDays: 7,
  minNoticeMinutes: 30,
};

/** The school's car park in the property register: a room (场地) on the school's books. */
export const schoolCarPark: PropertyFacts = {
  propertyId: 'p-lot',
  name: '实验小学东门停车场',
  kind: 'room',
  use: 'parking',
  ownerUnitId: 'D-SCH1',
  occupantUnitId: 'D-SCH1',
};

/** As published before spaces were tied to property: no propertyId (read as 未关联物业). */
export const lotPublishedV1: SpacePublishedV1 = {
  type: 'space.published.v1',
  data: {
    spaceId: 's-1',
    name: '实验小学停车场',
    kind: 'parking',
    departmentId: 'D-SCH1',
    location: '实验小学东门',
    audiences: ['residents', 'departments'],
    approval: 'automatic',
    schedule: eveningSchedule,
  },
};

export const lotPublished: SpacePublished = {
  type: 'space.published.v2',
  data: { ...lotPublishedV1.data, propertyId: schoolCarPark.propertyId },
};
