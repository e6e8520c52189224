/**
 * How long a listing stays open, in the largest whole unit a person reads at a glance
 * (剩 3 天 / 剩 5 小时 / 剩 20 分钟); `ended` once the advertise-until time has passed.
 */
export type TimeLeft = { unit: 'days' | 'hours' | 'minutes'; n: number } | { unit: 'ended' };

export function timeLeft(until: string, now: Date = new Date()): TimeLeft {
  const ms = Date.parse(until) - now.getTime();
  if (!(ms > 0)) return { unit: 'ended' };
  const minutes = Math.floor(ms / 60_000);
  if (minutes >= 2 * 24 * 60) return { unit: 'days', n: Math.floor(minutes / (24 * 60)) };
  if (minutes >= 60) return { unit: 'hours', n: Math.floor(minutes / 60) };
  return { unit: 'minutes', n: Math.max(1, minutes) };
}

/** Less than a day left: the card says so in words (not by colour alone). */
export function endsSoon(until: string, now: Date = new Date()): boolean {
  const ms = Date.parse(until) - now.getTime();
  return ms > 0 && ms < 24 * 3600_000;
}
