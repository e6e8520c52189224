import { SolutionOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

/** 财政 pages beyond the approvals inbox: the district's approval policy (auditors read it too). */
export const financePages = definePages([
  {
    path: '/finance/approval-policy',
    title: { 'zh-CN': '审批规则', 'en-US': 'Approval policy' },
    roles: ['finance_approver', 'auditor'],
    menu: { icon: <SolutionOutlined /> },
    load: () => import('./approval-policy/ApprovalPolicyPage'),
  },
]);
