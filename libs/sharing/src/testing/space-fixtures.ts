import { Actor } from '@app/shared';
import { Schedule } from '../domain/schedule';
import { SpacePublished } from '../domain/sharing.events';

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

export const lotPublished: SpacePublished = {
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
