import { defineMessages } from '../../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    title: '物业台账',
    sub: '已加载 {n} 处物业',
    register: '物业登记',
    q: '搜索物业编号、名称、地址',
    unit: '单位',
    more: '加载更多',
    end: '已全部加载',
    area: '建筑面积',
  },
  'en-US': {
    title: 'Property register',
    sub: '{n} properties loaded',
    register: 'Register a property',
    q: 'Search number, name, address',
    unit: 'Unit',
    more: 'Load more',
    end: 'All loaded',
    area: 'Gross area',
  },
});
