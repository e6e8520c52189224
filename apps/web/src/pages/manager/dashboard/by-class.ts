import type { Schemas } from '../../../api/client';

export interface ClassLine {
  readonly classCode: string;
  readonly className: string;
  readonly count: number;
  readonly originalValueFen: bigint;
  readonly netBookValueFen: bigint;
}

/** One line per 门类 (all of them, zeros included), summed exactly over 大类 rows. */
export function byClass(
  rows: readonly Omit<Schemas['RegisterSummaryRowView'], 'categoryCode' | 'categoryName'>[],
  classes: readonly { code: string; name: string }[],
  departmentId: string,
): ClassLine[] {
  const lines = new Map<string, ClassLine>(
    classes.map((c) => [c.code, { classCode: c.code, className: c.name, count: 0, originalValueFen: 0n, netBookValueFen: 0n }]),
  );
  for (const r of rows) {
    if (r.departmentId !== departmentId) continue;
    const line = lines.get(r.classCode) ?? {
      classCode: r.classCode,
      className: r.className,
      count: 0,
      originalValueFen: 0n,
      netBookValueFen: 0n,
    };
    lines.set(r.classCode, {
      ...line,
      count: line.count + r.count,
      originalValueFen: line.originalValueFen + BigInt(r.originalValueFen),
      netBookValueFen: line.netBookValueFen + BigInt(r.netBookValueFen),
    });
  }
  return [...lines.values()].sort((a, b) => a.classCode.localeCompare(b.classCode));
}

/** Everything the dashboard shows, read in parallel. */
