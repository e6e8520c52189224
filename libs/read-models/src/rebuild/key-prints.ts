/**
 * A set of strings kept as 64-bit fingerprints in one open-addressed table: 8 bytes a key at most twice over,
 * where a Set<string> of uuids costs about 70 (measured need: a rebuild remembers every key it wrote, a
 * million assets in four read models). A fingerprint can be shared by two keys, so `has` may answer yes for
 * a key never added (about once in 10^7 at a million keys), never no for one that was: callers must treat
 * "maybe" as safe (HeldRows does: such a key is read back and found absent, or upserted). Nothing is ever
 * removed, for the same reason: removing a shared fingerprint would turn a yes into a wrong no.
 */
export class KeyPrints {
  private high: Uint32Array;
  private low: Uint32Array;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.high = new Uint32Array(size);
    this.low = new Uint32Array(size);
  }

  get size(): number {
    return this.count;
  }

  add(key: string): void {
    print(key);
    const high = printed.high;
    const low = printed.low;
    if (this.find(high, low) >= 0) return;
    if ((this.count + 1) * 2 > this.high.length) this.grow();
    this.place(high, low);
    this.count++;
  }

  has(key: string): boolean {
    print(key);
    return this.find(printed.high, printed.low) >= 0;
  }

  private find(high: number, low: number): number {
    const mask = this.high.length - 1;
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      if (this.high[slot] === high && this.low[slot] === low) return slot;
      if (this.high[slot] === 0 && this.low[slot] === 0) return -1;
    }
  }

  private place(high: number, low: number): void {
    const mask = this.high.length - 1;
    let slot = low & mask;
    while (this.high[slot] !== 0 || this.low[slot] !== 0) slot = (slot + 1) & mask;
    this.high[slot] = high;
    this.low[slot] = low;
  }

  private grow(): void {
    const [high, low] = [this.high, this.low];
    this.high = new Uint32Array(high.length * 2);
    this.low = new Uint32Array(low.length * 2);
    for (let i = 0; i < high.length; i++) if (high[i] !== 0 || low[i] !== 0) this.place(high[i], low[i]);
  }
}

/** murmur3's finaliser: every input bit moves about half the output bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// The last fingerprint computed: written in place, so hashing a key allocates nothing (it runs millions of times).
const printed = { high: 0, low: 0 };

/** Two independent 32-bit FNV-1a hashes of the UTF-16 units, mixed; (0, 0) marks an empty slot and is moved. */
function print(key: string): void {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995) ^ (b >>> 15);
  }
  printed.high = mix(a);
  printed.low = mix(b ^ printed.high);
  if (printed.high === 0 && printed.low === 0) printed.low = 1;
}
