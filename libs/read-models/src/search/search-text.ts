import { pinyin } from 'pinyin-pro';

const HAS_CHINESE = /[\u4e00-\u9fff]/;

// Titles repeat (a city holds thousands of 台式计算机): a rebuild would look the same ones up again and again.
const known = new Map<string, string>();
const KNOWN_MAX = 10_000;

/** Pinyin initials of the Chinese characters in a text: 台式计算机 → tsjsj (other characters dropped). */
export function pinyinInitials(text: string): string {
  if (!HAS_CHINESE.test(text)) return '';
  const hanzi = text.replace(/[^\u4e00-\u9fff]/g, '');
  let initials = known.get(hanzi);
  if (initials === undefined) {
    initials = pinyin(hanzi, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(hanzi, initials);
  }
  return initials;
}

/** Text searched by substring: the parts as written (lower-cased) and the pinyin initials of the title. */
export function searchableText(title: string, ...parts: (string | null | undefined)[]): string {
  const words = [title, ...parts]
    .filter((p): p is string => !!p)
    .join(' ')
    .toLowerCase();
  const initials = pinyinInitials(title);
  return initials ? `${words} ${initials}` : words;
}
