import { randomUUID } from 'node:crypto';
import { KeyPrints } from './key-prints';

describe('KeyPrints (the keys a rebuild wrote, 8 bytes each)', () => {
  it('knows every key added, through many doublings of its table', () => {
    const prints = new KeyPrints(4);
    const keys = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? randomUUID() : `${randomUUID()}|2025-0${(i % 9) + 1}-01T00:00:00.000Z`));
    for (const key of keys) prints.add(key);
    for (const key of keys) prints.add(key);
    expect(prints.size).toBe(keys.length);
    expect(keys.every((key) => prints.has(key))).toBe(true);
  });

  it('answers no for keys never added (a shared fingerprint is rare enough to count on none here)', () => {
    const prints = new KeyPrints();
    for (let i = 0; i < 50_000; i++) prints.add(`asset-${i}`);
    let wrongYes = 0;
    for (let i = 50_000; i < 150_000; i++) if (prints.has(`asset-${i}`)) wrongYes++;
    expect(wrongYes).toBe(0);
    // Near keys differ: one changed character, case, length, the empty string.
    expect(['asset-1x', 'Asset-1', 'asset-10000000', '', 'asset-'].map((k) => prints.has(k))).toEqual([false, false, false, false, false]);
    prints.add('');
    expect(prints.has('')).toBe(true);
  });
});
