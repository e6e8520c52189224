import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { AssetBookIds } from './asset-book-ids';

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('AssetBookIds: book numbers by asset id', () => {
  it('numbers UUIDs and other ids in order, finds each again and gives its text back, through the table’s growth', () => {
    const ids = new AssetBookIds();
    const given = Array.from({ length: 6000 }, (_, n) =>
      n % 7 === 0 ? `a-${n}` : n % 11 === 0 ? randomUUID().toUpperCase() : randomUUID(),
    );
    expect(given.map((id) => ids.add(id))).toEqual(given.map((_, n) => n));
    expect(ids.size).toBe(6000);
    expect(given.every((id, n) => ids.indexOf(id) === n && ids.idAt(n) === id)).toBe(true);
    // Known ids keep their number; unknown ones have none.
    expect([ids.add(given[42]), ids.size, ids.indexOf(randomUUID()), ids.indexOf('a-1')]).toEqual([42, 6000, undefined, undefined]);
  });

  it('compares as the ids’ text does, UUIDs by their words and any other by its text', () => {
    const id = fc.oneof(
      fc.uuid(),
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.constant('ffffffff-ffff-4fff-bfff-ffffffffffff'),
      fc.constant('00000000-0000-4000-8000-000000000000'),
    );
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 2, maxLength: 30 }), (given) => {
        const ids = new AssetBookIds();
        given.forEach((g) => ids.add(g));
        for (let a = 0; a < given.length; a++)
          for (let b = 0; b < given.length; b++) expect(Math.sign(ids.compare(a, b))).toBe(text(given[a], given[b]));
      }),
    );
  });
});
