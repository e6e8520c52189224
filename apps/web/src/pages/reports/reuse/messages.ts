import { defineMessages } from '../../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    title: '盘活与节约采购',
    sub: '按接收单位统计期间内完成交接的调剂：盘活原值、按账面净值计的节约采购；以及采购申请、查仓命中和说明理由后仍采购的次数。',
    section: '各单位盘活情况',
    transfers: '调剂接收件数',
    reallocated: '盘活原值',
    avoided: '节约采购（净值）',
    requests: '采购申请',
    hits: '查仓命中',
    overridden: '说明理由后采购',
    chartLabel: '各单位盘活原值与节约采购柱状图（元）；数据同右侧表格',
    yuan: '元',
  },
  'en-US': {
    title: 'Reuse and avoided purchases',
    sub: 'Per receiving unit, transfers handed over in the period: value put back to use, avoided purchases at net book value; and purchase requests, warehouse hits and purchases made anyway with a reason.',
    section: 'Reuse per unit',
    transfers: 'Transfers received',
    reallocated: 'Value reused',
    avoided: 'Avoided purchases (net)',
    requests: 'Purchase requests',
    hits: 'Warehouse hits',
    overridden: 'Bought anyway',
    chartLabel: 'Bar chart of value reused and avoided purchases per unit (yuan); the same figures are in the table',
    yuan: 'yuan',
  },
});
