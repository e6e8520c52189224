/** China dates (YYYY-MM-DD) handled as UTC midnights, so the browser's own time zone never shifts a day. */
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export const addDays = (date: string, days: number) => iso(ms(date) + days * 86400_000);

/** Weeks (Monday first, as Chinese calendars are printed) covering from..to; days outside the range are null. */
export function weeksCovering(from: string, to: string): (string | null)[][] {
  const mondayOffset = (new Date(ms(from)).getUTCDay() + 6) % 7;
  const weeks: (string | null)[][] = [];
  for (let start = addDays(from, -mondayOffset); start <= to; start = addDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)).map((d) => (d >= from && d <= to ? d : null)));
  }
  return weeks;
}

export interface DaySummary {
  readonly slots: number;
  readonly free: number;
  readonly waitlisted: number;
  readonly provisional: boolean;
}

/** What a day cell shows: open slots and free places of the slots starting that day (suspended and past ones count as none). */
export function summariseDays(
  slots: readonly { start: string; free: number; waitlisted: number; suspended: boolean; provisional?: boolean }[],
  dateOf: (start: string) => string,
  bookableFrom: number,
): Map<string, DaySummary> {
  const days = new Map<string, DaySummary>();
  for (const s of slots) {
    const date = dateOf(s.start);
    const open = !s.suspended && Date.parse(s.start) >= bookableFrom;
    const d = days.get(date) ?? { slots: 0, free: 0, waitlisted: 0, provisional: false };
    days.set(date, {
      slots: d.slots + (open ? 1 : 0),
      free: d.free + (open ? s.free : 0),
      waitlisted: d.waitlisted + (open ? s.waitlisted : 0),
      provisional: d.provisional || Boolean(s.provisional),
    });
  }
  return days;
}
