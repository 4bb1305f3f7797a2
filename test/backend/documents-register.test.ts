import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { catalogues } from '../../shared/i18n';
import { makePinfl } from '../../shared/domain/pinfl';
import { poolGroup } from './groups-fixture';
import { child, create } from './people-fixture';
import { addRoom, call } from './schedule-fixture';
import {
  groupSessionOn,
  openAttendanceCentre,
  poolWithChildren,
  type AttendanceCentre,
} from './attendance-fixture';
import { lineOf, readRegister } from './documents-fixture';

const CENTRE = 'Andijon viloyati “Imkoniyatlar olami” ijtimoiy xizmatlar markazi';

/** March 2026 in the pool group, marked on four session days; read on 1 April. */
async function markedMarch(centre: AttendanceCentre): Promise<number> {
  const settings = await call(centre.backend, 'settings.get', {});
  await call(centre.backend, 'settings.update', { ...settings, name: CENTRE });
  const groupId = await poolWithChildren(centre);
  const [aziz, bekzod, charos] = centre.kids;
  centre.setNow('2026-04-01T07:00:00Z');
  const rolls: Array<[string, ChannelInput<'attendance.rollCall'>['exceptions']]> = [
    ['2026-03-17', [{ beneficiaryId: bekzod!, mark: 'absent_excused', reason: 'Shamollagan' }]],
    ['2026-03-19', [{ beneficiaryId: aziz!, mark: 'late' }]],
    ['2026-03-24', []],
    ['2026-03-26', [{ beneficiaryId: charos!, mark: 'absent_unexcused' }]],
  ];
  for (const [date, exceptions] of rolls)
    await call(centre.backend, 'attendance.rollCall', {
      sessionId: await groupSessionOn(centre, groupId, date),
      present: 'all',
      exceptions,
    });
  return groupId;
}

describe('documents.register', () => {
  it('prints the group’s month in Uzbek Latin: names, marks, totals, landscape A4 on one page', async () => {
    const centre = await openAttendanceCentre();
    const groupId = await markedMarch(centre);
    const pdf = await readRegister(centre.backend, { month: '2026-03', groupId, language: 'uz-Latn' });
    const letters = catalogues['uz-Latn'].attendance.letters;

    expect(pdf.fileName).toBe(`register-2026-03-group-${groupId}.pdf`);
    expect(pdf.info['Pages']).toBe('1');
    expect(pdf.info['Page size']).toMatch(/^841\.89 x 595\.28 pts \(A4\)/);
    expect(
      pdf.fonts.every((font) => font.includes('NotoSans')),
      pdf.fonts.join(),
    ).toBe(true);
    const [page] = pdf.pages;
    for (const text of [
      CENTRE,
      'Davomat tabeli',
      'Davr: mart 2026',
      'Guruh: Suzish, 4–6 yosh, Se/Pa 10:00',
    ]) {
      expect(page).toContain(text);
    }
    for (const text of ['Masʼul mutaxassis', 'Markaz rahbari', 'Usmonova D.', '1-sahifa, jami 1']) {
      expect(page).toContain(text);
    }
    // The row: the day marks in date order, then attended, excused, unexcused, cancelled by the centre.
    expect(lineOf(page!, 'Karimov Aziz Alisher oʻgʻli')).toEqual([
      letters.present,
      letters.late,
      letters.present,
      letters.present,
      '4',
      '0',
      '0',
      '0',
    ]);
    expect(lineOf(page!, 'Karimov Bekzod Alisher oʻgʻli')).toEqual([
      letters.absent_excused,
      letters.present,
      letters.present,
      letters.present,
      '3',
      '1',
      '0',
      '0',
    ]);
    expect(lineOf(page!, 'Karimov Charos Alisher oʻgʻli')).toEqual([
      letters.present,
      letters.absent_unexcused,
      '1',
      '0',
      '1',
      '0',
    ]);
    // Present per session day (17th, 19th, 24th, 26th), then the sums over everyone.
    expect(lineOf(page!, 'Kelganlar')).toEqual(['1', '2', '3', '2', '8', '1', '1', '0']);
  });
});

