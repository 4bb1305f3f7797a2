// Seeding and finding things for the groups spec: a pool with its swimming teacher, children of pool age, and
// the group pages' controls by their labels in the page's language.
import type { Page } from '@playwright/test';
import { makePinfl } from '../../shared/domain/pinfl';
import { catalogues, type Language, type Call } from './fixtures';

export interface PoolCentre {
  pool: number;
  teacher: number;
  room: number;
  /** "Family Given", birth dates 2020–2021: four and five years old in March 2026. */
  children: string[];
}

const CHILDREN: [string, string, string, 'male' | 'female'][] = [
  ['Aliyev', 'Sardor', '2020-04-11', 'male'],
  ['Usmonova', 'Malika', '2021-01-20', 'female'],
  ['Rahimov', 'Jasur', '2020-09-02', 'male'],
  ['Karimova', 'Zarina', '2021-02-14', 'female'],
];

function childInput([familyName, givenName, birthDate, sex]: (typeof CHILDREN)[number], serial: number) {
  return {
    familyName,
    givenName,
    birthDate,
    sex,
    pinfl: makePinfl(birthDate, sex, 203, serial),
    consentDate: '2026-03-02',
    consentTakenBy: 'Yoʻldosheva M.',
    hasDisability: true,
    disabilityGroup: 'child',
    status: 'active',
    guardians: [
      { relation: 'mother', familyName, givenName: 'Nodira', phone: `90 123-45-${serial}`, isPrimary: true },
    ],
  };
}

/** The pool with four lanes of places, a swimming teacher on Tuesdays and Thursdays, and four children. */
export async function seedPoolCentre(call: Call): Promise<PoolCentre> {
  const pool = (await call('services.list')).find((s) => s.code === 'pool');
  if (!pool) throw new Error('The default services have no pool');
  const teacher = await call('staff.create', {
    familyName: 'Toshmatova',
    givenName: 'Gulnora',
    patronymic: 'Ergash qizi',
    roles: ['teacher'],
    position: 'Suzish murabbiyi',
    phone: '',
    serviceIds: [pool.id],
    hours: [2, 4].map((weekday) => ({
      weekday,
      start: '08:00',
      end: '17:00',
      breakStart: null,
      breakEnd: null,
    })),
    active: true,
  });
  const room = await call('rooms.create', {
    name: 'Basseyn',
    kind: 'pool',
    capacity: 8,
    notes: '',
    active: true,
  });
  for (const [index, child] of CHILDREN.entries()) await call('people.create', childInput(child, 21 + index));
  return {
    pool: pool.id,
    teacher: teacher.id,
    room: room.id,
    children: CHILDREN.map(([family, given]) => `${family} ${given}`),
  };
}

/** The groups texts of a language. */
export function groupsText(language: Language) {
  return catalogues[language].groups;
}

/** Chooses an option of a Mantine Select by the select's label and the option's text. */
export async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Enrols a child through the group page's dialog, searching them by family name. */
export async function openEnrol(page: Page, language: Language, child: string) {
  const text = groupsText(language);
  await page.getByRole('button', { name: text.page.enrol }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: text.enrol.person }).fill(child.split(' ')[0]!);
  await page.getByRole('option', { name: new RegExp(child) }).click();
  return dialog;
}
