import { formatFen } from '../lib/money';

/** An amount in 分 shown as ¥1,234.56, right-aligned, bold for totals. */
export function Money({ fen, strong = false }: { fen: number | string | bigint | null | undefined; strong?: boolean }) {
  const text = formatFen(fen);
  return <span className="money">{strong ? <strong>{text}</strong> : text}</span>;
}
