import { Actor } from '@app/shared';
import { AssetCardFields, AssetRegistered } from '../domain/asset.events';
import { AssetListed, ClaimMode } from '../domain/reallocation.events';

export const actor = (userId: string, role: Actor['role'], departmentId: string | null): Actor => ({
  userId,
  role,
  departmentId,
  displayName: userId,
});

export const schoolManager = actor('mgr-sch1', 'asset_manager', 'D-SCH1');
export const otherSchoolStaff = actor('staff-sch2', 'department_staff', 'D-SCH2');
export const otherSchoolManager = actor('mgr-sch2', 'asset_manager', 'D-SCH2');
export const hospitalStaff = actor('staff-hosp1', 'department_staff', 'D-HOSP1');
export const hospitalManager = actor('mgr-hosp1', 'asset_manager', 'D-HOSP1');
export const educationManager = actor('mgr-edu', 'asset_manager', 'D-EDU');
export const financeApprover = actor('fin-approver', 'finance_approver', 'D-FINANCE');

export const projectorCard: AssetCardFields = {
  name: '投影仪',
  categoryCode: 'A02000000',
  custodian: '李四',
  location: '教学楼101',
  acquiredOn: '2022-03-01',
  originalValueFen: 350000,
  quantity: 1,
  unit: '台',
  condition: 'good',
  brand: null,
  specification: null,
  accumulatedDepreciationFen: 100000,
  usage: null,
};

export const registeredProjector: AssetRegistered = {
  type: 'asset.registered.v1',
  data: { assetId: 'a-1', assetNo: 'SCH1-1', departmentId: 'D-SCH1', ...projectorCard },
};

export const listedProjector = (claimMode: ClaimMode = 'manager_picks', internalUntil: string | null = null): AssetListed => ({
  type: 'asset.listed.v1',
  data: {
    assetId: 'a-1',
    listingId: 'l-1',
    asset: {
      assetNo: 'SCH1-1',
      name: '投影仪',
      categoryCode: 'A02000000',
      departmentId: 'D-SCH1',
      ownerSupervisorId: 'D-EDU',
      quantity: 1,
      unit: '台',
      originalValueFen: 350000,
      netBookValueFen: 250000,
    },
    description: '九成新，带遥控器',
    condition: 'good',
    photos: [],
    pickupLocation: '实验小学门卫室',
    claimMode,
    internalUntil,
    advertiseUntil: '2026-12-31T16:00:00.000Z',
    listedBy: 'mgr-sch1',
  },
});

export const NOW = '2026-11-23T02:00:00.000Z';
