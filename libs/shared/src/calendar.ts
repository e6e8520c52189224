const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in China (Asia/Shanghai) at `instant`, as YYYY-MM-DD. */
export function chinaDate(instant: Date): string {
  return shanghaiDate.format(instant);
}
