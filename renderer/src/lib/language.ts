import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../../shared/domain/languages';

/** Where the person's own choice of interface language is remembered on this computer. */
export const LANGUAGE_STORAGE_KEY = 'imkon.language';

type Reader = Pick<Storage, 'getItem'>;
type Writer = Pick<Storage, 'setItem'>;

/** The remembered language, or null when none (or something unusable) is stored. */
export function readStoredLanguage(storage: Reader | undefined): Language | null {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    // Storage can be disabled; the app still works, it just forgets the choice.
    return null;
  }
}

export function storeLanguage(storage: Writer | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // See readStoredLanguage: forgetting the choice is better than failing the switch.
  }
}

/** A person's own choice wins; then the centre's default language; then Uzbek Latin. */
export function chooseLanguage(stored: Language | null, centreDefault: unknown): Language {
  if (stored) return stored;
  return isLanguage(centreDefault) ? centreDefault : DEFAULT_LANGUAGE;
}
