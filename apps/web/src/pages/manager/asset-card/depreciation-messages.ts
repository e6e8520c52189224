import { defineMessages } from '../../../i18n/messages';

export const messages = defineMessages({
  'zh-CN': {
    title: '折旧',
    original: '原值',
    life: '折旧年限',
    lifeYears: '{years} 年',
    notDepreciated: '不计提折旧',
    unknownLife: '年限表中无此分类',
    unknownHint: '折旧年限表中没有此分类的年限，月末计提时不计提；请财政部门导入包含此分类的年限表。',
    opening: '入账时累计折旧',
    accumulated: '累计折旧',
    nbv: '账面净值',
    month: '月份',
    charge: '本月折旧',
    noCharges: '尚未计提',
  },
  'en-US': {
    title: 'Depreciation',
    original: 'Original value',
    life: 'Useful life',
    lifeYears: '{years} years',
    notDepreciated: 'Not depreciated',
    unknownLife: 'No row in the table',
    unknownHint:
      'The useful-life table has no row for this category, so month-end closes do not charge it; the finance bureau loads a table that has one.',
    opening: 'Accumulated when booked',
    accumulated: 'Accumulated depreciation',
    nbv: 'Net book value',
    month: 'Month',
    charge: 'Charge',
    noCharges: 'Nothing charged yet',
  },
});
