import { ApartmentOutlined, CalendarOutlined, MailOutlined, TagsOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

/** 系统管理员 pages: the organisation (组织与账号), the category table, the holiday calendar and the failed notifications. */
export const adminPages = definePages([
  {
    path: '/admin/organisation',
    title: { 'zh-CN': '组织架构', 'en-US': 'Organisation' },
    roles: ['system_admin'],
    menu: { icon: <ApartmentOutlined /> },
    home: true,
    load: () => import('./org-tree/OrgTreePage'),
  },
  {
    path: '/admin/categories',
    title: { 'zh-CN': '资产分类表', 'en-US': 'Category table' },
    roles: ['system_admin'],
    menu: { icon: <TagsOutlined /> },
    load: () => import('./category-table/CategoryTablePage'),
  },
  {
    path: '/admin/calendar',
    title: { 'zh-CN': '节假日安排', 'en-US': 'Holiday calendar' },
    roles: ['system_admin'],
    menu: { icon: <CalendarOutlined /> },
    load: () => import('./calendar/CalendarYearPage'),
  },
  {
    path: '/admin/dead-letters',
    title: { 'zh-CN': '发送失败的通知', 'en-US': 'Failed notifications' },
    roles: ['system_admin'],
    menu: { icon: <MailOutlined /> },
    load: () => import('./dead-letters/DeadLettersPage'),
  },
]);
