/**
 * Read your own writes. Each successful write answers with the event store position it reached
 * (`X-Written-Through`); every later read sends the furthest one back (`X-Read-After`), and the API
 * holds the read until the read models have applied it. Kept in localStorage so a reload, or another
 * tab of the same person, still sees what was just saved.
 */
const KEY = 'written-through';
export const WRITTEN_THROUGH = 'X-Written-Through';
export const READ_AFTER = 'X-Read-After';
export const READ_STALE = 'X-Read-Stale';

const parse = (text: string | null): [bigint, bigint] | null => {
  const m = text ? /^(\d+)\/(\d+)$/.exec(text) : null;
  return m ? [BigInt(m[1]), BigInt(m[2])] : null;
};
const later = (a: [bigint, bigint], b: [bigint, bigint]) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The position to wait for on the next read, if this browser has written anything. */
export function readAfter(): string | null {
  return parse(stored()) ? stored() : null;
}

/** Remembers a write's position, keeping the furthest seen. */
export function wroteThrough(position: string | null): void {
  const next = parse(position);
  if (!next) return;
  const current = parse(stored());
  if (current && !later(next, current)) return;
  try {
    localStorage.setItem(KEY, position!);
  } catch {
    // Private mode without storage: reads may briefly lag the person's own writes, nothing worse.
  }
}

type StaleListener = () => void;
const staleListeners = new Set<StaleListener>();

/** The API answered before the read models caught up with this person's writes. */
export function onStaleRead(listener: StaleListener): () => void {
  staleListeners.add(listener);
  return () => staleListeners.delete(listener);
}

export function reportStaleRead(): void {
  for (const listener of staleListeners) listener();
}
