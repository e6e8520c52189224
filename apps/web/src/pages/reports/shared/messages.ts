import { defineMessages } from '../../../i18n/messages';

/** Words shared by the report pages. */
export const reportWords = defineMessages({
  'zh-CN': {
    period: '统计期间',
    query: '查询',
    department: '单位',
    allDepartments: '全部单位',
    chart: '图表',
    table: '明细表',
    periodStamp: '期间 {from} 至 {to}（北京时间，含首尾两日）',
    noAssets: '无资产',
  },
  'en-US': {
    period: 'Period',
    query: 'Show',
    department: 'Unit',
    allDepartments: 'All units',
    chart: 'Chart',
    table: 'Table',
    periodStamp: 'From {from} to {to} (China time, both days included)',
    noAssets: 'no assets',
  },
});
