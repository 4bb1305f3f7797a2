/**
 * Uzbekistan's administrative units as a person's address records them: the 14 first-level units and their
 * districts (tumanlar) and district-level cities (shaharlar), named in the four interface languages.
 *
 * Names follow the state classifier of administrative units (SOATO) and the hokimiyats' own usage, in today's
 * spelling. English names keep the Uzbek form in plain ASCII (no ʻ, "x" as "kh"), except where English has its
 * own established name (Bukhara, Kokand, Karshi, Urgench, ...).
 */
import type { Language } from '../languages';
import { ANDIJAN } from './andijan';
import { BUKHARA } from './bukhara';
import { FERGANA } from './fergana';
import { JIZZAKH } from './jizzakh';
import { KARAKALPAKSTAN } from './karakalpakstan';
import { KASHKADARYA } from './kashkadarya';
import { KHOREZM } from './khorezm';
import type { District, Region } from './model';
import { NAMANGAN } from './namangan';
import { NAVOI } from './navoi';
import { SAMARKAND } from './samarkand';
import { SURKHANDARYA } from './surkhandarya';
import { SYRDARYA } from './syrdarya';
import { TASHKENT_CITY } from './tashkent-city';
import { TASHKENT_REGION } from './tashkent-region';

export type { District, DistrictKind, Region } from './model';

/** In the order of the official classifier, the order people know from forms and statistics. */
export const REGIONS: readonly Region[] = Object.freeze([
  KARAKALPAKSTAN,
  ANDIJAN,
  BUKHARA,
  JIZZAKH,
  KASHKADARYA,
  NAVOI,
  NAMANGAN,
  SAMARKAND,
  SURKHANDARYA,
  SYRDARYA,
  TASHKENT_REGION,
  FERGANA,
  KHOREZM,
  TASHKENT_CITY,
]);

const regionsByCode = new Map(REGIONS.map((region) => [region.code, region]));
const districtsByCode = new Map(
  REGIONS.flatMap((region) => region.districts.map((district) => [district.code, district] as const)),
);

export function findRegion(code: string): Region | undefined {
  return regionsByCode.get(code);
}

export function findDistrict(code: string): District | undefined {
  return districtsByCode.get(code);
}

/** The region's districts and cities; none for an unknown region. */
export function districtsOf(regionCode: string): readonly District[] {
  return regionsByCode.get(regionCode)?.districts ?? [];
}

/** The region's name in the language, or undefined for a code this list does not hold. */
export function regionName(code: string, lang: Language): string | undefined {
  return regionsByCode.get(code)?.names[lang];
}

/** The district's or city's name in the language, or undefined for a code this list does not hold. */
export function districtName(code: string, lang: Language): string | undefined {
  return districtsByCode.get(code)?.names[lang];
}

export function isDistrictOf(districtCode: string, regionCode: string): boolean {
  return districtsByCode.get(districtCode)?.regionCode === regionCode;
}
