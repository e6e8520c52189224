import { Actor } from '@app/shared';

/** Seeded people, one per role, for the embedded demo and the tests. */
export const DEMO_USERS: readonly Actor[] = [
  { userId: 'mgr-edu', role: 'asset_manager', departmentId: 'D-EDU', displayName: '区教育局 资产管理员' },
  { userId: 'reviewer-edu', role: 'asset_manager', departmentId: 'D-EDU', displayName: '区教育局 资产审核员' },
  { userId: 'staff-edu', role: 'department_staff', departmentId: 'D-EDU', displayName: '区教育局 工作人员' },
  { userId: 'mgr-health', role: 'asset_manager', departmentId: 'D-HEALTH', displayName: '区卫健委 资产管理员' },
  { userId: 'staff-health', role: 'department_staff', departmentId: 'D-HEALTH', displayName: '区卫健委 工作人员' },
  { userId: 'mgr-sch1', role: 'asset_manager', departmentId: 'D-SCH1', displayName: '区实验小学 资产管理员' },
  { userId: 'staff-sch1', role: 'department_staff', departmentId: 'D-SCH1', displayName: '区实验小学 工作人员' },
  { userId: 'mgr-sch2', role: 'asset_manager', departmentId: 'D-SCH2', displayName: '区第二中学 资产管理员' },
  { userId: 'mgr-hosp1', role: 'asset_manager', departmentId: 'D-HOSP1', displayName: '区人民医院 资产管理员' },
  { userId: 'staff-hosp1', role: 'department_staff', departmentId: 'D-HOSP1', displayName: '区人民医院 工作人员' },
  { userId: 'fin-approver', role: 'finance_approver', departmentId: 'D-FINANCE', displayName: '区财政局 审批人' },
  { userId: 'auditor', role: 'auditor', departmentId: 'D-AUDIT', displayName: '区审计局 审计员' },
  { userId: 'admin', role: 'system_admin', departmentId: 'C-DEMO', displayName: '示例市 系统管理员' },
  { userId: 'resident-1', role: 'resident', departmentId: null, displayName: '居民 一号' },
  { userId: 'resident-2', role: 'resident', departmentId: null, displayName: '居民 二号' },
];
