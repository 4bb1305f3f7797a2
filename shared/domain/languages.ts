/** The interface and document languages, as BCP 47 tags. Uzbek Latin is the default. */
export const LANGUAGES = ['uz-Latn', 'uz-Cyrl', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'uz-Latn';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
