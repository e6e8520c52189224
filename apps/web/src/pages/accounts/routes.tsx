import { IdcardOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

/** 系统管理员: accounts (账号管理). */
export const accountPages = definePages([
  {
    path: '/admin/accounts',
    title: { 'zh-CN': '账号管理', 'en-US': 'Accounts' },
    roles: ['system_admin'],
    menu: { icon: <IdcardOutlined />, tab: true },
    load: () => import('./list/AccountsPage'),
  },
]);
