import fc from 'fast-check';
import { sameDigest } from './same-digest';

describe('sameDigest', () => {
  it('is true exactly when the two strings are equal', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => sameDigest(a, b) === (a === b)));
    fc.assert(fc.property(fc.string(), (a) => sameDigest(a, a)));
  });

  it('tells apart digests differing in the last character, by length, or a prefix', () => {
    expect(sameDigest('ab12', 'ab13')).toBe(false);
    expect(sameDigest('ab12', 'ab12')).toBe(true);
    expect(sameDigest('ab12', 'ab1')).toBe(false);
    expect(sameDigest('', 'a')).toBe(false);
    expect(sameDigest('', '')).toBe(true);
  });
});
