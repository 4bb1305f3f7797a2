import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { catalogues } from '../../shared/i18n';
import { call } from './schedule-fixture';
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
