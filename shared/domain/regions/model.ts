import type { Language } from '../languages';

export type DistrictKind = 'district' | 'city';

/** A tuman, or a city that counts as one (shahar with district status), or a district of Tashkent city. */
export interface District {
  /** "<region>.<unit>", e.g. "andijan.asaka". Stored in the database: never change or reuse one. */
  readonly code: string;
  readonly regionCode: string;
  readonly kind: DistrictKind;
  readonly names: Readonly<Record<Language, string>>;
}

/** A first-level unit: the Republic of Karakalpakstan, a viloyat, or Tashkent city. */
export interface Region {
  /** Lowercase ASCII, e.g. "andijan". Stored in the database: never change or reuse one. */
  readonly code: string;
  readonly names: Readonly<Record<Language, string>>;
  readonly districts: readonly District[];
}

/**
 * One unit as the region files list it: [code within the region, Uzbek Latin, Uzbek Cyrillic, Russian, English].
 * The stems carry no "tumani"/"shahri": districts get "tumani", "тумани", "… район" (the Russian stem is the
 * adjective, "Асакинский") and "… District"; cities get "shahri", "шаҳри", "город …" and "… city", the forms
 * official documents use.
 */
export type UnitStems = readonly [code: string, uzLatn: string, uzCyrl: string, ru: string, en: string];

function unit(regionCode: string, kind: DistrictKind, stems: UnitStems): District {
  const [code, uzLatn, uzCyrl, ru, en] = stems;
  const names: Record<Language, string> =
    kind === 'city'
      ? { 'uz-Latn': `${uzLatn} shahri`, 'uz-Cyrl': `${uzCyrl} шаҳри`, ru: `город ${ru}`, en: `${en} city` }
      : {
          'uz-Latn': `${uzLatn} tumani`,
          'uz-Cyrl': `${uzCyrl} тумани`,
          ru: `${ru} район`,
          en: `${en} District`,
        };
  return Object.freeze({ code: `${regionCode}.${code}`, regionCode, kind, names: Object.freeze(names) });
}

export function defineRegion(
  code: string,
  names: Record<Language, string>,
  units: { cities: readonly UnitStems[]; districts: readonly UnitStems[] },
): Region {
  const districts = [
    ...units.cities.map((stems) => unit(code, 'city', stems)),
    ...units.districts.map((stems) => unit(code, 'district', stems)),
  ];
  return Object.freeze({ code, names: Object.freeze({ ...names }), districts: Object.freeze(districts) });
}
