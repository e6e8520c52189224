import { Actor } from '@app/shared';
import { AllocationStarted } from '../../allocation/domain/allocation.events';
import { AllocatableProperty } from '../../allocation/domain/allocation.decider';
import { SpaceNeedPosted } from '../domain/space-need.events';
import { evolveSpaceNeed, initialSpaceNeedState, PostedNeed } from '../domain/space-need.state';

export const NOW = '2026-11-23T02:00:00.000Z';

export const actor = (userId: string, role: Actor['role'], departmentId: string | null): Actor => ({
  userId,
  role,
  departmentId,
  displayName: userId,
});
/** Demo tree: D-SCH1 and D-SCH2 under 区教育局 (D-EDU), D-HOSP1 under 区卫健委 (D-HEALTH), all in R-DEMO. */
export const hospitalManager = actor('mgr-hosp1', 'asset_manager', 'D-HOSP1');
export const hospitalDeputy = actor('mgr2-hosp1', 'asset_manager', 'D-HOSP1');
export const schoolManager = actor('mgr-sch1', 'asset_manager', 'D-SCH1');
export const educationManager = actor('mgr-edu', 'asset_manager', 'D-EDU');
export const healthManager = actor('mgr-health', 'asset_manager', 'D-HEALTH');
export const financeApprover = actor('fin-approver', 'finance_approver', 'D-FINANCE');

/** The hospital needs 100–150 m² of office space within 2 km of a point in 深圳罗湖 (WGS-84), from 2026-12-01 for two years. */
export const posted = (over: Partial<SpaceNeedPosted['data']> = {}): SpaceNeedPosted => ({
  type: 'space-need.posted.v1',
  data: {
    needId: 'n-1',
    departmentId: 'D-HOSP1',
    title: '医务科办公用房',
    use: 'office',
    minAreaSqm: 100,
    maxAreaSqm: 150,
    location: { lng: 114.131, lat: 22.548 },
    enteredLocation: { lng: 114.131, lat: 22.548, system: 'WGS84' },
    radiusM: 2000,
    districtId: null,
    neededFrom: '2026-12-01',
    durationMonths: 24,
    purpose: '医务科扩编后办公',
    postedBy: 'mgr-hosp1',
    ...over,
  },
});

export const openNeed = (over: Partial<SpaceNeedPosted['data']> = {}): PostedNeed =>
  evolveSpaceNeed(initialSpaceNeedState(), posted(over)) as PostedNeed;

/** An idle office room of the second middle school (D-SCH2), 120 m². */
export const vacantRoom = (over: Partial<AllocatableProperty> = {}): AllocatableProperty => ({
  propertyId: 'p-1',
  propertyNo: 'LH-0001-0301',
  name: '行政楼 301',
  kind: 'room',
  use: 'office',
  status: 'idle',
  grossAreaSqm: 120,
  ownerUnitId: 'D-SCH2',
  occupantUnitId: null,
  ...over,
});

export const started = (over: Partial<AllocationStarted['data']> = {}): AllocationStarted => ({
  type: 'space-allocation.started.v1',
  data: {
    allocationId: 'al-1',
    needId: 'n-1',
    needTitle: '医务科办公用房',
    property: {
      propertyId: 'p-1',
      propertyNo: 'LH-0001-0301',
      name: '行政楼 301',
      kind: 'room',
      use: 'office',
      grossAreaSqm: 120,
      ownerUnitId: 'D-SCH2',
    },
    fromUnitId: 'D-SCH2',
    toDepartmentId: 'D-HOSP1',
    steps: [
      { kind: 'supervisor_review', approverDepartmentId: 'D-EDU' },
      { kind: 'finance_approval', approverDepartmentId: null },
    ],
    crossesSupervisors: true,
    policyVersion: null,
    valueFen: 0,
    requestedBy: 'mgr-hosp1',
    ...over,
  },
});
