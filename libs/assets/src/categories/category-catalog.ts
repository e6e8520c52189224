import standard from './gbt-14885-2022.json';

export type CategoryLevel = 'class' | 'major' | 'detail';

export interface Category {
  readonly code: string;
  readonly name: string;
  readonly level: CategoryLevel;
}

export interface ResolvedCategory {
  readonly code: string;
  /** 门类, e.g. A020000 设备 */
  readonly classCode: string;
  readonly className: string;
  /** 大类, e.g. A020100; null for a code at 门类 level */
  readonly majorCode: string | null;
  readonly majorName: string | null;
}

/** GB/T 14885-2022 codes: "A", two digits of 门类, two of 大类, then further pairs for lower levels. */
export const CATEGORY_CODE_PATTERN = /^A0[1-7]\d{4}(\d{2})*$/;

export function classCodeOf(code: string): string {
  return `${code.slice(0, 3)}0000`;
}

export function majorCodeOf(code: string): string | null {
  return code.slice(3, 5) === '00' ? null : `${code.slice(0, 5)}00`;
}

/**
 * The category table as data. A code is accepted when it is well formed, its 门类 is in the table,
 * and — where the table lists 大类 for that 门类 — its 大类 is listed too. Loading a fuller table
 * tightens validation without a code change.
 */
export class CategoryCatalog {
  private readonly byCode = new Map<string, Category>();
  private readonly classesWithMajors = new Set<string>();

  constructor(categories: readonly Category[]) {
    for (const category of categories) {
      this.byCode.set(category.code, category);
      if (category.level === 'major') this.classesWithMajors.add(classCodeOf(category.code));
    }
  }

  static standard(): CategoryCatalog {
    return new CategoryCatalog(standard.categories as Category[]);
  }

  resolve(code: string): ResolvedCategory | null {
    if (!CATEGORY_CODE_PATTERN.test(code)) return null;
    const classCode = classCodeOf(code);
    const topClass = this.byCode.get(classCode);
    if (!topClass) return null;
    const majorCode = majorCodeOf(code);
    const major = majorCode ? this.byCode.get(majorCode) : undefined;
    if (majorCode && !major && this.classesWithMajors.has(classCode)) return null;
    return { code, classCode, className: topClass.name, majorCode, majorName: major?.name ?? null };
  }

  /** The code is a row of the table itself (a 门类 or 大类), not just a code that fits under one. */
  listed(code: string): boolean {
    return this.byCode.has(code);
  }

  classes(): Category[] {
    return [...this.byCode.values()].filter((c) => c.level === 'class');
  }
}
