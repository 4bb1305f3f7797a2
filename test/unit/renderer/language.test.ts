import { describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  LANGUAGE_STORAGE_KEY,
  readStoredLanguage,
  storeLanguage,
} from '../../../renderer/src/lib/language';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const broken = {
  getItem: (): string | null => {
    throw new Error('storage disabled');
  },
  setItem: (): void => {
    throw new Error('storage disabled');
  },
};

describe('the interface language at startup', () => {
  it('remembers the choice under imkon.language', () => {
    const storage = memoryStorage();
    storeLanguage(storage, 'ru');
    expect(storage.items.get('imkon.language')).toBe('ru');
    expect(LANGUAGE_STORAGE_KEY).toBe('imkon.language');
    expect(readStoredLanguage(storage)).toBe('ru');
  });

  it('ignores a stored value that is not one of the four languages', () => {
    expect(readStoredLanguage(memoryStorage({ 'imkon.language': 'uz' }))).toBeNull();
    expect(readStoredLanguage(memoryStorage())).toBeNull();
  });

  it('survives storage that refuses access', () => {
    expect(readStoredLanguage(broken)).toBeNull();
    expect(() => storeLanguage(broken, 'en')).not.toThrow();
    expect(readStoredLanguage(undefined)).toBeNull();
  });

  it("prefers the person's choice, then the centre's default, then Uzbek Latin", () => {
    expect(chooseLanguage('en', 'ru')).toBe('en');
    expect(chooseLanguage(null, 'uz-Cyrl')).toBe('uz-Cyrl');
    expect(chooseLanguage(null, undefined)).toBe('uz-Latn');
    expect(chooseLanguage(null, 'de')).toBe('uz-Latn');
  });
});
