import { emptyHours, hourFigures, spreadOverHours } from './hourly-utilisation';

const at = (iso: string) => Date.parse(iso);

describe('utilisation by hour of the day (China time)', () => {
  it('given a slot 18:30–次日07:30 China time, when spread, then each hour gets its share and nothing else', () => {
    const buckets = emptyHours();
    spreadOverHours(buckets, at('2026-11-23T18:30:00+08:00'), at('2026-11-24T07:30:00+08:00'), 2);
    const halfHour = 30 * 60_000;
    expect(buckets[18]).toBe(2 * halfHour);
    expect(buckets[7]).toBe(2 * halfHour);
    for (const h of [19, 20, 21, 22, 23, 0, 1, 2, 3, 4, 5, 6]) expect(buckets[h]).toBe(2 * 2 * halfHour);
    for (const h of [8, 9, 10, 11, 12, 13, 14, 15, 16, 17]) expect(buckets[h]).toBe(0);
    expect(buckets.reduce((a, b) => a + b, 0)).toBe(2 * 13 * 3600_000);
  });

  it('given offered and booked hours, then every hour is present and an hour with nothing offered has no rate', () => {
    const offered = emptyHours();
    const booked = emptyHours();
    spreadOverHours(offered, at('2026-11-23T09:00:00+08:00'), at('2026-11-23T11:00:00+08:00'), 4);
    spreadOverHours(booked, at('2026-11-23T09:00:00+08:00'), at('2026-11-23T10:00:00+08:00'), 1);
    const figures = hourFigures(offered, booked);
    expect(figures).toHaveLength(24);
    expect(figures[9]).toEqual({ hour: 9, offeredPlaceHours: 4, bookedPlaceHours: 1, bookedRate: 0.25 });
    expect(figures[10]).toEqual({ hour: 10, offeredPlaceHours: 4, bookedPlaceHours: 0, bookedRate: 0 });
    expect(figures[3]).toEqual({ hour: 3, offeredPlaceHours: 0, bookedPlaceHours: 0, bookedRate: null });
  });
});
