import { describe, expect, it } from 'vitest';
import {
  FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  INSON_CENTRES,
  MAHALLA_NAMES,
  MALE_GIVEN_NAMES,
  demoPersonName,
  familyNameFor,
  patronymicFor,
  type NamePair,
} from '../../electron/backend/demo/names';
import { Random } from '../../electron/backend/demo/random';
import { districtsOf, isDistrictOf } from '../../shared/domain/regions';

/** Uzbek Latin to Cyrillic by the official letter correspondence, enough to cross-check the demo pairs. */
function toCyrillic(latin: string): string {
  const from = 'abdfghijklmnopqrstuvxyzʼ ';
  const to = 'абдфгҳижклмнопқрстувхйзъ ';
  let out = '';
  for (let i = 0; i < latin.length;) {
    const c = latin[i] as string;
    const next = latin.slice(i + 1, i + 2).toLowerCase();
    const lower = c.toLowerCase();
    const capital = (cyrillic: string) => (c === lower ? cyrillic : cyrillic.toUpperCase());
    let take = 1;
    let cyr: string;
    if ((lower === 'o' || lower === 'g') && next === 'ʻ') [cyr, take] = [lower === 'o' ? 'ў' : 'ғ', 2];
    else if ((lower === 's' || lower === 'c') && next === 'h') [cyr, take] = [lower === 's' ? 'ш' : 'ч', 2];
    else if (lower === 'y' && next === 'e') [cyr, take] = ['е', 2];
    else if (lower === 'y' && 'aou'.includes(next) && next !== '' && latin[i + 2] !== 'ʻ')
      [cyr, take] = [{ a: 'я', o: 'ё', u: 'ю' }[next as 'a' | 'o' | 'u'], 2];
    else if (lower === 'e') cyr = i === 0 || latin[i - 1] === ' ' ? 'э' : 'е';
    else cyr = to[from.indexOf(lower)] ?? `<${c}>`;
    out += capital(cyr);
    i += take;
  }
  return out;
}

const lists: Record<string, readonly NamePair[]> = {
  male: MALE_GIVEN_NAMES,
  female: FEMALE_GIVEN_NAMES,
  family: FAMILY_NAMES,
  mahalla: MAHALLA_NAMES,
};

describe('demo names', () => {
  it('has enough names for a centre of a few hundred people', () => {
    expect(MALE_GIVEN_NAMES.length).toBeGreaterThanOrEqual(60);
    expect(FEMALE_GIVEN_NAMES.length).toBeGreaterThanOrEqual(60);
    expect(FAMILY_NAMES.length).toBeGreaterThanOrEqual(60);
    expect(MAHALLA_NAMES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(Object.entries(lists))('%s names: each in both scripts, spelt correctly, once', (_, list) => {
    for (const { latin, cyrillic } of list) {
      expect(latin).toMatch(/^[A-Z][a-zʻʼ]*( [a-zʻʼ]+)*$/);
      // ʻ only in oʻ and gʻ; never an apostrophe or a quotation mark in their place.
      expect(latin.replace(/[oOgG]ʻ/g, ''), latin).not.toMatch(/[ʻ'‘’`]/);
      expect(cyrillic, latin).toMatch(/^[А-ЯЁЎҚҒҲ][а-яёўқғҳ]*( [а-яёўқғҳ]+)*$/);
      expect(cyrillic, latin).toBe(toCyrillic(latin));
    }
    expect(new Set(list.map((pair) => pair.latin)).size).toBe(list.length);
  });

  it('derives the female family name by adding "a" in both scripts', () => {
    const karimov = { latin: 'Karimov', cyrillic: 'Каримов' };
    expect(familyNameFor(karimov, 'female')).toEqual({ latin: 'Karimova', cyrillic: 'Каримова' });
    expect(familyNameFor(karimov, 'male')).toEqual(karimov);
    expect(familyNameFor({ latin: 'Aliyev', cyrillic: 'Алиев' }, 'female')).toEqual({
      latin: 'Aliyeva',
      cyrillic: 'Алиева',
    });
  });

  it('writes patronymics the Uzbek way', () => {
    const akmal = { latin: 'Akmal', cyrillic: 'Акмал' };
    expect(patronymicFor(akmal, 'male')).toEqual({ latin: 'Akmal oʻgʻli', cyrillic: 'Акмал ўғли' });
    expect(patronymicFor(akmal, 'female')).toEqual({ latin: 'Akmal qizi', cyrillic: 'Акмал қизи' });
  });

  it('gives the same names for the same seed', () => {
    const draw = () => {
      const random = new Random(42);
      return Array.from({ length: 50 }, (_, i) =>
        demoPersonName(random, i % 2 ? 'male' : 'female', i % 3 ? 'latin' : 'cyrillic'),
      );
    };
    const first = draw();
    expect(draw()).toEqual(first);
    expect(new Set(first.map((name) => name.givenName)).size).toBeGreaterThan(20);
  });

  it('builds a full name in the requested script and sex', () => {
    const random = new Random(7);
    for (let i = 0; i < 200; i += 1) {
      const woman = demoPersonName(random, 'female', 'latin');
      expect(woman.familyName).toBe(`${woman.source.family.latin}a`);
      expect(FEMALE_GIVEN_NAMES).toContain(woman.source.given);
      expect(woman.patronymic).toBe(`${woman.source.father.latin} qizi`);

      const man = demoPersonName(random, 'male', 'cyrillic');
      expect(man.familyName).toBe(man.source.family.cyrillic);
      expect(man.givenName).toBe(man.source.given.cyrillic);
      expect(man.patronymic).toBe(`${man.source.father.cyrillic} ўғли`);
      expect(man.source.given.latin).not.toBe(man.source.father.latin);
      for (const part of [man.familyName, man.givenName, man.patronymic])
        expect(part).not.toMatch(/[A-Za-z]/);
    }
  });

  it('names a child into its father’s family', () => {
    const random = new Random(3);
    const father = demoPersonName(random, 'male', 'latin');
    const daughter = demoPersonName(random, 'female', 'latin', {
      family: father.source.family,
      father: father.source.given,
    });
    expect(daughter.familyName).toBe(`${father.familyName}a`);
    expect(daughter.patronymic).toBe(`${father.givenName} qizi`);
    const son = demoPersonName(random, 'male', 'cyrillic', {
      family: father.source.family,
      father: father.source.given,
    });
    expect(son.familyName).toBe(father.source.family.cyrillic);
    expect(son.givenName).not.toBe(father.source.given.cyrillic);
  });

  it('names an Inson centre for every district and city of Andijan region', () => {
    expect(INSON_CENTRES).toHaveLength(districtsOf('andijan').length);
    for (const centre of INSON_CENTRES) expect(isDistrictOf(centre.districtCode, 'andijan')).toBe(true);
    expect(INSON_CENTRES.map((centre) => centre.name.latin)).toContain(
      'Asaka tumani «Inson» ijtimoiy xizmatlar markazi',
    );
    expect(INSON_CENTRES.map((centre) => centre.name.cyrillic)).toContain(
      'Асака тумани «Инсон» ижтимоий хизматлар маркази',
    );
  });
});
