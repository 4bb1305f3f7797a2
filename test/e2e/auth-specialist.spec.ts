// Issue #7: a specialist who holds that role only, linked to their staff record, signs in and writes the note of
// a session they led; a session another specialist led, for someone they do not serve, stays out of their reach.
import type { Page } from '@playwright/test';
import { catalogues, E2E_PASSWORD, expect, mainNav, test, type Call } from './fixtures';
import { seedPoolCentre } from './groups-helpers';
import { activeProgramme, SPEECH_GOAL } from './programme-helpers';
import { addSpecialist } from './staff-helpers';

const uz = catalogues['uz-Latn'];
const notes = uz.notes;
const OURS = 'Aliyev Sardor';
const THEIRS = 'Usmonova Malika';
const GOAL = SPEECH_GOAL.goal;

/** A speech session at 09:00 on the date, led by the specialist and attended. */
async function attendedSession(
  call: Call,
  fields: { serviceId: number; specialistId: number; beneficiaryId: number; date: string },
) {
  const booked = await call('schedule.book', { ...fields, roomId: null, startTime: '09:00', minutes: 45 });
  const sessionId = booked.sessionIds[0]!;
  await call('attendance.mark', { sessionId, beneficiaryId: fields.beneficiaryId, mark: 'present' });
  return sessionId;
}

/** Calls a channel through the page's own bridge, as the signed-in account. */
async function invokeAsPage(page: Page, channel: string, input: unknown) {
  return page.evaluate(
    async ([name, payload]) => {
      const bridge = (
        globalThis as unknown as {
          imkon: {
            invoke(
              c: string,
              i: unknown,
            ): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
          };
        }
      ).imkon;
      return bridge.invoke(name as string, payload);
    },
    [channel, input] as const,
  );
}

test.describe('a specialist on Wednesday 25 March 2026', () => {
  test.use({ now: '2026-03-25T15:00:00+05:00', signIn: 'signedOut' });

  test('signs in, writes and signs the note of a session they led, and cannot reach another specialist’s', async ({
    page,
    call,
    addAccount,
    backend,
    gotoApp,
  }) => {
    test.setTimeout(120_000);
    await seedPoolCentre(call);
    const find = async (name: string) =>
      (await call('people.search', { query: name, pageSize: 5 })).items[0]!.id;
    const [ours, theirs] = [await find(OURS), await find(THEIRS)];
    const speech = (await call('services.list')).find((s) => s.code === 'speech_therapy')!;
    const karimova = (
      await addSpecialist(call, { familyName: 'Karimova', givenName: 'Dilnoza', serviceIds: [speech.id] })
    ).id;
    const rahimova = (
      await addSpecialist(call, { familyName: 'Rahimova', givenName: 'Shahnoza', serviceIds: [speech.id] })
    ).id;
    await activeProgramme(call, ours);
    const led = await attendedSession(call, {
      serviceId: speech.id,
      specialistId: karimova,
      beneficiaryId: ours,
      date: '2026-03-16',
    });
    const foreign = await attendedSession(call, {
      serviceId: speech.id,
      specialistId: rahimova,
      beneficiaryId: theirs,
      date: '2026-03-17',
    });
    // Both are owed a note: the centre sees two, so the specialist seeing one is the rule at work.
    expect((await call('notes.missing', {})).map((m) => m.beneficiaryId)).toEqual([ours, theirs]);
    await addAccount('dilnoza', ['specialist'], { staffId: karimova });

    await gotoApp('/today');
    await page.getByLabel(uz.auth.signIn.username, { exact: true }).fill('dilnoza');
    await page.getByLabel(uz.auth.signIn.password, { exact: true }).fill(E2E_PASSWORD);
    await page.getByRole('button', { name: uz.auth.signIn.submit }).click();
    await mainNav(page, 'uz-Latn').getByRole('link', { name: uz.nav.notes, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: notes.missing.title })).toBeVisible();

    // The list starts at her own sessions; the other specialist's, chosen, show nothing she may read.
    const specialist = page.getByRole('combobox', { name: notes.missing.specialist });
    await expect(specialist).toHaveValue('Karimova Dilnoza');
    await expect(page.getByRole('link', { name: new RegExp(OURS) })).toHaveCount(1);
    await specialist.click();
    await page.getByRole('option', { name: 'Rahimova Shahnoza' }).click();
    await expect(page.getByText(notes.missing.empty)).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(THEIRS) })).toHaveCount(0);
    // Asked for every specialist's, the backend still lists only the session she led.
    const all = await invokeAsPage(page, 'notes.missing', {});
    expect(all).toMatchObject({ ok: true, value: [{ beneficiaryId: ours, sessionId: led }] });
    await specialist.click();
    await page.getByRole('option', { name: 'Karimova Dilnoza' }).click();

    await page.getByRole('link', { name: new RegExp(`${OURS}.*16\\.03\\.2026`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: notes.editor.title })).toBeVisible();
    await page.getByLabel(notes.editor.whatWasDone).fill('Artikulyatsiya mashqlari, rasmli kartochkalar');
    await page.getByLabel(notes.editor.observations).fill('Ikki soʻzli gapni uch marta oʻzi aytdi');
    await page
      .getByRole('radiogroup', { name: notes.editor.levelOf.replace('{{goal}}', GOAL) })
      .getByRole('radio', { name: /^0/ })
      .check();
    await page.getByRole('button', { name: notes.editor.saveDraft }).click();
    await expect(page.getByText(notes.editor.saved)).toBeVisible();
    await expect(page.getByText(notes.editor.draftStatus, { exact: true })).toBeVisible();

    await page.getByRole('button', { name: notes.editor.sign, exact: true }).click();
    const confirm = page.getByRole('dialog', { name: notes.editor.signTitle });
    await confirm.getByRole('button', { name: notes.editor.sign }).click();
    await expect(page.getByText(notes.editor.signedStatus, { exact: true })).toBeVisible();
    await expect(page.getByLabel(notes.editor.whatWasDone)).toHaveCount(0);
    await expect(page.getByText('Artikulyatsiya mashqlari, rasmli kartochkalar')).toBeVisible();
    await page.getByRole('link', { name: notes.editor.back }).click();
    await expect(page.getByText(notes.missing.empty)).toBeVisible();

    // Written and signed as her staff record (its name, not the account's), with the level she chose.
    const written = (await call('notes.forSession', { sessionId: led })).people[0]!.note!;
    expect(written).toMatchObject({
      status: 'signed',
      signedByName: 'Karimova Dilnoza',
      authorName: 'Karimova Dilnoza',
    });
    expect(written.ratings.map((r) => r.level)).toEqual([0]);
    const row = await backend.db
      .selectFrom('progress_notes')
      .select(['author_staff_id', 'signed_staff_id'])
      .where('session_id', '=', led)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ author_staff_id: karimova, signed_staff_id: karimova });

    // The backend keeps to the rule whatever the page shows: the other session holds no one she may read,
    // and a note for that person is refused.
    const other = await invokeAsPage(page, 'notes.forSession', { sessionId: foreign });
    expect(other).toMatchObject({ ok: true, value: { people: [] } });
    const refused = await invokeAsPage(page, 'notes.saveDraft', {
      sessionId: foreign,
      beneficiaryId: theirs,
      whatWasDone: 'Urinish',
      observations: '',
      ratings: [],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
