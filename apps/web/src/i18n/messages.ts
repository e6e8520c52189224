export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Messages<K extends string> = Record<Language, Record<K, string>>;

/**
 * Strings of one page or component, zh-CN first. The type makes every key exist in both
 * languages, so a missing English text fails the type check, not the user.
 */
export function defineMessages<K extends string>(messages: {
  'zh-CN': Record<K, string>;
  'en-US': Record<NoInfer<K>, string>;
}): Messages<K> {
  return messages;
}

/** Fills {name} placeholders. */
export function format(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
