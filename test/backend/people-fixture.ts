import type { Backend } from '../../electron/backend';
import type { BeneficiaryInput } from '../../shared/contract/people';
import type { Beneficiary } from '../../shared/domain/people';
import { makePinfl } from '../../shared/domain/pinfl';
import { expectOk, openTestBackend } from './backend-fixture';

/** The backend's clock in these tests: 10 March 2026, 09:00 in Tashkent. */
export const NOW = new Date('2026-03-10T04:00:00Z');
export const TODAY = '2026-03-10';

export async function openPeopleBackend(): Promise<Backend> {
  return openTestBackend({ clock: () => NOW });
}

/** A child on the active list with a mother as primary guardian and a referral. */
export function child(overrides: Partial<BeneficiaryInput> = {}): BeneficiaryInput {
  return {
    familyName: 'Karimov',
    givenName: 'Shahzod',
    patronymic: 'Alisher oʻgʻli',
    birthDate: '2019-05-14',
    sex: 'male',
    pinfl: makePinfl('2019-05-14', 'male', 203, 17),
    regionCode: 'andijan',
    districtCode: 'andijan.asaka',
    mahalla: 'Bogʻishamol',
    address: 'Navoiy koʻchasi, 12-uy',
    hasDisability: true,
    disabilityGroup: 'child',
    functioning: 'Speaks in single words; walks with support.',
    socialStatus: 'low_income',
    referralCentre: 'Andijon tumani “Inson” ijtimoiy xizmatlar markazi',
    referralNumber: '47/2026',
    referralDate: '2026-02-20',
    consentDate: '2026-03-02',
    consentTakenBy: 'Yoʻldosheva M.',
    status: 'active',
    guardians: [
      {
        relation: 'mother',
        familyName: 'Karimova',
        givenName: 'Dilnoza',
        patronymic: 'Rustamovna',
        phone: '90 123-45-67',
        isPrimary: true,
      },
    ],
    ...overrides,
  };
}

export async function create(backend: Backend, input: BeneficiaryInput): Promise<Beneficiary> {
  return expectOk(await backend.handle('people.create', input)) as Beneficiary;
}

/** Inserts a service row as the places feature would, for referrals and the service filter. */
export async function addService(backend: Backend, code: string): Promise<number> {
  const stamp = NOW.toISOString();
  const { id } = await backend.db
    .insertInto('services')
    .values({
      code,
      name_uz_latn: `${code} uz`,
      name_uz_cyrl: `${code} cy`,
      name_ru: `${code} ru`,
      name_en: `${code} en`,
      kind: 'individual',
      default_minutes: 45,
      min_age_months: null,
      max_age_months: null,
      eligibility: '[]',
      colour: '#3b82f6',
      active: 1,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Rows in the three tables a beneficiary is written to: a failed write must leave them unchanged. */
export async function rowCounts(backend: Backend) {
  const count = async (table: 'beneficiaries' | 'guardians' | 'beneficiary_services') =>
    Number(
      (
        await backend.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    beneficiaries: await count('beneficiaries'),
    guardians: await count('guardians'),
    services: await count('beneficiary_services'),
  };
}
