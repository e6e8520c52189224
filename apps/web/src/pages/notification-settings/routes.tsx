import { NotificationOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

const TITLE = { 'zh-CN': '通知设置', 'en-US': 'Notifications' };
const load = () => import('./NotificationSettingsPage');

/**
 * 通知设置 for every role. Residents get their own path with a tab (their phone tab bar shows tab
 * pages only); the other roles' menus list it without changing which pages their tab bars show.
 */
export const notificationSettingsPages = definePages([
  {
    path: '/settings/notifications',
    title: TITLE,
    roles: ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'system_admin'],
    menu: { icon: <NotificationOutlined /> },
    load,
  },
  { path: '/resident/notifications', title: TITLE, roles: ['resident'], menu: { icon: <NotificationOutlined />, tab: true }, load },
]);
