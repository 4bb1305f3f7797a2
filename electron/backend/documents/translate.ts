import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/languages';
import { createI18n } from '../../../shared/i18n';

const instances = new Map<Language, TFunction>();

/**
 * A `t` fixed to the document's language, from an i18next instance of the backend's own: a document is printed
 * in the language asked for, whatever the interface (or another document being rendered) uses.
 */
export function documentT(language: Language): TFunction {
  let t = instances.get(language);
  if (!t) {
    t = createI18n(language).getFixedT(language);
    instances.set(language, t);
  }
  return t;
}
