import { defineMessages } from '../../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    title: '时点台账',
    sub: '某单位在某日结束时（北京时间 24:00）账上的资产，按 GB/T 14885 门类汇总，由事件逐一重算。',
    date: '日期',
    query: '查询',
    chooseDepartment: '请选择单位和日期',
    classCode: '门类代码',
    className: '门类',
    count: '数量',
    originalValue: '原值',
    netBookValue: '账面净值',
    stamp: '{department} 截至 {date} 24:00（北京时间），{view}',
    none: '该日该单位账上没有资产',
  },
  'en-US': {
    title: 'Register as of a date',
    sub: "A unit's assets at the end of a day (24:00 China time), by GB/T 14885 class, recomputed from the events.",
    date: 'Date',
    query: 'Show',
    chooseDepartment: 'Choose a unit and a date',
    classCode: 'Class code',
    className: 'Class',
    count: 'Count',
    originalValue: 'Original value',
    netBookValue: 'Net book value',
    stamp: '{department} as of {date} 24:00 (China time), {view}',
    none: 'The unit held no assets on that day',
  },
});
