/** A LIKE pattern matching `text` anywhere, case-folded, with LIKE's own wildcards escaped. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
