import { EnvironmentOutlined, ImportOutlined, PlusSquareOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

/** Who sees the register: keepers (asset managers for their unit, administrators) and readers by scope. */
const READERS = ['asset_manager', 'system_admin', 'finance_approver', 'auditor'] as const;
const KEEPERS = ['asset_manager', 'system_admin'] as const;

/** 物业登记 pages: the register (台账), the form and the card. */
export const propertyPages = definePages([
  {
    path: '/properties',
    title: { 'zh-CN': '物业台账', 'en-US': 'Property register' },
    roles: READERS,
    menu: { icon: <EnvironmentOutlined /> },
    load: () => import('./list/PropertyListPage'),
  },
  {
    path: '/properties/new',
    title: { 'zh-CN': '物业登记', 'en-US': 'Register a property' },
    roles: KEEPERS,
    menu: { icon: <PlusSquareOutlined /> },
    parent: '/properties',
    load: () => import('./register/RegisterPropertyPage'),
  },
  {
    path: '/properties/import',
    title: { 'zh-CN': '物业导入', 'en-US': 'Import property' },
    roles: ['asset_manager'],
    menu: { icon: <ImportOutlined /> },
    parent: '/properties',
    load: () => import('./import/PropertyImportPage'),
  },
  {
    path: '/properties/:propertyId',
    title: { 'zh-CN': '物业卡片', 'en-US': 'Property card' },
    roles: READERS,
    parent: '/properties',
    load: () => import('./card/PropertyCardPage'),
  },
]);
