import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/domain/languages';
import { catalogues, createI18n } from '../../shared/i18n';
import { ERROR_CODES } from '../../shared/contract';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const flat = Object.fromEntries(LANGUAGES.map((lang) => [lang, flatten(catalogues[lang])]));
const englishKeys = [...flat.en!.keys()].sort();

describe('message catalogues', () => {
  it.each(LANGUAGES)('%s has every key of the others and no empty text', (lang) => {
    for (const other of LANGUAGES) {
      const missing = [...flat[other]!.keys()].filter((key) => !flat[lang]!.has(key));
      expect(missing, `keys of ${other} missing in ${lang}`).toEqual([]);
    }
    for (const [key, text] of flat[lang]!) expect(text.trim(), `${lang}: ${key}`).not.toBe('');
  });

  it.each(LANGUAGES)('%s uses the same placeholders as English', (lang) => {
    for (const key of englishKeys) {
      expect(variables(flat[lang]!.get(key)!), `${lang}: ${key}`).toEqual(variables(flat.en!.get(key)!));
    }
  });

  it('has a message for every error code in every language', () => {
    for (const lang of LANGUAGES)
      for (const code of ERROR_CODES) expect(flat[lang]!.has(`errors.${code}`)).toBe(true);
  });

  it('writes Uzbek Latin oʻ and gʻ with the modifier letter, not an apostrophe or quote', () => {
    for (const [key, text] of flat['uz-Latn']!) {
      expect(text, key).not.toMatch(/[OoGg]['‘’`]/);
      expect(text, key).not.toMatch(/[a-z]'[a-z]/);
    }
  });

  it('writes Uzbek Cyrillic and Russian texts without stray Latin letters outside names and examples', () => {
    const allowedLatin = /Oʻzbekcha|English|Asia\/Tashkent|\b(?:PDF|Excel|XLSX|CSV)\b/g;
    for (const lang of ['uz-Cyrl', 'ru'] as const) {
      for (const [key, text] of flat[lang]!) {
        expect(text.replace(allowedLatin, '').replace(/\{\{\w+\}\}/g, ''), `${lang}: ${key}`).not.toMatch(
          /[A-Za-z]{2,}/,
        );
      }
    }
  });

  it('translates through i18next with interpolation in each language', () => {
    const i18n = createI18n('ru');
    expect(i18n.t('validation.tooLong', { max: 200 })).toBe('Введите не более 200 символов.');
    void i18n.changeLanguage('uz-Latn');
    expect(i18n.t('nav.settings')).toBe('Sozlamalar');
    void i18n.changeLanguage('uz-Cyrl');
    expect(i18n.t('nav.settings')).toBe('Созламалар');
  });
});
