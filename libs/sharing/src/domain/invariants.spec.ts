import { sealedFor } from './resident.fixtures';
import { scheduleProblem } from './space.decider';
import { residentDecider } from './resident.decider';
import { Schedule } from './schedule';
import { SharingError } from './sharing.errors';

// Defence in depth: the deciders refuse what the sharing read model and slot calendar cannot take, whatever the HTTP layer let through.
describe('sharing invariants', () => {
  const schedule: Schedule = {
    windows: [{ days: 'every_day', start: '08:00', end: '20:00' }],
    slotMinutes: 60,
    capacity: 5,
    horizonDays: 14,
    minNoticeMinutes: 0,
  };

  it('given a schedule that is missing, empty or malformed, when a space is published, then it is refused', () => {
    expect(scheduleProblem(schedule)).toBeNull();
    const broken: unknown[] = [
      undefined,
      null,
      [],
      { ...schedule, windows: [] },
      { ...schedule, windows: null },
      { ...schedule, windows: [null] },
      { ...schedule, windows: [{ days: 'someday', start: '08:00', end: '20:00' }] },
      { ...schedule, windows: [{ days: 'every_day', start: '8', end: '20:00' }] },
      { ...schedule, slotMinutes: 1e30 },
      { ...schedule, capacity: null },
      { ...schedule, horizonDays: 0 },
    ];
    for (const candidate of broken) expect(scheduleProblem(candidate as Schedule)).toEqual(expect.any(String));
  });

  it('given a resident profile without a name or phone, when it is recorded, then it is refused', () => {
    const decide = (name: unknown, phone: unknown) =>
      residentDecider.decide(
        { kind: 'RecordProfile', residentId: 'r-1', fields: { name, phone, plateNumber: null }, sealed: sealedFor('r-1/1') } as never,
        residentDecider.initialState(),
      );
    expect(decide('王小明', '13812345678')).toHaveLength(1);
    for (const [name, phone] of [
      [null, '13812345678'],
      ['王小明', ''],
      [' ', '13812345678'],
    ])
      expect(decide(name, phone)).toEqual(expect.objectContaining({ code: 'INVALID_PROFILE' }));
    expect(decide(null, null)).toBeInstanceOf(SharingError);
  });
});
