/**
 * Category codes as GB/T 14885-2022 and the 2022 政府采购品目分类目录 write them: a letter and eight
 * digits, four two-digit levels — 门类 (A02000000 设备), 一级/大类 (A02010000), 二级 (A02010100),
 * 品目 (A02010105). A level of 00 means "not this deep"; no level may follow a 00 one.
 */
/** The shape a request must have (letter + 8 digits); the levels are checked by `isWellFormedCategoryCode`. */
export const CATEGORY_CODE_PATTERN = /^[A-Z]\d{8}$/;
export const CATEGORY_CODE_MESSAGE = 'must be a letter and eight digits (GB/T 14885-2022), such as A02010105';

const SHAPE = CATEGORY_CODE_PATTERN;
/** Codes written before the 9-character form: letter, 门类, 大类, 二级 (the 品目 level was never written). */
const LEGACY_SHAPE = /^A0[1-7]\d{4}$/;

export type CategoryLevel = 1 | 2 | 3 | 4;
export const LEVEL_NAMES: Readonly<Record<CategoryLevel, string>> = { 1: '门类', 2: '大类', 3: '二级', 4: '品目' };

/** The four two-digit levels of a well-formed code (null if not letter + 8 digits). */
function pairs(code: string): string[] | null {
  if (!SHAPE.test(code)) return null;
  return [code.slice(1, 3), code.slice(3, 5), code.slice(5, 7), code.slice(7, 9)];
}

/** Letter + 8 digits, the 门类 not 00, and no level after one that is 00. */
export function isWellFormedCategoryCode(code: string): boolean {
  const p = pairs(code);
  if (!p || p[0] === '00') return false;
  const depth = p.findIndex((x) => x === '00');
  return depth === -1 || p.slice(depth).every((x) => x === '00');
}

/** 1 for a 门类 … 4 for a 品目; null for a malformed code. */
export function levelOf(code: string): CategoryLevel | null {
  if (!isWellFormedCategoryCode(code)) return null;
  const depth = pairs(code)!.findIndex((x) => x === '00');
  return (depth === -1 ? 4 : depth) as CategoryLevel;
}

/** The code's ancestor at a level (itself at its own level), e.g. A02010105 at level 2 → A02010000. */
export function ancestorAt(code: string, level: CategoryLevel): string {
  const kept = 1 + 2 * level;
  return code.slice(0, kept) + '0'.repeat(9 - kept);
}

/** The code one level up, or null for a 门类. */
export function parentOf(code: string): string | null {
  const level = levelOf(code);
  return level === null || level === 1 ? null : ancestorAt(code, (level - 1) as CategoryLevel);
}

/** Every level from the 门类 down to the code itself. */
export function lineageOf(code: string): string[] {
  const level = levelOf(code);
  if (level === null) return [];
  return Array.from({ length: level }, (_, i) => ancestorAt(code, (i + 1) as CategoryLevel));
}

/** What a code's rows start with at its own level: the prefix a filter "this category and below" matches. */
export function categoryPrefix(code: string): string {
  const level = levelOf(code);
  return level === null ? code : code.slice(0, 1 + 2 * level);
}

/**
 * Reads a code as stored. Events written before the 9-character form hold 7 characters: the letter,
 * the 门类, 大类 and 二级 pairs (A020000 设备, A020100 信息化设备, A020101 计算机). The missing
 * level is the last one, the 品目, so "00" is appended: A020000 → A02000000, A020100 → A02010000,
 * A020101 → A02010100. Any other string is returned as it is. Nothing stored is rewritten.
 */
export function upcastCategoryCode(code: string): string {
  return LEGACY_SHAPE.test(code) ? `${code}00` : code;
}

export function classCodeOf(code: string): string {
  return ancestorAt(upcastCategoryCode(code), 1);
}

/** The 大类 (level 2) of a code, or null for a code at 门类 level. */
export function majorCodeOf(code: string): string | null {
  const upcast = upcastCategoryCode(code);
  const level = levelOf(upcast);
  if (level === null) return /^\d{2}$/.test(upcast.slice(3, 5)) && upcast.slice(3, 5) !== '00' ? ancestorAt(upcast, 2) : null;
  return level < 2 ? null : ancestorAt(upcast, 2);
}
