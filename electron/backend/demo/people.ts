import type { Backend } from '..';
import type { BeneficiaryInput, GuardianInput } from '../../../shared/contract/people';
import { addDays } from '../../../shared/domain/calendar';
import type { BeneficiaryStatus, DisabilityGroup, SocialStatus } from '../../../shared/domain/people';
import { makePinfl } from '../../../shared/domain/pinfl';
import { districtsOf } from '../../../shared/domain/regions';
import { centreToday } from '../people/today';
import {
  demoPersonName,
  familyNameFor,
  inScript,
  INSON_CENTRES,
  MAHALLA_NAMES,
  MALE_GIVEN_NAMES,
  patronymicFor,
  type DemoPersonName,
  type DemoScript,
  type DemoSex,
} from './names';
import {
  CONSENT_TAKERS,
  DISCHARGE_REASONS,
  FUNCTIONING,
  houseAddress,
  NOTES,
  PHONE_CODES,
  STREETS,
} from './people-data';
import type { DemoPlaces } from './places';
import type { Random } from './random';
import { call } from './call';

export const DEMO_PEOPLE = 250;

/** Who the centre serves, with the share of each among the demo people. */
type Profile = 'earlyIntervention' | 'child' | 'social' | 'adult';
const PROFILES: ReadonlyArray<readonly [Profile, number]> = [
  ['earlyIntervention', 0.15],
  ['child', 0.55],
  ['social', 0.15],
  ['adult', 0.15],
];

/** Ages in days at the profile's ends. */
const AGE_DAYS: Record<Profile, readonly [number, number]> = {
  earlyIntervention: [60, 3 * 365 - 10],
  child: [3 * 365, 17 * 365],
  social: [7 * 365, 17 * 365],
  adult: [18 * 365, 65 * 365],
};

/** Service codes of the default services (see migration 0002), the first of a list always taken. */
const SERVICES: Record<Profile, { always: string[]; some: string[] }> = {
  earlyIntervention: { always: ['early_intervention'], some: ['massage', 'physiotherapy', 'psychologist'] },
  child: {
    always: [],
    some: [
      'speech_therapy',
      'physiotherapy',
      'massage',
      'defectologist',
      'psychologist',
      'occupational_therapy',
      'pool',
      'adaptive_gym',
      'day_care',
    ],
  },
  social: { always: [], some: ['english', 'russian', 'korean', 'crafts'] },
  adult: { always: [], some: ['day_care', 'crafts', 'vocational_guidance', 'adaptive_gym', 'massage'] },
};

function pickProfile(random: Random): Profile {
  let roll = random.next();
  for (const [profile, share] of PROFILES) {
    roll -= share;
    if (roll < 0) return profile;
  }
  return 'child';
}

function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(...pool.splice(random.int(0, pool.length - 1), 1));
  return chosen;
}

const phone = (random: Random) =>
  `+998 ${random.pick(PHONE_CODES)} ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`;

/** Service ids by code: from the places seed, or from the default services when it gave none. */
export async function serviceIdsByCode(
  backend: Backend,
  places: DemoPlaces,
): Promise<Record<string, number>> {
  if (Object.keys(places.serviceIds).length > 0) return places.serviceIds;
  const result = await backend.handle('services.list', {});
  if (!result.ok) return {};
  return Object.fromEntries((result.value as Array<{ code: string; id: number }>).map((s) => [s.code, s.id]));
}

/** What the generator draws from; `serial` numbers the PINFLs so that none repeats. */
export interface DemoPeopleContext {
  random: Random;
  today: string;
  serviceIds: Record<string, number>;
  serial: number;
}
type Context = DemoPeopleContext;

