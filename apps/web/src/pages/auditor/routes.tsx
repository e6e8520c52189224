import { AuditOutlined, CloudDownloadOutlined, FieldTimeOutlined, HistoryOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

const AUDITOR = ['auditor'] as const;

/** 审计 pages: history, state as of an instant, tamper evidence, export. */
export const auditorPages = definePages([
  {
    path: '/auditor/timeline',
    title: { 'zh-CN': '历史追溯', 'en-US': 'History' },
    roles: AUDITOR,
    menu: { icon: <HistoryOutlined /> },
    home: true,
    load: () => import('./timeline/TimelinePage'),
  },
  {
    path: '/auditor/as-of',
    title: { 'zh-CN': '时点状态', 'en-US': 'State as of' },
    roles: AUDITOR,
    menu: { icon: <FieldTimeOutlined /> },
    parent: '/auditor/timeline',
    load: () => import('./as-of/AsOfPage'),
  },
  {
    path: '/auditor/register',
    title: { 'zh-CN': '时点台账', 'en-US': 'Register as of a date' },
    roles: AUDITOR,
    menu: { icon: <AuditOutlined /> },
    load: () => import('./register/RegisterAsOfPage'),
  },
  {
    path: '/auditor/integrity',
    title: { 'zh-CN': '防篡改校验', 'en-US': 'Tamper check' },
    roles: AUDITOR,
    menu: { icon: <SafetyCertificateOutlined /> },
    load: () => import('./integrity/IntegrityPage'),
  },
  {
    path: '/auditor/export',
    title: { 'zh-CN': '审计包导出', 'en-US': 'Audit package' },
    roles: AUDITOR,
    menu: { icon: <CloudDownloadOutlined /> },
    load: () => import('./export/ExportPage'),
  },
]);
