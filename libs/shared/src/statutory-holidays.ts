import { addChinaDays } from './calendar';

/**
 * The days 《全国年节及纪念日放假办法》 (as revised by 国务院令第795号, in force since 2025) gives
 * everyone off, whatever the State Council's yearly notice later adds around them:
 * 元旦 1 January; 春节 除夕 and 正月初一 to 初三; 清明 (the solar term's day); 劳动节 1 and 2 May;
 * 端午 (五月初五); 中秋 (八月十五); 国庆 1 to 3 October — 13 days a year.
 *
 * The lunar and solar-term dates are a table, not a computation: lunar conversions react to the
 * process's time zone and astronomical libraries disagree on new moons near Beijing midnight.
 * Source: the lunar table and solar-term data of the `chinese-days` package (1.5.7), read with
 * TZ=UTC. Checked against the ICU Chinese calendar (Intl, Asia/Shanghai) in the spec: every date
 * agrees except 正月初一 2027 and 2030, where ICU is one day off (2027-02-07, 2030-02-02); the table
 * keeps 2027-02-06 and 2030-02-03, the dates China observes.
 */
interface LunarYear {
  /** 正月初一 */
  readonly newYear: string;
  /** 清明 */
  readonly qingming: string;
  /** 五月初五 */
  readonly duanwu: string;
  /** 八月十五 */
  readonly zhongqiu: string;
}

export const STATUTORY_LUNAR_DATES: Readonly<Record<number, LunarYear>> = {
  // 2025 and 2026 have published notices; their rows let the spec check the table against them.
  2025: { newYear: '2025-01-29', qingming: '2025-04-04', duanwu: '2025-05-31', zhongqiu: '2025-10-06' },
  2026: { newYear: '2026-02-17', qingming: '2026-04-05', duanwu: '2026-06-19', zhongqiu: '2026-09-25' },
  2027: { newYear: '2027-02-06', qingming: '2027-04-05', duanwu: '2027-06-09', zhongqiu: '2027-09-15' },
  2028: { newYear: '2028-01-26', qingming: '2028-04-04', duanwu: '2028-05-28', zhongqiu: '2028-10-03' },
  2029: { newYear: '2029-02-13', qingming: '2029-04-04', duanwu: '2029-06-16', zhongqiu: '2029-09-22' },
  2030: { newYear: '2030-02-03', qingming: '2030-04-05', duanwu: '2030-06-05', zhongqiu: '2030-09-12' },
  2031: { newYear: '2031-01-23', qingming: '2031-04-05', duanwu: '2031-06-24', zhongqiu: '2031-10-01' },
  2032: { newYear: '2032-02-11', qingming: '2032-04-04', duanwu: '2032-06-12', zhongqiu: '2032-09-19' },
  2033: { newYear: '2033-01-31', qingming: '2033-04-04', duanwu: '2033-06-01', zhongqiu: '2033-09-08' },
  2034: { newYear: '2034-02-19', qingming: '2034-04-05', duanwu: '2034-06-20', zhongqiu: '2034-09-27' },
  2035: { newYear: '2035-02-08', qingming: '2035-04-05', duanwu: '2035-06-10', zhongqiu: '2035-09-16' },
};

export interface StatutoryHoliday {
  readonly date: string;
  readonly name: '元旦' | '春节' | '清明' | '劳动节' | '端午' | '中秋' | '国庆节';
}

/**
 * The statutory rest days of a year, in date order. Outside the table's years only the days fixed
 * in the solar calendar (元旦, 劳动节, 国庆) can be given; `complete` says whether the lunar ones are in.
 */
export function statutoryHolidays(year: number): { readonly days: readonly StatutoryHoliday[]; readonly complete: boolean } {
  const y = String(year).padStart(4, '0');
  const days: StatutoryHoliday[] = [
    { date: `${y}-01-01`, name: '元旦' },
    { date: `${y}-05-01`, name: '劳动节' },
    { date: `${y}-05-02`, name: '劳动节' },
    { date: `${y}-10-01`, name: '国庆节' },
    { date: `${y}-10-02`, name: '国庆节' },
    { date: `${y}-10-03`, name: '国庆节' },
  ];
  const lunar = STATUTORY_LUNAR_DATES[year];
  if (lunar) {
    for (const offset of [-1, 0, 1, 2]) days.push({ date: addChinaDays(lunar.newYear, offset), name: '春节' });
    days.push({ date: lunar.qingming, name: '清明' }, { date: lunar.duanwu, name: '端午' }, { date: lunar.zhongqiu, name: '中秋' });
  }
  return { days: days.sort((a, b) => a.date.localeCompare(b.date)), complete: lunar !== undefined };
}
