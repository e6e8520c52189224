import { CalculatorOutlined, FieldTimeOutlined, SolutionOutlined } from '@ant-design/icons';
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
  {
    path: '/finance/depreciation',
    title: { 'zh-CN': '月末计提', 'en-US': 'Depreciation' },
    roles: ['finance_approver', 'system_admin', 'asset_manager', 'auditor'],
    menu: { icon: <CalculatorOutlined /> },
    load: () => import('./depreciation/DepreciationClosePage'),
  },
  {
    path: '/finance/life-tables',
    title: { 'zh-CN': '折旧年限表', 'en-US': 'Useful lives' },
    roles: ['finance_approver', 'system_admin', 'asset_manager', 'auditor'],
    menu: { icon: <FieldTimeOutlined /> },
    load: () => import('./life-tables/LifeTablePage'),
  },
]);
