import { CompassOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

/**
 * 物业一张图: unit asset managers and 主管部门 reviewers (both asset_manager), finance, auditors and
 * administrators; each sees the property of the units they cover.
 */
export const propertyMapPages = definePages([
  {
    path: '/property-map',
    title: { 'zh-CN': '物业一张图', 'en-US': 'Property map' },
    roles: ['asset_manager', 'finance_approver', 'auditor', 'system_admin'],
    menu: { icon: <CompassOutlined /> },
    load: () => import('./PropertyMapPage'),
  },
]);
