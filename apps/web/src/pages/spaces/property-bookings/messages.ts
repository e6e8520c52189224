import { defineMessages } from '../../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    title: '共享与预约',
    none: '该物业上没有发布共享空间',
    noBookings: '暂无即将开始的预约',
    slot: '时段',
    status: '状态',
    places: '名额',
    booker: '预约方',
    resident: '居民',
    capacity: '每个时段 {n} 个名额',
    manage: '查看占用',
    chinaTime: '均为北京时间',
  },
  'en-US': {
    title: 'Sharing and bookings',
    none: 'No shared space is published on this property',
    noBookings: 'No upcoming booking',
    slot: 'Time',
    status: 'State',
    places: 'Places',
    booker: 'Booked by',
    resident: 'Resident',
    capacity: '{n} places per slot',
    manage: 'Occupancy',
    chinaTime: 'China time',
  },
});
