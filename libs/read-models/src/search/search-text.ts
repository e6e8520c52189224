import { pinyin } from 'pinyin-pro';

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** Pinyin initials of the Chinese characters in a text: 台式计算机 → tsjsj (other characters dropped). */
export function pinyinInitials(text: string): string {
  if (!HAS_CHINESE.test(text)) return '';
  return pinyin(text.replace(/[^\u4e00-\u9fff]/g, ''), { pattern: 'first', toneType: 'none', type: 'array' }).join('');
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