function guardiansFor(ctx: Context, profile: Profile, name: DemoPersonName, script: DemoScript) {
  const { random } = ctx;
  const mother = (): GuardianInput => {
    const family = random.chance(0.7) ? { family: name.source.family } : {};
    const { familyName, givenName, patronymic } = demoPersonName(random, 'female', script, family);
    return {
      relation: 'mother',
      familyName,
      givenName,
      patronymic,
      phone: phone(random),
      isPrimary: false,
      notes: '',
    };
  };
  const father = (): GuardianInput => ({
    relation: 'father',
    familyName: inScript(familyNameFor(name.source.family, 'male'), script),
    givenName: inScript(name.source.father, script),
    patronymic: inScript(patronymicFor(random.pick(MALE_GIVEN_NAMES), 'male'), script),
    phone: random.chance(0.8) ? phone(random) : null,
    isPrimary: false,
    notes: '',
  });
  const relative = (relation: 'grandmother' | 'sibling' | 'other', sex: DemoSex): GuardianInput => ({
    relation,
    ...pickName(demoPersonName(random, sex, script, { family: name.source.family })),
    phone: phone(random),
    isPrimary: false,
    notes: '',
  });

  let guardians: GuardianInput[];
  if (profile === 'adult') {
    const roll = random.next();
    guardians =
      roll < 0.5
        ? []
        : roll < 0.8
          ? [relative(random.chance(0.5) ? 'sibling' : 'other', 'female')]
          : [mother()];
  } else if (profile === 'earlyIntervention') {
    guardians = random.chance(0.7) ? [mother(), father()] : [mother()];
  } else {
    const roll = random.next();
    guardians =
      roll < 0.8
        ? random.chance(0.6)
          ? [mother(), father()]
          : [mother()]
        : roll < 0.95
          ? [{ ...father(), phone: phone(random) }, mother()]
          : [relative('grandmother', 'female'), mother()];
  }
  return guardians.map((g, i) => ({ ...g, isPrimary: i === 0 }));
}

const pickName = ({ familyName, givenName, patronymic }: DemoPersonName) => ({
  familyName,
  givenName,
  patronymic,
});

