import { SYSTEM_ACTOR } from '@app/shared';
import { commandContextFrom } from './command-context';
import { trackWrites, writesOf } from './written-through';

const clock = { now: () => new Date('2026-11-28T08:00:00Z') };

describe('the positions a request appended at', () => {
  it('given a tracked request, when its commands report appends, then the highest one is kept', () => {
    const headers = {};
    const writes = trackWrites(headers);
    const context = commandContextFrom(SYSTEM_ACTOR, headers, clock);
    context.wrote?.({ commit: 7n, prepare: 40n });
    context.wrote?.({ commit: 9n, prepare: 12n });
    context.wrote?.({ commit: 9n, prepare: 11n });
    expect(writes.position).toEqual({ commit: 9n, prepare: 12n });
  });

  it('given a context copied for a cascade, when the copy appends, then the request still hears of it', () => {
    const headers = {};
    const writes = trackWrites(headers);
    const cascade = { ...commandContextFrom(SYSTEM_ACTOR, headers, clock), commandId: 'derived' };
    cascade.wrote?.({ commit: 3n, prepare: 5n });
    expect(writes.position).toEqual({ commit: 3n, prepare: 5n });
  });

  it('given no append, then no position (the answer falls back to the store)', () => {
    const headers = {};
    const writes = trackWrites(headers);
    commandContextFrom(SYSTEM_ACTOR, headers, clock);
    expect(writes.position).toBeNull();
  });

  it('given an untracked request, then its commands get no sink', () => {
    const headers = {};
    expect(commandContextFrom(SYSTEM_ACTOR, headers, clock).wrote).toBeUndefined();
    expect(writesOf(headers)).toBeUndefined();
  });
});
