import { CHINA_OFFSET_MS } from '@app/shared';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Place-milliseconds per China hour of the day (index 0 = 00:00–01:00 China time). */
export type HourBuckets = number[];

export const emptyHours = (): HourBuckets => Array.from({ length: 24 }, () => 0);

/**
 * Adds `places × time` of [start, end) to the hours of the day it falls in, in China time, split
 * at every hour boundary (a slot 18:30–次日07:30 counts 30 minutes in hour 18, a full hour in 19…23
 * and 0…6, and 30 minutes in hour 7).
 */
export function spreadOverHours(buckets: HourBuckets, start: number, end: number, places: number): void {
  for (let t = start; t < end;) {
    const local = (((t + CHINA_OFFSET_MS) % DAY) + DAY) % DAY;
    const hour = Math.floor(local / HOUR);
    const next = Math.min(end, t - (local % HOUR) + HOUR);
    buckets[hour] += places * (next - t);
    t = next;
  }
}

export interface HourFigures {
  /** 0–23, China time */
  hour: number;
  offeredPlaceHours: number;
  bookedPlaceHours: number;
  /** booked ÷ offered, 3 decimals; null when nothing was offered in that hour */
  bookedRate: number | null;
}

/** The 24 hours of a space, every hour present (an hour with nothing offered or booked reads zero). */
export function hourFigures(offered: HourBuckets, booked: HourBuckets): HourFigures[] {
  return offered.map((o, hour) => ({
    hour,
    offeredPlaceHours: Math.round((o / HOUR) * 100) / 100,
    bookedPlaceHours: Math.round((booked[hour] / HOUR) * 100) / 100,
    bookedRate: o > 0 ? Math.round((booked[hour] / o) * 1000) / 1000 : null,
  }));
}
