import type { Language } from '../domain/languages';

/**
 * Uzbek (both scripts) and Russian group thousands with a space and use a decimal comma. Chromium lacks
 * Uzbek number data, so Uzbek borrows the Russian rules, which are the same.
 */
const NUMBER_LOCALES: Record<Language, string> = {
  'uz-Latn': 'ru',
  'uz-Cyrl': 'ru',
  ru: 'ru',
  en: 'en-GB',
};

export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[language], options).format(value);
}
