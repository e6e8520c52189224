/** JSON with object keys sorted at every level: the same event always encodes to the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
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
