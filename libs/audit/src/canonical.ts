/**
 * JSON with object keys sorted at every level: the same event always encodes to the same bytes.
 * Every event is encoded once per leaf hash, so this is a hot path of a read-model rebuild: the value
 * is copied with its keys inserted in sorted order and handed to the native JSON.stringify, which
 * writes members in insertion order and builds one flat string (appending piece by piece built a tree
 * of string pieces that cost more to collect and flatten than the encoding itself). Where insertion
 * order is not the order JSON.stringify writes (keys starting with a digit, which may be array indexes
 * listed first), `__proto__`, or values JSON.stringify leaves out where this encoding writes null
 * (functions, symbols), the value is encoded member by member instead.
 */
export function canonicalJson(value: unknown): string {
  const sorted = sortedCopy(value);
  return sorted === UNSORTABLE ? encodeMemberByMember(value) : (JSON.stringify(sorted) ?? 'null');
}

const UNSORTABLE = Symbol('unsortable');

function sortedCopy(value: unknown): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') return UNSORTABLE;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = sortedCopy(value[i]);
      if (item === UNSORTABLE) return UNSORTABLE;
      out[i] = item;
    }
    return out;
  }
  const object = value as Record<string, unknown>;
  // Default sort compares UTF-16 code units, as `<` does.
  const keys = Object.keys(object).sort();
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57) || key === '__proto__') return UNSORTABLE;
    const item = object[key];
    if (item === undefined) continue;
    const copy = sortedCopy(item);
    if (copy === UNSORTABLE) return UNSORTABLE;
    out[key] = copy;
  }
  return out;
}

/** The same encoding, member by member (see canonicalJson). */
function encodeMemberByMember(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object).sort();
  let out = '{';
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    if (out.length > 1) out += ',';
    out += quotedKey(key);
    out += canonicalJson(item);
  }
  return `${out}}`;
}

// Events repeat the same few dozen member names: each is quoted once (`"name":`), not once per member.
// Bounded, since names come from stored events: past the bound, names are quoted as they come.
const QUOTED_KEYS_HELD = 10_000;
const quotedKeys = new Map<string, string>();

function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = `${JSON.stringify(key)}:`;
    if (quotedKeys.size < QUOTED_KEYS_HELD) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/** What a leaf commits to: RFC 9162 leaf = hash of (stream, revision, event id, type, data, metadata). */
export interface LeafEntry {
  readonly streamId: string;
  readonly revision: string;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

export function leafEntryBytes(entry: LeafEntry): Buffer {
  return Buffer.from(leafEntryJson(entry).entry, 'utf8');
}

/**
 * The leaf's canonical text, with the canonical JSON of its data and metadata on their own: a caller that
 * stores them as JSON too (the audit log) encodes each once. `entry` is canonicalJson of the whole entry.
 */
export function leafEntryJson(entry: LeafEntry): { entry: string; data: string | undefined; metadata: string | undefined } {
  const data = entry.data === undefined ? undefined : canonicalJson(entry.data);
  const metadata = entry.metadata === undefined ? undefined : canonicalJson(entry.metadata);
  // The members in sorted order (data, eventId, metadata, revision, streamId, type), undefined ones left out, as canonicalJson does.
  const members: [string, string | undefined][] = [
    ['data', data],
    ['eventId', entry.eventId === undefined ? undefined : canonicalJson(entry.eventId)],
    ['metadata', metadata],
    ['revision', entry.revision === undefined ? undefined : canonicalJson(entry.revision)],
    ['streamId', entry.streamId === undefined ? undefined : canonicalJson(entry.streamId)],
    ['type', entry.type === undefined ? undefined : canonicalJson(entry.type)],
  ];
  let out = '{';
  for (const [key, json] of members) {
    if (json === undefined) continue;
    if (out.length > 1) out += ',';
    out += quotedKey(key);
    out += json;
  }
  return { entry: `${out}}`, data, metadata };
}
