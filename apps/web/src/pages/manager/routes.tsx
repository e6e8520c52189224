import { DashboardOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

/** 资产管理员 pages. */
export const managerPages = definePages([
  {
    path: '/manager/dashboard',
    title: { 'zh-CN': '工作台', 'en-US': 'Dashboard' },
    roles: ['asset_manager'],
    menu: { icon: <DashboardOutlined />, tab: true },
    home: true,
    load: () => import('./dashboard/DashboardPage'),
  },
]);
