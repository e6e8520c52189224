import { ancestorAt, CategoryLevel, isWellFormedCategoryCode, levelOf, lineageOf } from './category-code';
import { CategoryRow } from './category-table';
import { STANDARD_CATEGORY_TABLE } from './standard-category-table';

export * from './category-code';

export interface Category extends CategoryRow {
  readonly level: CategoryLevel;
}

export interface ResolvedCategory {
  readonly code: string;
  readonly level: CategoryLevel;
  /** 门类, e.g. A02000000 设备 */
  readonly classCode: string;
  readonly className: string;
  /** 大类 (level 2), e.g. A02010000; null for a code at 门类 level */
  readonly majorCode: string | null;
  readonly majorName: string | null;
  /** Every level from the 门类 down to the code, with its name where the table lists it. */
  readonly path: readonly { code: string; name: string | null }[];
}

/**
 * The category table in force, as data. The rule for a code ("listed where the table goes that deep"):
 * it must be well formed, its 门类 must be listed, and at every level below, where the table lists any
 * children of the level above, the code's own ancestor at that level must be one of them. So where the
 * table stops (a level without listed children) deeper codes are accepted under their deepest listed
 * ancestor, and loading a fuller table tightens validation without a code change.
 */
export class CategoryCatalog {
  private readonly byCode = new Map<string, Category>();
  private readonly withChildren = new Set<string>();

  constructor(rows: readonly CategoryRow[]) {
    for (const row of rows) {
      const level = levelOf(row.code);
      if (level === null) continue;
      this.byCode.set(row.code, { ...row, level });
      if (row.parent) this.withChildren.add(row.parent);
    }
  }

  static standard(): CategoryCatalog {
    return new CategoryCatalog(STANDARD_CATEGORY_TABLE);
  }

  resolve(code: string): ResolvedCategory | null {
    if (!isWellFormedCategoryCode(code)) return null;
    const lineage = lineageOf(code);
    if (!this.byCode.has(lineage[0])) return null;
    for (let i = 1; i < lineage.length; i++) {
      const listed = this.byCode.has(lineage[i]);
      if (!listed && this.withChildren.has(lineage[i - 1])) return null;
      if (!listed) break;
    }
    const level = levelOf(code)!;
    const name = (c: string) => this.byCode.get(c)?.name ?? null;
    const classCode = ancestorAt(code, 1);
    const majorCode = level >= 2 ? ancestorAt(code, 2) : null;
    return {
      code,
      level,
      classCode,
      className: name(classCode) ?? classCode,
      majorCode,
      majorName: majorCode && name(majorCode),
      path: lineage.map((c) => ({ code: c, name: name(c) })),
    };
  }

  /** The code is a row of the table itself, not just a code that fits under one. */
  listed(code: string): boolean {
    return this.byCode.has(code);
  }

  nameOf(code: string): string | null {
    return this.byCode.get(code)?.name ?? null;
  }

  classes(): Category[] {
    return this.rows().filter((c) => c.level === 1);
  }

  rows(): Category[] {
    return [...this.byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  }
}