/** One plausible person of the demo centre; the benchmarks draw thousands more the same way. */
export function demoPerson(ctx: DemoPeopleContext, index: number): BeneficiaryInput {
  const { random, today } = ctx;
  // The first person is a full example for screenshots: a child in Latin script, served, with a family.
  const profile = index === 0 ? 'child' : pickProfile(random);
  const script: DemoScript = index > 0 && random.chance(1 / 3) ? 'cyrillic' : 'latin';
  const latin = script === 'latin';
  const sex: DemoSex = random.chance(0.5) ? 'female' : 'male';
  const name = demoPersonName(random, sex, script);
  const [minAge, maxAge] = AGE_DAYS[profile];
  const birthDate = addDays(today, -random.int(minAge, maxAge));

  const statusRoll = random.next();
  const status: BeneficiaryStatus =
    index === 0 || statusRoll < 0.75 ? 'active' : statusRoll < 0.9 ? 'waiting' : 'discharged';
  const served = status !== 'waiting';

  const districts = districtsOf('andijan');
  const district = random.pick(districts);
  const districtIndex = districts.indexOf(district);
  const centre = INSON_CENTRES.find((c) => c.districtCode === district.code);

  ctx.serial += 1;
  const documents = served || random.chance(0.6);
  const withPinfl = documents && (profile === 'adult' || random.chance(0.85));
  // Digits 8–13 (district and serial) keep every PINFL distinct even for thousands of generated people.
  const pinfl = withPinfl
    ? makePinfl(birthDate, sex, 201 + districtIndex + 20 * Math.floor(ctx.serial / 1000), ctx.serial % 1000)
    : null;
  const birthCertificate = documents && !withPinfl ? `I-AN ${String(random.int(1000000, 9999999))}` : null;

  const earliestReferral =
    addDays(birthDate, 30) > addDays(today, -700) ? addDays(birthDate, 30) : addDays(today, -700);
  const referralDate =
    status === 'waiting'
      ? addDays(today, -random.int(1, 60))
      : addDays(earliestReferral, random.int(0, Math.max(0, daysBetween(earliestReferral, today) - 20)));
  const consentDate =
    served || random.chance(0.3) ? minDate(addDays(referralDate, random.int(0, 10)), today) : null;
  const dischargeDate =
    status === 'discharged' && consentDate ? minDate(addDays(consentDate, random.int(30, 300)), today) : null;

  const disability = disabilityOf(random, profile);
  const codes = [
    ...SERVICES[profile].always,
    ...pickSome(
      random,
      SERVICES[profile].some,
      random.int(profile === 'child' ? 1 : 0, profile === 'child' ? 3 : 2),
    ),
  ];
  const serviceIds = codes.flatMap((code) =>
    ctx.serviceIds[code] === undefined ? [] : [ctx.serviceIds[code]],
  );
  const guardians = guardiansFor(ctx, profile, name, script);

  return {
    ...pickName(name),
    birthDate,
    sex,
    pinfl,
    birthCertificate,
    regionCode: 'andijan',
    districtCode: district.code,
    mahalla: inScript(random.pick(MAHALLA_NAMES), script),
    address: houseAddress(random.pick(STREETS), random.int(1, 120), latin),
    phone: profile === 'adult' && (guardians.length === 0 || random.chance(0.5)) ? phone(random) : null,
    ...disability,
    functioning:
      disability.hasDisability || profile === 'earlyIntervention'
        ? inScript(random.pick(FUNCTIONING[profile === 'social' ? 'child' : profile]), script)
        : '',
    socialStatus: socialStatusOf(random, profile),
    referralCentre: centre ? inScript(centre.name, script) : '',
    referralNumber: `${random.int(1, 480)}/${referralDate.slice(0, 4)}`,
    referralDate,
    serviceIds,
    consentDate,
    consentTakenBy: consentDate ? inScript(random.pick(CONSENT_TAKERS), script) : '',
    status,
    dischargeDate,
    dischargeReason: dischargeDate ? inScript(random.pick(DISCHARGE_REASONS), script) : '',
    notes: random.chance(0.1) ? inScript(random.pick(NOTES), script) : '',
    guardians,
    // Random names may meet on one birth date; they are different people all the same.
    confirmNotDuplicate: true,
  };
}

function disabilityOf(
  random: Random,
  profile: Profile,
): { hasDisability: boolean; disabilityGroup: DisabilityGroup | null } {
  switch (profile) {
    case 'earlyIntervention':
      return random.chance(0.5)
        ? { hasDisability: true, disabilityGroup: random.chance(0.5) ? 'pending' : 'child' }
        : { hasDisability: false, disabilityGroup: null };
    case 'child':
      return { hasDisability: true, disabilityGroup: random.chance(0.9) ? 'child' : 'pending' };
    case 'social':
      return random.chance(0.1)
        ? { hasDisability: true, disabilityGroup: 'child' }
        : { hasDisability: false, disabilityGroup: null };
    case 'adult':
      return { hasDisability: true, disabilityGroup: random.pick(['1', '2', '3'] as const) };
  }
}

function socialStatusOf(random: Random, profile: Profile): SocialStatus {
  const roll = random.next();
  if (profile === 'social')
    return roll < 0.5 ? 'poverty_register' : roll < 0.85 ? 'low_income' : 'near_poverty';
  return roll < 0.55 ? 'none' : roll < 0.75 ? 'low_income' : roll < 0.9 ? 'poverty_register' : 'near_poverty';
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Beneficiaries of the demo centre with their guardians and referrals. Returns how many were created. */
export async function seedPeople(backend: Backend, random: Random, places: DemoPlaces): Promise<number> {
  const ctx: Context = {
    random,
    today: await centreToday(backend.db, new Date()),
    serviceIds: await serviceIdsByCode(backend, places),
    serial: 0,
  };
  for (let index = 0; index < DEMO_PEOPLE; index += 1) {
    await call(backend, 'people.create', demoPerson(ctx, index));
  }
  return DEMO_PEOPLE;
}
