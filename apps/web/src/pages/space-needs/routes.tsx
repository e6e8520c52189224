import { AimOutlined, AuditOutlined, SwapOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

/** 空间使用需求 and 调配: departments post needs and take matches; 主管部门 and 财政 approve; the receiver confirms handover. */
export const spaceNeedPages = definePages([
  {
    path: '/space-needs',
    title: { 'zh-CN': '空间需求', 'en-US': 'Space needs' },
    roles: ['asset_manager', 'department_staff'],
    menu: { icon: <AimOutlined /> },
    load: () => import('./needs/SpaceNeedsPage'),
  },
  {
    path: '/space-needs/:needId/matches',
    title: { 'zh-CN': '匹配结果', 'en-US': 'Matches' },
    roles: ['asset_manager', 'department_staff'],
    parent: '/space-needs',
    load: () => import('./matches/MatchesPage'),
  },
  {
    path: '/space-allocations',
    title: { 'zh-CN': '物业调配', 'en-US': 'Property allocations' },
    roles: ['asset_manager', 'department_staff'],
    menu: { icon: <SwapOutlined /> },
    load: () => import('./allocations/AllocationsPage'),
  },
  {
    path: '/space-allocations/approvals',
    title: { 'zh-CN': '调配审批', 'en-US': 'Allocation approvals' },
    roles: ['asset_manager', 'finance_approver'],
    menu: { icon: <AuditOutlined /> },
    load: () => import('./approvals/AllocationApprovalsPage'),
  },
]);
