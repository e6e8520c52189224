export interface SummaryRow {
  readonly departmentId: string;
  readonly classCode: string;
  readonly className: string;
  readonly count: number;
  readonly originalValueFen: number;
  readonly netBookValueFen: number;
}

export interface ClassLine {
  readonly classCode: string;
  readonly className: string;
  readonly count: number;
  /** 分, exact */
  readonly originalValueFen: bigint;
  readonly netBookValueFen: bigint;
}

/**
 * Sums the register rows (department × 门类 × 大类) per 门类 for one unit or all, listing every
 * 门类 of the catalogue (zero when the unit holds none of it). Money is summed as BigInt.
 */
export function registerByClass(
  classes: readonly { code: string; name: string }[],
  rows: readonly SummaryRow[],
  departmentId?: string,
): { lines: ClassLine[]; total: Omit<ClassLine, 'classCode' | 'className'> } {
  const lines = new Map<string, ClassLine>(
    classes.map((c) => [c.code, { classCode: c.code, className: c.name, count: 0, originalValueFen: 0n, netBookValueFen: 0n }]),
  );
  for (const r of rows) {
    if (departmentId && r.departmentId !== departmentId) continue;
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
  const all = [...lines.values()].sort((a, b) => a.classCode.localeCompare(b.classCode));
  const total = all.reduce(
    (t, l) => ({
      count: t.count + l.count,
      originalValueFen: t.originalValueFen + l.originalValueFen,
      netBookValueFen: t.netBookValueFen + l.netBookValueFen,
    }),
    { count: 0, originalValueFen: 0n, netBookValueFen: 0n },
  );
  return { lines: all, total };
}
