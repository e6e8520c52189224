import { BarChartOutlined, FieldTimeOutlined, FlagOutlined, HomeOutlined, RetweetOutlined, ScheduleOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

/** Managers, finance and auditors read the reports. */
const READERS = ['asset_manager', 'finance_approver', 'auditor'] as const;

/** 报表 pages: each report has its chart, its table beside it, and CSV/XLSX export. */
export const reportPages = definePages([
  {
    path: '/reports/register',
    title: { 'zh-CN': '资产总账', 'en-US': 'Register by category' },
    roles: READERS,
    menu: { icon: <BarChartOutlined /> },
    load: () => import('./register/RegisterReportPage'),
  },
  {
    path: '/reports/idle',
    title: { 'zh-CN': '闲置率', 'en-US': 'Idle rate' },
    roles: READERS,
    menu: { icon: <FieldTimeOutlined /> },
    load: () => import('./idle/IdleReportPage'),
  },
  {
    path: '/reports/reuse',
    title: { 'zh-CN': '盘活与节约', 'en-US': 'Reuse and savings' },
    roles: READERS,
    menu: { icon: <RetweetOutlined /> },
    load: () => import('./reuse/ReuseReportPage'),
  },
  {
    path: '/reports/sharing',
    title: { 'zh-CN': '共享利用率', 'en-US': 'Sharing utilisation' },
    roles: READERS,
    menu: { icon: <ScheduleOutlined /> },
    load: () => import('./sharing/SharingReportPage'),
  },
  {
    path: '/reports/sharing-eligibility',
    title: { 'zh-CN': '应开尽开统计', 'en-US': 'Eligible vs opened venues' },
    roles: READERS,
    menu: { icon: <FlagOutlined /> },
    load: () => import('./eligibility/EligibilityReportPage'),
  },
  {
    path: '/reports/property-vacancy',
    title: { 'zh-CN': '物业空置与使用', 'en-US': 'Property vacancy and use' },
    roles: READERS,
    menu: { icon: <HomeOutlined /> },
    load: () => import('./vacancy/VacancyReportPage'),
  },
]);
