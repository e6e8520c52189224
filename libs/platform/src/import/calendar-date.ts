import { isCalendarDate } from '@app/shared';

/** A date cell as registers write it: 2023-05-10, 2023/5/10, 2023.05.10, 20230510 or 2023年5月10日 → 2023-05-10; null when not a real date. */
export function calendarDate(text: string): string | null {
  const match = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(text.trim());
  if (!match) return null;
  const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}