/** Two children whose names carry the Uzbek Cyrillic letters, enrolled in the group from the 17th. */
async function enrolCyrillic(centre: AttendanceCentre, groupId: number): Promise<void> {
  const names = [
    ['Ғуломов', 'Ёқубжон', 'Ҳасан ўғли', 'male', '2021-04-04'],
    ['Қодирова', 'Моҳинур', 'Ўктам қизи', 'female', '2021-06-06'],
  ] as const;
  for (const [index, [familyName, givenName, patronymic, sex, birthDate]] of names.entries()) {
    const person = await create(
      centre.backend,
      child({
        familyName,
        givenName,
        patronymic,
        sex,
        birthDate,
        pinfl: makePinfl(birthDate, sex, 203, 60 + index),
        guardians: [],
      }),
    );
    await call(centre.backend, 'groups.enrol', {
      groupId,
      beneficiaryId: person.id,
      startDate: '2026-03-17',
    });
  }
}

describe('documents.register in Cyrillic', () => {
  it('prints Russian and Uzbek Cyrillic with every letter they use, whatever the interface language', async () => {
    const centre = await openAttendanceCentre();
    const { id: groupId } = await call(centre.backend, 'groups.create', poolGroup(centre));
    await enrolCyrillic(centre, groupId);
    centre.setNow('2026-04-01T07:00:00Z');
    const sessionId = await groupSessionOn(centre, groupId, '2026-03-19');
    await call(centre.backend, 'attendance.rollCall', { sessionId, present: 'all', exceptions: [] });

    const ru = await readRegister(centre.backend, { month: '2026-03', groupId, language: 'ru' });
    const [page] = ru.pages;
    expect(ru.info['Pages']).toBe('1');
    expect(
      ru.fonts.every((font) => font.includes('NotoSans')),
      ru.fonts.join(),
    ).toBe(true);
    for (const text of ['Табель учёта посещаемости', 'Период: март 2026', 'Группа:', 'Руководитель центра']) {
      expect(page).toContain(text);
    }
    expect(lineOf(page!, 'Ғуломов Ёқубжон Ҳасан ўғли')).toEqual(['+', '1', '0', '0', '0']);
    expect(lineOf(page!, 'Қодирова Моҳинур Ўктам қизи')).toEqual(['+', '1', '0', '0', '0']);
    expect(lineOf(page!, 'Присутствовало')).toEqual(['2', '2', '0', '0', '0']);
    // Every letter comes back from the embedded font: none was dropped or replaced by a missing glyph.
    for (const letter of 'ЎҚҒҲўқғҳЁё') expect(page, letter).toContain(letter);

    const uzCyrl = await readRegister(centre.backend, { month: '2026-03', groupId, language: 'uz-Cyrl' });
    for (const text of [
      'Давомат табели',
      'Давр: март 2026',
      'Гуруҳ:',
      'Масъул мутахассис',
      'Марказ раҳбари',
    ]) {
      expect(uzCyrl.pages[0]).toContain(text);
    }
  });
});

const FAMILIES = [
  'Abdullayev',
  'Bakirov',
  'Gʻaniyev',
  'Doniyorov',
  'Ergashev',
  'Fayziyev',
  'Hamidov',
  'Ismoilov',
  'Joʻrayev',
  'Komilov',
];
const GIVEN = ['Akmal', 'Botir', 'Doston', 'Eldor', 'Farrux', 'Gʻayrat'];

