import { addChinaDays } from './calendar';
import { STATUTORY_LUNAR_DATES, statutoryHolidays } from './statutory-holidays';

/** The lunar month/day (e.g. '8/15', '11bis/1' for a leap month) of a China date, per ICU's Chinese calendar. */
const icuLunar = (date: string): string => {
  const parts = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' }).formatToParts(
    new Date(`${date}T04:00:00.000Z`),
  );
  return `${parts.find((p) => p.type === 'month')?.value}/${parts.find((p) => p.type === 'day')?.value}`;
};

describe('statutory holidays of 《全国年节及纪念日放假办法》', () => {
  it('gives the 13 statutory days of a year, 除夕 to 初三 for 春节 and 1–2 May for 劳动节', () => {
    const { days, complete } = statutoryHolidays(2027);
    expect(complete).toBe(true);
    expect(days).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-05', name: '春节' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-02-08', name: '春节' },
      { date: '2027-04-05', name: '清明' },
      { date: '2027-05-01', name: '劳动节' },
      { date: '2027-05-02', name: '劳动节' },
      { date: '2027-06-09', name: '端午' },
      { date: '2027-09-15', name: '中秋' },
      { date: '2027-10-01', name: '国庆节' },
      { date: '2027-10-02', name: '国庆节' },
      { date: '2027-10-03', name: '国庆节' },
    ]);
  });

  it('takes 除夕 as the last day of the twelfth month, whether it is the 29th or the 30th', () => {
    // 2033's twelfth month has 30 days, 2032's has 29 (ICU agrees on both).
    expect(icuLunar(addChinaDays(STATUTORY_LUNAR_DATES[2033].newYear, -1))).toBe('12/30');
    expect(icuLunar(addChinaDays(STATUTORY_LUNAR_DATES[2032].newYear, -1))).toBe('12/29');
    expect(statutoryHolidays(2033).days.filter((d) => d.name === '春节')[0].date).toBe('2033-01-30');
  });

  it('agrees with the ICU Chinese calendar on every lunar date of the table except two new years ICU puts a day off', () => {
    const disagreements: string[] = [];
    for (const [year, row] of Object.entries(STATUTORY_LUNAR_DATES)) {
      if (icuLunar(row.newYear) !== '1/1') disagreements.push(`${year} 正月初一 ${row.newYear}: ICU ${icuLunar(row.newYear)}`);
      if (icuLunar(row.duanwu) !== '5/5') disagreements.push(`${year} 端午 ${row.duanwu}: ICU ${icuLunar(row.duanwu)}`);
      if (icuLunar(row.zhongqiu) !== '8/15') disagreements.push(`${year} 中秋 ${row.zhongqiu}: ICU ${icuLunar(row.zhongqiu)}`);
    }
    expect(disagreements).toEqual(['2027 正月初一 2027-02-06: ICU 12/30', '2030 正月初一 2030-02-03: ICU 1/2']);
  });

  it('puts 清明 on 4 or 5 April and keeps the 2033 leap month out of 中秋', () => {
    for (const row of Object.values(STATUTORY_LUNAR_DATES)) expect(row.qingming.slice(5)).toMatch(/^04-0[45]$/);
    expect(icuLunar('2033-12-22')).toBe('11bis/1'); // 闰十一月 in 2033, so 八月十五 is 8 September
    expect(STATUTORY_LUNAR_DATES[2033].zhongqiu).toBe('2033-09-08');
  });

  it('gives only the solar-calendar days for a year beyond the table, and says so', () => {
    const { days, complete } = statutoryHolidays(2040);
    expect(complete).toBe(false);
    expect(days.map((d) => d.date)).toEqual(['2040-01-01', '2040-05-01', '2040-05-02', '2040-10-01', '2040-10-02', '2040-10-03']);
  });
});
