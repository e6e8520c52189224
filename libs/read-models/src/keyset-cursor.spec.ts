import { decodeCursor, encodeCursor, nextCursorOf } from './keyset-cursor';

describe('keyset cursors', () => {
  it('round-trips a sort key', () => {
    const cursor = encodeCursor([12n, 3, 'asset:0b0c6d1e-7c55-4a3f-9f3e-1d2c3b4a5f60']);
    expect(cursor).toBe('12.3.asset:0b0c6d1e-7c55-4a3f-9f3e-1d2c3b4a5f60');
    expect(decodeCursor(cursor, 3)).toEqual(['12', '3', 'asset:0b0c6d1e-7c55-4a3f-9f3e-1d2c3b4a5f60']);
  });

  it('ignores a cursor of another sort order', () => {
    expect(decodeCursor('5.6', 3)).toBeNull();
    expect(decodeCursor('4.5.6', 2)).toBeNull();
  });

  it('gives a next cursor only when a row beyond the page was fetched', () => {
    const rows = [{ k: 9 }, { k: 8 }, { k: 7 }];
    expect(nextCursorOf(rows, 2, (r) => [r.k])).toBe('8');
    expect(nextCursorOf(rows, 3, (r) => [r.k])).toBeNull();
  });
});
