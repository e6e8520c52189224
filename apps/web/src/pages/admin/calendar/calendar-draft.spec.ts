import { draftCsv, removeDay, sameDays, upsertDay, weekdayOf } from './calendar-draft';

describe('the administrator’s draft of a year', () => {
  const draft = [
    { date: '2027-01-01', kind: 'holiday' as const, name: '元旦' },
    { date: '2027-02-20', kind: 'workday' as const, name: '春节' },
  ];

  it('keeps one entry a date, in date order: a date entered again replaces the earlier entry', () => {
    const added = upsertDay(draft, { date: '2027-02-09', kind: 'holiday', name: '春节' });
    expect(added.map((d) => d.date)).toEqual(['2027-01-01', '2027-02-09', '2027-02-20']);
    const changed = upsertDay(added, { date: '2027-02-20', kind: 'holiday', name: null });
    expect(changed.filter((d) => d.date === '2027-02-20')).toEqual([{ date: '2027-02-20', kind: 'holiday', name: null }]);
    expect(removeDay(changed, '2027-01-01').map((d) => d.date)).toEqual(['2027-02-09', '2027-02-20']);
  });

  it('tells an unchanged draft whatever its order, and writes a CSV the import reads', () => {
    expect(sameDays(draft, [...draft].reverse())).toBe(true);
    expect(sameDays(draft, upsertDay(draft, { date: '2027-01-01', kind: 'holiday', name: '新年' }))).toBe(false);
    expect(draftCsv([...draft, { date: '2027-10-01', kind: 'holiday', name: '国庆, 中秋' }])).toBe(
      'date,kind,name\n2027-01-01,holiday,元旦\n2027-02-20,workday,春节\n2027-10-01,holiday,"国庆, 中秋"',
    );
    expect([weekdayOf('2027-01-01'), weekdayOf('2027-02-20')]).toEqual([5, 6]);
  });
});
