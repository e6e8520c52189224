import { CalendarOutlined, EnvironmentOutlined, UserOutlined } from '@ant-design/icons';
import { definePages } from '../../app/page-registry';

const RESIDENT = ['resident'] as const;

/** 居民 pages, phone first: three tabs (spaces, my bookings, me). */
export const residentPages = definePages([
  {
    path: '/resident/spaces',
    title: { 'zh-CN': '场地', 'en-US': 'Spaces' },
    roles: RESIDENT,
    menu: { icon: <EnvironmentOutlined />, tab: true },
    home: true,
    load: () => import('./spaces/OpenSpacesPage'),
  },
  {
    path: '/resident/spaces/:spaceId',
    title: { 'zh-CN': '预约时段', 'en-US': 'Book a time' },
    roles: RESIDENT,
    parent: '/resident/spaces',
    load: () => import('./space/SpaceCalendarPage'),
  },
  {
    path: '/resident/bookings',
    title: { 'zh-CN': '我的预约', 'en-US': 'My bookings' },
    roles: RESIDENT,
    menu: { icon: <CalendarOutlined />, tab: true },
    load: () => import('./bookings/MyBookingsPage'),
  },
  {
    path: '/resident/profile',
    title: { 'zh-CN': '我的', 'en-US': 'Me' },
    roles: RESIDENT,
    menu: { icon: <UserOutlined />, tab: true },
    load: () => import('./profile/ProfilePage'),
  },
]);
