import { LANGUAGES } from './languages';
import { REGIONS, type District, type DistrictKind, type Region } from './regions';
import { foldForSearch } from './search-fold';

/**
 * Finding a region and a district in the reference list from what a list writes: any of the four languages,
 * either script, with or without the kind word ("Asaka tumani", "Асакинский р-н", "Asaka", "г. Андижан").
 */

/** Words that say what kind of unit a name is; dropped to compare the names themselves. */
const REGION_WORDS = /\b(viloyati|viloyat|oblast|obl|region|respublikasi|respublika|republic|of)\b/g;
const DISTRICT_WORDS = /\b(tumani|tuman|rayon|r n|rn|district)\b/g;
const CITY_WORDS = /\b(shahri|shahar|sh|gorod|g|city)\b/g;

const stem = (text: string, kindWords: RegExp) =>
  foldForSearch(text).replace(kindWords, ' ').replace(/\s+/g, ' ').trim();

function regionKeys(region: Region): Set<string> {
  return new Set([region.code, ...LANGUAGES.map((lang) => stem(region.names[lang], REGION_WORDS))]);
}

function districtKeys(district: District): Set<string> {
  const words = district.kind === 'city' ? CITY_WORDS : DISTRICT_WORDS;
  const local = district.code.slice(district.regionCode.length + 1);
  return new Set([local, ...LANGUAGES.map((lang) => stem(district.names[lang], words))]);
}

const REGION_KEYS = REGIONS.map((region) => ({ region, keys: regionKeys(region) }));
const DISTRICT_KEYS = REGIONS.flatMap((region) =>
  region.districts.map((district) => ({ district, keys: districtKeys(district) })),
);

/** The region a cell names, or null. */
export function matchRegion(cell: string): Region | null {
  const key = stem(cell, REGION_WORDS);
  if (key === '') return null;
  return REGION_KEYS.find(({ keys }) => keys.has(key))?.region ?? null;
}

export type DistrictMatch =
  | { found: District }
  /** Several units carry the name ("Andijon": the city and the district): the cell must say which. */
  | { ambiguous: District[] }
  | { unknown: true };

function kindSaid(folded: string): DistrictKind | null {
  if (new RegExp(CITY_WORDS.source).test(folded)) return 'city';
  if (new RegExp(DISTRICT_WORDS.source).test(folded)) return 'district';
  return null;
}

/**
 * The district or city a cell names, looked for in the region when it is known, else in the whole country.
 * When the region is known but the name lies elsewhere, the unit found elsewhere is returned, so that the
 * beneficiary rules explain that the district is not in the region.
 */
export function matchDistrict(cell: string, regionCode: string | null): DistrictMatch {
  const folded = foldForSearch(cell);
  const kind = kindSaid(folded);
  const key = stem(stem(cell, DISTRICT_WORDS), CITY_WORDS);
  if (key === '') return { unknown: true };
  const named = DISTRICT_KEYS.filter(({ district, keys }) => {
    if (kind !== null && district.kind !== kind) return false;
    return keys.has(key) || keys.has(folded);
  }).map(({ district }) => district);
  const inRegion = named.filter((d) => d.regionCode === regionCode);
  const candidates = inRegion.length > 0 ? inRegion : named;
  const [first] = candidates;
  if (!first) return { unknown: true };
  return candidates.length === 1 ? { found: first } : { ambiguous: candidates };
}
