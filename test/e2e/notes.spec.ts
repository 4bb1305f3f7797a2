import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { catalogues, expect, languageSelect, test } from './fixtures';
import { seedPoolCentre } from './groups-helpers';
import { activeProgramme, SPEECH_GOAL, SPOON_GOAL } from './programme-helpers';
import { addSpecialist } from './staff-helpers';

const uz = catalogues['uz-Latn'].notes;
const CHILD = 'Aliyev Sardor';

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Writes and signs the note of the session whose row names `date`, rating the two goals. */
async function writeAndSign(
  page: Page,
  date: string,
  whatWasDone: string,
  levels: [string, string],
  screenshots?: string,
) {
  await page.getByRole('link', { name: new RegExp(`${CHILD}.*${date}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: uz.editor.title })).toBeVisible();
  await page.getByLabel(uz.editor.whatWasDone).fill(whatWasDone);
  await page.getByLabel(uz.editor.observations).fill('Diqqatini 10 daqiqa ushlab turdi');
  const goals = [SPEECH_GOAL.goal, SPOON_GOAL.goal];
  for (const [index, goal] of goals.entries())
    await page
      .getByRole('radiogroup', { name: uz.editor.levelOf.replace('{{goal}}', goal) })
      .getByRole('radio', { name: new RegExp(`^${levels[index]}`) })
      .check();
  if (screenshots) {
    // Looked at in two languages; what was typed stays through the switch.
    await page.screenshot({ path: `${screenshots}-uz-Latn.png`, fullPage: true });
    await languageSelect(page, 'uz-Latn').selectOption('ru');
    await expect(page.getByLabel(catalogues.ru.notes.editor.whatWasDone)).toHaveValue(whatWasDone);
    await page.screenshot({ path: `${screenshots}-ru.png`, fullPage: true });
    await languageSelect(page, 'ru').selectOption('uz-Latn');
  }
  await page.getByRole('button', { name: uz.editor.sign, exact: true }).click();
  const confirm = page.getByRole('dialog', { name: uz.editor.signTitle });
  await confirm.getByRole('button', { name: uz.editor.sign }).click();
  await expect(page.getByText(uz.editor.signedStatus, { exact: true })).toBeVisible();
  // Signed: the text is shown as signed, no longer in a form; amendments can be added under it.
  await expect(page.getByLabel(uz.editor.whatWasDone)).toHaveCount(0);
  await expect(page.getByText(whatWasDone)).toBeVisible();
  await page.getByRole('link', { name: uz.editor.back }).click();
}

test.describe('on Wednesday 25 March 2026', () => {
  test.use({ now: '2026-03-25T15:00:00+05:00' });

  test('a programme’s two goals rated in signed notes come out in the child’s progress report', async ({
    page,
    call,
    gotoApp,
  }, testInfo) => {
    test.setTimeout(90_000);
    await seedPoolCentre(call);
    const people = await call('people.search', { query: CHILD, pageSize: 5 });
    const child = people.items[0]!;
    const speech = (await call('services.list')).find((s) => s.code === 'speech_therapy')!;
    const therapist = await addSpecialist(call, {
      familyName: 'Karimova',
      givenName: 'Dilnoza',
      patronymic: 'Anvar qizi',
      serviceIds: [speech.id],
    });
    // The programme with two goals and a prescription, booked through the scheduling engine.
    const created = await activeProgramme(call, child.id, [SPEECH_GOAL, SPOON_GOAL]);
    const withPrescription = await call('programmes.addPrescription', {
      programmeId: created.programme.id,
      serviceId: speech.id,
      sessionsPerWeek: 2,
      weeks: 6,
      minutes: 45,
      specialistId: therapist.id,
    });
    await call('programmes.bookPrescription', {
      prescriptionId: withPrescription.prescriptions[0]!.id,
      startDate: '2026-03-16',
      weekdays: [1, 3],
      startTime: '09:00',
      specialistId: therapist.id,
      roomId: null,
      // Monday 23 March is the transferred Navroʻz day off.
      decisions: [{ originalDate: '2026-03-23', choice: 'skip', reason: 'centre', note: '' }],
    });
    // Two sessions attended: Monday 16 and Wednesday 18 March.
    const sessions = await call('notes.missing', {});
    expect(sessions).toEqual([]);
    const booked = await call('schedule.range', {
      from: '2026-03-16',
      to: '2026-03-18',
      beneficiaryId: child.id,
    });
    expect(booked.map((s) => s.date)).toEqual(['2026-03-16', '2026-03-18']);
    for (const session of booked)
      await call('attendance.mark', { sessionId: session.id, beneficiaryId: child.id, mark: 'present' });

    await gotoApp('/notes');
    await expect(page.getByRole('heading', { level: 1, name: uz.missing.title })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(CHILD) })).toHaveCount(2);
    await writeAndSign(
      page,
      '16.03.2026',
      'Artikulyatsiya mashqlari',
      ['−2', '−1'],
      testInfo.outputPath('editor'),
    );
    await writeAndSign(page, '18.03.2026', 'Rasmli kartochkalar bilan ishlash', ['−1', '\\+1']);
    await expect(page.getByText(uz.missing.empty)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('notes-uz-Latn.png'), fullPage: true });

    // The progress report of March, saved as a PDF (a download in the browser), read back.
    await gotoApp('/notes/reports');
    await expect(page.getByRole('heading', { level: 1, name: uz.batch.title })).toBeVisible();
    await page.getByLabel(uz.batch.from).fill('01.03.2026');
    await page.getByLabel(uz.batch.to).fill('31.03.2026');
    await page.getByRole('combobox', { name: uz.batch.child }).fill('Aliyev');
    await page.getByRole('option', { name: new RegExp(CHILD) }).click();
    // The first document starts the rendering thread (from sources, with tsx): allow it a while.
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByRole('button', { name: uz.batch.save }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(`progress-2026-03-01-2026-03-31-${child.id}.pdf`);
    const file = testInfo.outputPath('progress-uz-Latn.pdf');
    await saved.saveAs(file);
    const text = pdfText(file);
    for (const expected of [
      'Bolaning rivojlanish dinamikasi haqida hisobot',
      CHILD,
      'Ikki soʻzli gap tuzadi',
      'Qoshiqni oʻzi ushlaydi',
      'Erishilgan daraja: −1 (18-mart 2026)',
      'Erishilgan daraja: +1 (18-mart 2026)',
      'Logoped mashgʻuloti',
    ])
      expect(text, expected).toContain(expected);
  });
});
