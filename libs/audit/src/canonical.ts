/**
 * JSON with object keys sorted at every level: the same event always encodes to the same bytes.
 * Every event is encoded once per leaf hash, so this is a hot path of a read-model rebuild: plain
 * loops and string appends, no intermediate arrays of entries.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  // Default sort compares UTF-16 code units, as `<` does.
  const keys = Object.keys(object).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${out}}`;
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
  const { streamId, revision, eventId, type, data, metadata } = entry;
  return Buffer.from(canonicalJson({ streamId, revision, eventId, type, data, metadata }), 'utf8');
}
