import { RecordedEvent } from '@app/event-store';
import { StreamFoldCache } from './stream-fold-cache';

const event = (revision: bigint, n: number): RecordedEvent => ({
  id: `e${revision}`,
  streamId: 'count-a',
  revision,
  position: { commit: revision, prepare: revision },
  type: 'counted.v1',
  data: { n },
  metadata: {
    actorId: 'u',
    actorRole: 'system',
    departmentId: null,
    correlationId: 'c',
    causationId: 'c',
    occurredAt: '2026-11-28T00:00:00Z',
  },
  recordedAt: new Date(0),
});

const sumCache = () =>
  new StreamFoldCache<number>(
    (key) => `count-${key}`,
    () => 0,
    (sum, e) => sum + (e.data.n as number),
    (sum) => sum < 100,
  );

describe('folds of streams kept between requests', () => {
  it('given nothing folded, when the tail is planned, then the whole stream is read', () => {
    expect(sumCache().tail('a').read).toEqual({ streamId: 'count-a', fromRevision: undefined });
  });

  it('given a fold, when the next tail is planned, then only later events are read and they add to it', () => {
    const cache = sumCache();
    expect(cache.tail('a').fold([event(0n, 2), event(1n, 3)])).toBe(5);
    const next = cache.tail('a');
    expect(next.read.fromRevision).toBe(2n);
    expect(next.fold([])).toBe(5);
    expect(next.fold([event(2n, 4)])).toBe(9);
  });

  it('given two reads planned on the same fold, when both return, then neither applies the other twice', () => {
    const cache = sumCache();
    cache.tail('a').fold([event(0n, 1)]);
    const first = cache.tail('a');
    const second = cache.tail('a');
    expect(first.fold([event(1n, 10)])).toBe(11);
    // Planned before the first fold landed: starts from the state it was planned on, not from 11.
    expect(second.fold([event(1n, 10)])).toBe(11);
    expect(cache.tail('a').read.fromRevision).toBe(2n);
  });

  it('given a state not worth keeping, when folded, then it is answered but the next read starts over', () => {
    const cache = sumCache();
    expect(cache.tail('a').fold([event(0n, 150)])).toBe(150);
    expect(cache.tail('a').read.fromRevision).toBeUndefined();
  });
});
