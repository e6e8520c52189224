export interface SummaryRow {
  readonly departmentId: string;
  /** The group at the level the summary was asked for (门类 … 品目) */
  readonly categoryCode: string;
  readonly categoryName: string;
  readonly count: number;
  readonly originalValueFen: number;
  readonly netBookValueFen: number;
}

export interface CategoryLine {
  readonly code: string;
  readonly name: string;
  readonly count: number;
  /** 分, exact */
  readonly originalValueFen: bigint;
  readonly netBookValueFen: bigint;
}

/**
 * Sums the register rows (department × category group) per group for one unit or all. `listed` are the
 * groups shown even at zero (every 门类 of the catalogue when summing by 门类). Money is summed as BigInt.
 */
export function registerByCategory(
  listed: readonly { code: string; name: string }[],
  rows: readonly SummaryRow[],
  departmentId?: string,
): { lines: CategoryLine[]; total: Omit<CategoryLine, 'code' | 'name'> } {
  const lines = new Map<string, CategoryLine>(
    listed.map((c) => [c.code, { code: c.code, name: c.name, count: 0, originalValueFen: 0n, netBookValueFen: 0n }]),
  );
  for (const r of rows) {
    if (departmentId && r.departmentId !== departmentId) continue;
    const line = lines.get(r.categoryCode) ?? {
      code: r.categoryCode,
      name: r.categoryName,
      count: 0,
      originalValueFen: 0n,
      netBookValueFen: 0n,
    };
    lines.set(r.categoryCode, {
      ...line,
      count: line.count + r.count,
      originalValueFen: line.originalValueFen + BigInt(r.originalValueFen),
      netBookValueFen: line.netBookValueFen + BigInt(r.netBookValueFen),
    });
  }
  const all = [...lines.values()].sort((a, b) => a.code.localeCompare(b.code));
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
