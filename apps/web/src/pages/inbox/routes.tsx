import { BellOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

/** Everyone's own 待办 and 消息 (the header's badge opens it; on phones it is not a tab, the badge is always there). */
export const inboxPages = definePages([
  {
    path: '/inbox',
    title: { 'zh-CN': '待办与消息', 'en-US': 'Inbox' },
    roles: ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident', 'system_admin'],
    menu: { icon: <BellOutlined /> },
    load: () => import('./InboxPage'),
  },
]);
