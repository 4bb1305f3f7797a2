import i18next, { type i18n as I18n } from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../domain/languages';
import { en } from './catalogues/en';
import { ru } from './catalogues/ru';
import type { Catalogue } from './catalogues/types';
import { uzCyrl } from './catalogues/uz-Cyrl';
import { uzLatn } from './catalogues/uz-Latn';

export type { Catalogue };

export const catalogues: Record<Language, Catalogue> = {
  'uz-Latn': uzLatn,
  'uz-Cyrl': uzCyrl,
  ru,
  en,
};

/** The catalogue key holding each language's own name, for language pickers. */
export const LANGUAGE_NAME_KEYS: Record<Language, `language.${keyof Catalogue['language']}`> = {
  'uz-Latn': 'language.uzLatn',
  'uz-Cyrl': 'language.uzCyrl',
  ru: 'language.ru',
  en: 'language.en',
};

/**
 * A fresh i18next instance with every catalogue loaded, so switching language never waits on I/O.
 * English is the fallback; a missing key is a bug that the catalogue test catches first.
 */
export function createI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: Object.fromEntries(LANGUAGES.map((lang) => [lang, { translation: catalogues[lang] }])),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
