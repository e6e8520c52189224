/** A row of the category table in force, as GET /api/categories gives it. */
export interface CategoryRowView {
  code: string;
  name: string;
  parent: string | null;
}

export interface CategoryOption {
  value: string;
  label: string;
  children?: CategoryOption[];
}

/** The table as a tree by level (门类 → 大类 → 二级 → 品目) for a cascader; each label shows code and name. */
export function categoryOptions(rows: readonly CategoryRowView[]): CategoryOption[] {
  const byParent = new Map<string | null, CategoryRowView[]>();
  for (const row of rows) byParent.set(row.parent, [...(byParent.get(row.parent) ?? []), row]);
  const build = (parent: string | null): CategoryOption[] =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((r) => {
        const children = build(r.code);
        return { value: r.code, label: `${r.code} ${r.name}`, ...(children.length ? { children } : {}) };
      });
  return build(null);
}

/** The path of codes from the 门类 down to a code (what a cascader holds as its value). */
export function categoryPath(rows: readonly CategoryRowView[], code: string | undefined): string[] {
  if (!code) return [];
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const path: string[] = [];
  for (let at: string | null | undefined = code; at; at = byCode.get(at)?.parent) {
    path.unshift(at);
    if (!byCode.has(at)) break;
  }
  return path;
}
