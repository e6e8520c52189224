import { AuditOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

/** 主管部门 (its asset manager) and 财政 approvers. */
export const approvalPages = definePages([
  {
    path: '/approvals',
    title: { 'zh-CN': '待审批', 'en-US': 'Approvals' },
    roles: ['finance_approver', 'asset_manager'],
    menu: { icon: <AuditOutlined />, tab: true },
    home: true,
    load: () => import('./inbox/InboxPage'),
  },
]);
