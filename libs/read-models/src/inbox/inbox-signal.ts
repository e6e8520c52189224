/**
 * The inbox projection says whose inbox changed with NOTIFY on this channel inside its transaction, so the
 * signal is delivered at commit (never for rows that were rolled back) to every API process listening,
 * wherever the projector runs. The payload names the users, or '*' when too many for one NOTIFY (8 kB).
 */
export const INBOX_CHANGED_CHANNEL = 'inbox_changed';

const MAX_PAYLOAD = 7000;

export function inboxChangedPayload(userIds: Iterable<string>): string {
  const json = JSON.stringify([...new Set(userIds)]);
  return json.length > MAX_PAYLOAD ? '*' : json;
}

/** The users a payload names, or 'all' ('*' or anything unreadable: everyone looks again). */
export function usersInPayload(payload: string | undefined): ReadonlySet<string> | 'all' {
  try {
    const parsed: unknown = JSON.parse(payload ?? '*');
    return Array.isArray(parsed) ? new Set(parsed.filter((u): u is string => typeof u === 'string')) : 'all';
  } catch {
    return 'all';
  }
}
