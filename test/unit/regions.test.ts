import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/domain/languages';
import {
  REGIONS,
  districtName,
  districtsOf,
  findDistrict,
  findRegion,
  isDistrictOf,
  regionName,
} from '../../shared/domain/regions';
import { foldForSearch } from '../../shared/domain/search-fold';

const allDistricts = REGIONS.flatMap((region) => region.districts);
const allUnits = [...REGIONS, ...allDistricts];

describe('regions reference data', () => {
  it('holds the 14 first-level units and over 200 districts and cities', () => {
    expect(REGIONS).toHaveLength(14);
    expect(allDistricts.length).toBeGreaterThan(200);
  });

  it('gives every unit a unique code of the stored shape', () => {
    const codes = allUnits.map((unit) => unit.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(\.[a-z0-9-]+)?$/);
    for (const region of REGIONS) {
      for (const district of region.districts) {
        expect(district.regionCode).toBe(region.code);
        expect(district.code.startsWith(`${region.code}.`)).toBe(true);
      }
    }
  });

  it('names every unit in all four languages', () => {
    for (const unit of allUnits) {
      for (const lang of LANGUAGES) expect(unit.names[lang].trim(), `${unit.code} ${lang}`).not.toBe('');
    }
  });

  it('spells Uzbek Latin with the modifier letters, never apostrophes', () => {
    for (const unit of allUnits) {
      const name = unit.names['uz-Latn'];
      expect(name, unit.code).toMatch(/^[A-Za-zʻʼ -]+$/);
      // ʻ only ever follows o or g (oʻ, gʻ); the tutuq belgisi is ʼ.
      expect(name.replace(/[oOgG]ʻ/g, ''), unit.code).not.toContain('ʻ');
    }
  });

  it('writes Uzbek Cyrillic and Russian names without Latin letters, each in its own alphabet', () => {
    for (const unit of allUnits) {
      const cyrillic = unit.names['uz-Cyrl'];
      const russian = unit.names.ru;
      expect(cyrillic, unit.code).toMatch(/^[А-Яа-яЁёЎўҚқҒғҲҳ -]+$/);
      expect(cyrillic, unit.code).not.toMatch(/[ЫыЩщ]/);
      expect(russian, unit.code).toMatch(/^[А-Яа-яЁё -]+$/);
    }
  });

  it('spells each Uzbek name the same in both scripts', () => {
    for (const unit of allUnits) {
      expect(foldForSearch(unit.names['uz-Cyrl']), unit.code).toBe(foldForSearch(unit.names['uz-Latn']));
    }
  });

  it('writes English names in plain ASCII', () => {
    for (const unit of allUnits) expect(unit.names.en, unit.code).toMatch(/^[A-Za-z -]+$/);
  });

  it('names districts and cities the way documents do', () => {
    expect(findDistrict('andijan.asaka')?.names).toEqual({
      'uz-Latn': 'Asaka tumani',
      'uz-Cyrl': 'Асака тумани',
      ru: 'Асакинский район',
      en: 'Asaka District',
    });
    expect(findDistrict('fergana.qoqon-city')?.names).toEqual({
      'uz-Latn': 'Qoʻqon shahri',
      'uz-Cyrl': 'Қўқон шаҳри',
      ru: 'город Коканд',
      en: 'Kokand city',
    });
    expect(findRegion('fergana')?.names).toEqual({
      'uz-Latn': 'Fargʻona viloyati',
      'uz-Cyrl': 'Фарғона вилояти',
      ru: 'Ферганская область',
      en: 'Fergana Region',
    });
  });

  it('lists the 16 units of Andijan region', () => {
    const andijan = districtsOf('andijan');
    expect(andijan).toHaveLength(16);
    const names = andijan.map((district) => district.names['uz-Latn']);
    expect(names).toEqual(
      expect.arrayContaining([
        'Andijon shahri',
        'Xonobod shahri',
        'Andijon tumani',
        'Asaka tumani',
        'Baliqchi tumani',
        'Boʻston tumani',
        'Buloqboshi tumani',
        'Izboskan tumani',
        'Jalaquduq tumani',
        'Xoʻjaobod tumani',
        'Qoʻrgʻontepa tumani',
        'Marhamat tumani',
        'Oltinkoʻl tumani',
        'Paxtaobod tumani',
        'Shahrixon tumani',
        'Ulugʻnor tumani',
      ]),
    );
    expect(andijan.filter((district) => district.kind === 'city').map((district) => district.code)).toEqual([
      'andijan.andijon-city',
      'andijan.xonobod-city',
    ]);
  });

  it('lists the 12 districts of Tashkent city, Yangihayot included', () => {
    const tashkent = districtsOf('tashkentcity');
    expect(tashkent).toHaveLength(12);
    expect(tashkent.every((district) => district.kind === 'district')).toBe(true);
    expect(districtName('tashkentcity.yangihayot', 'uz-Latn')).toBe('Yangihayot tumani');
  });

  it('finds units and their names by code', () => {
    expect(findRegion('andijan')?.districts).toBe(districtsOf('andijan'));
    expect(findRegion('nowhere')).toBeUndefined();
    expect(findDistrict('andijan.nowhere')).toBeUndefined();
    expect(districtsOf('nowhere')).toEqual([]);
    expect(regionName('andijan', 'ru')).toBe('Андижанская область');
    expect(regionName('karakalpakstan', 'uz-Latn')).toBe('Qoraqalpogʻiston Respublikasi');
    expect(regionName('nowhere', 'en')).toBeUndefined();
    expect(districtName('andijan.asaka', 'en')).toBe('Asaka District');
    expect(districtName('andijan.nowhere', 'en')).toBeUndefined();
  });

  it('tells whether a district belongs to a region', () => {
    expect(isDistrictOf('andijan.asaka', 'andijan')).toBe(true);
    expect(isDistrictOf('andijan.asaka', 'fergana')).toBe(false);
    expect(isDistrictOf('fergana.qoqon-city', 'fergana')).toBe(true);
    expect(isDistrictOf('nowhere.asaka', 'nowhere')).toBe(false);
  });

  it('cannot be changed by a caller', () => {
    const asaka = findDistrict('andijan.asaka');
    expect(Object.isFrozen(asaka)).toBe(true);
    expect(Object.isFrozen(asaka?.names)).toBe(true);
    expect(Object.isFrozen(REGIONS)).toBe(true);
    expect(Object.isFrozen(findRegion('andijan')?.districts)).toBe(true);
  });
});
