import { endsSoon, timeLeft } from './time-left';

describe('time left on a listing', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('reads days from two days on, hours below that, minutes in the last hour', () => {
    expect(timeLeft('2026-11-26T11:00:00Z', now)).toEqual({ unit: 'days', n: 3 });
    expect(timeLeft('2026-11-25T10:00:00Z', now)).toEqual({ unit: 'days', n: 2 });
    expect(timeLeft('2026-11-25T09:59:00Z', now)).toEqual({ unit: 'hours', n: 47 });
    expect(timeLeft('2026-11-23T11:00:00Z', now)).toEqual({ unit: 'hours', n: 1 });
    expect(timeLeft('2026-11-23T10:59:00Z', now)).toEqual({ unit: 'minutes', n: 59 });
    expect(timeLeft('2026-11-23T10:00:20Z', now)).toEqual({ unit: 'minutes', n: 1 });
  });

  it('says ended at and after the advertise-until time, and for a time it cannot read', () => {
    expect(timeLeft('2026-11-23T10:00:00Z', now)).toEqual({ unit: 'ended' });
    expect(timeLeft('2026-11-01T00:00:00Z', now)).toEqual({ unit: 'ended' });
    expect(timeLeft('not a time', now)).toEqual({ unit: 'ended' });
  });

  it('marks the last day as ending soon', () => {
    expect(endsSoon('2026-11-24T09:00:00Z', now)).toBe(true);
    expect(endsSoon('2026-11-24T10:00:00Z', now)).toBe(false);
    expect(endsSoon('2026-11-23T09:00:00Z', now)).toBe(false);
  });
});