describe('documents.register over several pages', () => {
  it('continues a 60-person register over pages with the heading row on each and the signatures at the end', async () => {
    const centre = await openAttendanceCentre();
    const { id: groupId } = await call(
      centre.backend,
      'groups.create',
      poolGroup(centre, { capacity: 60, roomId: await addRoom(centre.backend, 'Katta zal', 60) }),
    );
    let serial = 100;
    for (const familyName of FAMILIES)
      for (const givenName of GIVEN) {
        const person = await create(
          centre.backend,
          child({
            familyName,
            givenName,
            birthDate: '2021-01-15',
            pinfl: makePinfl('2021-01-15', 'male', 203, serial++),
            guardians: [],
          }),
        );
        await call(centre.backend, 'groups.enrol', {
          groupId,
          beneficiaryId: person.id,
          startDate: '2026-03-17',
        });
      }
    centre.setNow('2026-04-01T07:00:00Z');
    for (const date of ['2026-03-17', '2026-03-19'])
      await call(centre.backend, 'attendance.rollCall', {
        sessionId: await groupSessionOn(centre, groupId, date),
        present: 'all',
        exceptions: [],
      });

    const pdf = await readRegister(centre.backend, { month: '2026-03', groupId, language: 'uz-Latn' });
    expect(pdf.info['Pages']).toBe('2');
    expect(pdf.pages).toHaveLength(2);
    for (const [index, page] of pdf.pages.entries()) {
      expect(page, `page ${index + 1}`).toContain('Familiyasi, ismi, otasining ismi');
      expect(page).toContain(`${index + 1}-sahifa, jami 2`);
    }
    const everyone = pdf.pages.join('\n');
    for (const family of FAMILIES)
      for (const given of GIVEN) {
        expect(everyone.split(`${family} ${given} `).length - 1, `${family} ${given}`).toBe(1);
        expect(lineOf(everyone, `${family} ${given} Alisher oʻgʻli`)).toEqual(['+', '+', '2', '0', '0', '0']);
      }
    expect(lineOf(pdf.pages[1]!, 'Kelganlar')).toEqual(['60', '60', '120', '0', '0', '0']);
    expect(pdf.pages[1]).toContain('Markaz rahbari');
    expect(pdf.pages[0]).not.toContain('Markaz rahbari');
  });
});

/** Everything pdftotext found on the page on one line: a legend entry may wrap anywhere. */
const flat = (page: string) => page.replace(/\s+/g, ' ');

describe('documents.register names the closed days', () => {
  it('lists the month’s public holidays from the calendar and the centre’s own closures under the grid', async () => {
    const centre = await openAttendanceCentre();
    const groupId = await markedMarch(centre);
    // The public holidays of 2026 were filled in when the centre opened; disinfection is the centre's own.
    await call(centre.backend, 'closures.create', {
      kind: 'centre',
      name: 'Dezinfeksiya',
      startDate: '2026-03-27',
      endDate: '2026-03-28',
    });
    const filled = await call(centre.backend, 'closures.list', { from: '2026-03-01', to: '2026-03-31' });
    expect(filled.map((closure) => closure.holiday?.rule ?? closure.name)).toEqual(
      expect.arrayContaining(['womens_day', 'navruz', 'Dezinfeksiya']),
    );

    const uz = flat(
      (await readRegister(centre.backend, { month: '2026-03', groupId, language: 'uz-Latn' })).pages[0]!,
    );
    expect(uz).toContain('Bayramlar va markaz yopiq kunlari:');
    for (const entry of [
      '8-mart — Xalqaro xotin-qizlar kuni',
      '21-mart — Navroʻz',
      '27–28-mart — Dezinfeksiya',
    ])
      expect(uz).toContain(entry);

    // In Russian the calendar's holidays are named from the catalogue; the centre's closure as it was entered.
    const ru = flat(
      (await readRegister(centre.backend, { month: '2026-03', groupId, language: 'ru' })).pages[0]!,
    );
    expect(ru).toContain('Праздники и дни, когда центр закрыт:');
    for (const entry of [
      '8 марта — Международный женский день',
      '21 марта — Навруз',
      '27–28 марта — Dezinfeksiya',
    ])
      expect(ru).toContain(entry);
    expect(ru).not.toContain('Navroʻz');
  });
});
