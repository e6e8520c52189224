const EMPTY = -1;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex8 = (word: number) => HEX[word >>> 24] + HEX[(word >>> 16) & 255] + HEX[(word >>> 8) & 255] + HEX[word & 255];

/**
 * Reads a lowercase UUID's 128 bits into four 32-bit words, most significant first; false (words left
 * half-written) when the id is not one: uppercase, braces or any other text.
 */
function readUuid(id: string, into: Uint32Array, at: number): boolean {
  if (id.length !== 36) return false;
  let word = 0;
  let digits = 0;
  let w = at;
  for (let k = 0; k < 36; k++) {
    const c = id.charCodeAt(k);
    if (k === 8 || k === 13 || k === 18 || k === 23) {
      if (c !== 45) return false; // '-'
      continue;
    }
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (digit < 0) return false;
    word = (word << 4) | digit;
    if (++digits === 8) {
      into[w++] = word >>> 0;
      word = 0;
      digits = 0;
    }
  }
  return true;
}

/**
 * Book numbers by asset id. Asset ids are UUIDs: kept as 16 bytes in a typed column and found through an
 * open-addressing table of book numbers, instead of a Map of 36-character strings (about 90 bytes an id
 * on the heap; at a million cards, 70 MiB of a close's memory). Any other id (tests, old data) is kept in
 * a Map. Numbers are given in order from 0.
 */
export class AssetBookIds {
  private count = 0;
  private words = new Uint32Array(0);
  private isUuid = new Uint8Array(0);
  private slots = new Int32Array(0);
  private readonly others = new Map<string, number>();
  private readonly otherIds = new Map<number, string>();
  private readonly probe = new Uint32Array(4);

  get size(): number {
    return this.count;
  }

  indexOf(id: string): number | undefined {
    if (!readUuid(id, this.probe, 0)) return this.others.get(id);
    if (this.slots.length === 0) return undefined;
    const found = this.slots[this.slotOf(this.probe, 0)];
    return found === EMPTY ? undefined : found;
  }

  /** The id's number, given it is new (the next number) or known. */
  add(id: string): number {
    const known = this.indexOf(id);
    if (known !== undefined) return known;
    const i = this.count++;
    if (i * 4 >= this.words.length) this.grow();
    if (readUuid(id, this.words, i * 4)) {
      this.isUuid[i] = 1;
      if ((this.count - this.others.size) * 2 > this.slots.length) this.rehash();
      else this.slots[this.slotOf(this.words, i * 4)] = i;
    } else {
      this.others.set(id, i);
      this.otherIds.set(i, id);
    }
    return i;
  }

  idAt(i: number): string {
    if (this.isUuid[i] === 0) return this.otherIds.get(i)!;
    const w = this.words;
    const a = hex8(w[i * 4]);
    const b = hex8(w[i * 4 + 1]);
    const c = hex8(w[i * 4 + 2]);
    return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${hex8(w[i * 4 + 3])}`;
  }

  /** Compares two ids as text (a UUID's words compare as its lowercase text does). */
  compare(a: number, b: number): number {
    if (this.isUuid[a] === 1 && this.isUuid[b] === 1) {
      for (let w = 0; w < 4; w++) {
        const d = this.words[a * 4 + w] - this.words[b * 4 + w];
        if (d !== 0) return d;
      }
      return 0;
    }
    const x = this.idAt(a);
    const y = this.idAt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /** The slot holding these words' number, or the empty slot where it would go. */
  private slotOf(words: Uint32Array, at: number): number {
    const mask = this.slots.length - 1;
    let slot = (Math.imul(words[at] ^ words[at + 3], 0x9e3779b1) ^ words[at + 1] ^ words[at + 2]) & mask;
    for (;;) {
      const held = this.slots[slot];
      if (held === EMPTY) return slot;
      const h = held * 4;
      const w = this.words;
      if (w[h] === words[at] && w[h + 1] === words[at + 1] && w[h + 2] === words[at + 2] && w[h + 3] === words[at + 3]) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const capacity = Math.max(1024, this.isUuid.length * 2);
    const words = new Uint32Array(capacity * 4);
    words.set(this.words);
    this.words = words;
    const isUuid = new Uint8Array(capacity);
    isUuid.set(this.isUuid);
    this.isUuid = isUuid;
  }

  /** A table twice the UUIDs' count at least, every UUID's number placed again. */
  private rehash(): void {
    this.slots = new Int32Array(Math.max(2048, this.slots.length * 2)).fill(EMPTY);
    for (let i = 0; i < this.count; i++) if (this.isUuid[i] === 1) this.slots[this.slotOf(this.words, i * 4)] = i;
  }
}
