/**
 * Money arrives as integer 分 (fen). It is shown as ¥1,234.56 by string arithmetic only:
 * no floating point ever touches an amount.
 */
export function formatFen(fen: number | bigint | string | null | undefined): string {
  if (fen === null || fen === undefined || fen === '') return '—';
  const text = typeof fen === 'string' ? fen.trim() : fen.toString();
  if (!/^-?\d+$/.test(text)) throw new Error(`not an amount in 分: ${text}`);
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).replace(/^0+(?=\d)/, '').padStart(3, '0');
  const yuan = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${yuan}.${digits.slice(-2)}`;
}

/** Sums amounts in 分 exactly (BigInt), for totals rows. */
export function sumFen(values: readonly (number | string | bigint)[]): bigint {
  return values.reduce<bigint>((total, v) => total + BigInt(v), 0n);
}

/**
 * Reads what a person typed in 元 ("1,234.5", "¥12") into integer 分, or null when it is not an
 * amount. Parsed as text so 0.1 + 0.2 style errors cannot happen.
 */
export function parseYuanToFen(input: string): number | null {
  const text = input.replace(/[¥,\s，]/g, '');
  const match = /^(\d{1,13})(?:\.(\d{0,2}))?$/.exec(text);
  if (!match) return null;
  const fen = BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return fen > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(fen);
}

/** Counts with thousands separators. */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
