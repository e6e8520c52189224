/**
 * Compares two digests in time that does not depend on where they first differ, so answer times
 * tell an attacker nothing about how much of a guessed digest was right. Pure (no Node crypto):
 * the deciders that use it stay free of any runtime.
 */
export function sameDigest(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return difference === 0;
}
