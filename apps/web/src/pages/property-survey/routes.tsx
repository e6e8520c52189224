import { FlagOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

/** 应开尽开: the venue survey, for the units' asset managers (who assess), finance, auditors and the administrator. */
export const propertySurveyPages = definePages([
  {
    path: '/property-survey',
    title: { 'zh-CN': '应开尽开摸排', 'en-US': 'Venue survey' },
    roles: ['asset_manager', 'finance_approver', 'auditor', 'system_admin'],
    menu: { icon: <FlagOutlined /> },
    load: () => import('./PropertySurveyPage'),
  },
]);
