import { defineMessages } from '../../../i18n/messages';

/** Words of "open spaces nearest first": plain and short (适老化). */
export const nearbyMessages = defineMessages({
  'zh-CN': {
    locating: '正在获取您的位置…',
    nearMe: '按离我最近排列',
    nearPlace: '按离{place}最近排列',
    noLocation: '没有取得您的位置。请选择您所在的区域，场地会按远近排列：',
    choosePlace: '选择区域',
    useMyLocation: '用我的位置',
    metres: '约 {n} 米',
    kilometres: '约 {n} 公里',
    noDistance: '未关联物业，距离不详',
  },
  'en-US': {
    locating: 'Finding where you are…',
    nearMe: 'Nearest to me first',
    nearPlace: 'Nearest to {place} first',
    noLocation: 'Your location is not available. Choose your area and the spaces are listed nearest first:',
    choosePlace: 'Choose an area',
    useMyLocation: 'Use my location',
    metres: 'about {n} m',
    kilometres: 'about {n} km',
    noDistance: 'Not tied to a property: distance unknown',
  },
});

/** 650 → 约 650 米; 3,240 → 约 3.2 公里 (rounded: a walk, not a survey). */
export function distanceWords(metres: number, t: (key: 'metres' | 'kilometres', values: { n: string }) => string): string {
  if (metres < 1000) return t('metres', { n: String(Math.max(10, Math.round(metres / 10) * 10)) });
  return t('kilometres', { n: (Math.round(metres / 100) / 10).toLocaleString('zh-CN') });
}
