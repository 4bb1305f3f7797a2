// Issue #7: the UI hides what the backend would refuse. Each role alone walks the areas its menu offers; on each
// page a control the role may use is seen first (so the page is there), then the controls whose channels need a
// permission the role lacks are checked absent. Removing one of the renderer's useCan guards fails this spec.
import type { Locator, Page } from '@playwright/test';
import type { Role } from '../../shared/contract';
import { catalogues, expect, mainNav, test, type Call } from './fixtures';
import { openNewBooking, seedBookingCentre } from './booking-helpers';
import { sessionBlocks, sessionDrawer } from './session-actions-helpers';
import { seedTodayCentre, TUESDAY } from './today-helpers';
import { activeProgramme, SPEECH_GOAL } from './programme-helpers';

const uz = catalogues['uz-Latn'];
const { programmes: pr, people, groups, places } = uz;

const PERSON = 'Aliyev Sardor';
const GOAL = SPEECH_GOAL.goal;

interface Seeded {
  personId: number;
  programmeId: number;
  groupId: number;
  /** A delivered speech session of the person's, owed a note. */
  sessionId: number;
}

/** The Today centre, a programme with a goal and a prescription, a waiting entry and a session owed a note. */
async function seed(call: Call): Promise<Seeded> {
  const centre = await seedTodayCentre(call);
  const personId = centre.ids[PERSON]!;
  const speech = (await call('services.list')).find((s) => s.code === 'speech_therapy')!;
  const therapist = (await call('staff.list', {})).find((s) => s.familyName === 'Karimova')!;
  const created = await activeProgramme(call, personId);
  await call('programmes.addPrescription', {
    programmeId: created.programme.id,
    serviceId: speech.id,
    sessionsPerWeek: 1,
    weeks: 4,
    minutes: 45,
    specialistId: therapist.id,
  });
  await call('waiting.add', {
    beneficiaryId: centre.ids['Rahimov Jasur'],
    serviceId: speech.id,
    priority: 'normal',
    note: '',
  });
  const booked = await call('schedule.book', {
    serviceId: speech.id,
    specialistId: therapist.id,
    roomId: null,
    beneficiaryId: personId,
    date: TUESDAY,
    startTime: '14:00',
    minutes: 45,
  });
  const sessionId = booked.sessionIds[0]!;
  await call('attendance.mark', { sessionId, beneficiaryId: personId, mark: 'present' });
  const group = (await call('groups.list', {})).find((g) => g.name === centre.groupName)!;
  return { personId, programmeId: created.programme.id, groupId: group.id, sessionId };
}

const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });
const link = (scope: Page | Locator, name: string) => scope.getByRole('link', { name, exact: true });
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** The menu lists exactly these areas, in order. */
async function expectMenu(page: Page, labels: string[]) {
  await expect(mainNav(page, 'uz-Latn').getByRole('link')).toHaveText(labels);
}

/** The settings sections offered, in order. */
async function expectSettingsSections(page: Page, labels: string[]) {
  await expect(page.getByRole('navigation', { name: places.nav.label }).getByRole('link')).toHaveText(labels);
}

async function openProgramme(page: Page, gotoApp: (route: string) => Promise<void>, id: number) {
  await gotoApp(`/plans/${id}`);
  await expect(heading(page, new RegExp(PERSON))).toBeVisible();
  await expect(page.getByRole('heading', { name: pr.page.prescriptionsTitle })).toBeVisible();
  await expect(page.getByTestId('prescription')).toHaveCount(1);
}

/** The session's drawer on the calendar's week of Tuesday 17 March. */
async function openSession(page: Page, gotoApp: (route: string) => Promise<void>) {
  await gotoApp('/calendar');
  const block = sessionBlocks(page, PERSON).filter({ hasText: '14:00' });
  await expect(block).toHaveCount(1, { timeout: 20_000 });
  await block.click();
  const drawer = sessionDrawer(page, 'uz-Latn');
  await expect(drawer.facts).toBeVisible();
  return drawer;
}

/** The centre settings' form and the staff page, for a role that reads them but may not change them. */
async function expectSettingsReadOnly(page: Page, gotoApp: (route: string) => Promise<void>) {
  await gotoApp('/settings');
  await expect(page.getByText(uz.settings.readOnly)).toBeVisible();
  await expect(page.getByLabel(uz.settings.name)).toBeDisabled();
  await expect(button(page, uz.settings.save)).toHaveCount(0);
}

test.describe('each role sees only what it may use', () => {
  test.use({ now: `${TUESDAY}T15:00:00+05:00` });

  test.describe('a receptionist', () => {
    test.use({ signIn: ['receptionist'] as Role[] });

    test('books from a programme’s prescriptions without its casework, and changes no settings', async ({
      page,
      call,
      gotoApp,
    }) => {
      test.setTimeout(120_000);
      const seeded = await seed(call);
      await gotoApp('/today');
      await expectMenu(page, [
        uz.nav.today,
        uz.nav.calendar,
        uz.nav.people,
        uz.nav.groups,
        uz.nav.plans,
        uz.nav.reports,
        uz.nav.settings,
      ]);

      // Programmes: prescriptions and booking from them; no goals, reviews or notes, no programme writes.
      await gotoApp('/plans');
      await expect(page.getByRole('row', { name: new RegExp(PERSON) })).toBeVisible();
      await expect(link(page, pr.list.newProgramme)).toHaveCount(0);
      await openProgramme(page, gotoApp, seeded.programmeId);
      await expect(button(page, pr.prescription.book)).toBeVisible();
      await expect(page.getByRole('heading', { name: pr.page.goalsTitle })).toHaveCount(0);
      await expect(page.getByRole('heading', { name: pr.page.reviewsTitle })).toHaveCount(0);
      await expect(page.getByText(pr.page.noGoals)).toHaveCount(0);
      await expect(page.getByText(pr.page.noReviews)).toHaveCount(0);
      for (const name of [
        pr.goal.add,
        pr.prescription.add,
        pr.prescription.edit,
        pr.prescription.remove,
        pr.form.edit,
        pr.page.close,
        pr.page.approve,
        pr.review.record,
        pr.review.startNext,
      ])
        await expect(button(page, name), name).toHaveCount(0);

      // People: registers and edits, imports nothing (people.import is the manager's).
      await gotoApp('/people');
      await expect(link(page, people.actions.register)).toBeVisible();
      await expect(link(page, people.actions.import)).toHaveCount(0);
      await gotoApp('/people/import');
      await expect(heading(page, uz.auth.forbidden.title)).toBeVisible();

      // Calendar: books and changes sessions; a session's note (health data) is not offered.
      const drawer = await openSession(page, gotoApp);
      await expect(drawer.move).toBeVisible();
      await expect(drawer.drawer.getByRole('link', { name: uz.notes.editor.openNote })).toHaveCount(0);

      // Settings: reads the centre's records, changes none of them.
      await expectSettingsReadOnly(page, gotoApp);
      await expectSettingsSections(page, [
        places.nav.centre,
        places.nav.staff,
        places.nav.services,
        places.nav.rooms,
        places.nav.closures,
      ]);
      await gotoApp('/settings/staff');
      const row = page.getByRole('row', { name: /Karimova Dilnoza/ });
      await expect(row).toBeVisible();
      await expect(button(page, places.staff.add)).toHaveCount(0);
      // The row's Edit button (named for the record) is not there, nor any other.
      await expect(row.getByRole('button')).toHaveCount(0);
    });

    test('meeting a rule only a manager may set aside, is told to ask one, with no reason to give', async ({
      page,
      call,
      gotoApp,
    }) => {
      await seedBookingCentre(call);
      await gotoApp('/calendar');
      const form = await openNewBooking(page, 'uz-Latn');
      await form.choose(uz.booking.service, 'Logoped mashgʻuloti');
      await form.person('sardor', /Aliyev Sardor/);
      // 17:00 is past the specialist's hours: a soft clash, which schedule.override (a manager's) sets aside.
      await form.field(uz.booking.date).fill('24.03.2026');
      await form.field(uz.booking.startTime).fill('17:00');
      await form.dialog.getByRole('button', { name: uz.booking.book, exact: true }).click();
      await expect(form.conflict).toContainText(uz.booking.conflict.askManager);
      await expect(form.conflict).not.toContainText(uz.booking.conflict.needsOverride.book);
      await expect(form.conflict.getByLabel(uz.booking.conflict.overrideReason.book)).toHaveCount(0);
      await expect(button(form.dialog, uz.booking.bookAnyway)).toHaveCount(0);
      await expect(button(form.dialog, uz.booking.book)).toBeVisible();
    });
  });

  test.describe('a specialist', () => {
    test.use({ signIn: ['specialist'] as Role[] });

    test('writes programmes and notes, but books, registers and changes settings nowhere', async ({
      page,
      call,
      gotoApp,
    }) => {
      test.setTimeout(120_000);
      const seeded = await seed(call);
      await gotoApp('/today');
      await expectMenu(page, [
        uz.nav.today,
        uz.nav.calendar,
        uz.nav.people,
        uz.nav.groups,
        uz.nav.plans,
        uz.nav.notes,
        uz.nav.reports,
        uz.nav.settings,
      ]);

      // Programmes: the casework and its writes; booking from a prescription is reception's (schedule.write).
      await openProgramme(page, gotoApp, seeded.programmeId);
      await expect(page.getByRole('heading', { name: GOAL })).toBeVisible();
      await expect(button(page, pr.goal.add)).toBeVisible();
      await expect(button(page, pr.prescription.book)).toHaveCount(0);

      // People: reads, registers and edits no one.
      await gotoApp(`/people/${seeded.personId}`);
      await expect(heading(page, new RegExp(PERSON))).toBeVisible();
      await expect(link(page.getByRole('main'), pr.page.programmesOfPerson)).toBeVisible();
      await expect(link(page, people.actions.edit)).toHaveCount(0);
      await gotoApp('/people');
      await expect(page.getByRole('link', { name: new RegExp(PERSON) }).first()).toBeVisible();
      await expect(link(page, people.actions.register)).toHaveCount(0);
      await expect(link(page, people.actions.import)).toHaveCount(0);

      // Groups: the roster and the waiting lists to read; no new group, enrolling, leaving or list changes.
      await gotoApp('/groups');
      await expect(link(page, groups.list.waitingLists)).toBeVisible();
      await expect(link(page, groups.list.newGroup)).toHaveCount(0);
      await gotoApp(`/groups/${seeded.groupId}`);
      await expect(page.getByTestId('roster-row')).toHaveCount(3);
      await expect(link(page, groups.page.edit)).toHaveCount(0);
      await expect(button(page, groups.page.enrol)).toHaveCount(0);
      await expect(page.getByRole('button', { name: groups.roster.leave })).toHaveCount(0);
      await gotoApp('/groups/waiting');
      await expect(page.getByTestId('waiting-row')).toHaveCount(1);
      await expect(button(page, groups.waiting.add)).toHaveCount(0);
      await expect(page.getByRole('button', { name: groups.waiting.edit })).toHaveCount(0);
      await expect(page.getByRole('button', { name: groups.waiting.withdraw })).toHaveCount(0);

      // Calendar: to read, with the session's note; no booking, moving or cancelling.
      const drawer = await openSession(page, gotoApp);
      await expect(drawer.drawer.getByRole('link', { name: uz.notes.editor.openNote })).toBeVisible();
      await expect(drawer.move).toHaveCount(0);
      await expect(drawer.cancel).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(button(page, uz.booking.newBooking)).toHaveCount(0);

      // Settings: reads, changes nothing; the audit log is the manager's.
      await expectSettingsReadOnly(page, gotoApp);
      await gotoApp('/settings/services');
      const services = page.getByRole('table');
      await expect(services.getByRole('row').nth(1)).toBeVisible();
      await expect(button(page, places.services.add)).toHaveCount(0);
      await expect(services.getByRole('button')).toHaveCount(0);
      // Closures: the public holidays to read, no adding, changing or deleting.
      await gotoApp('/settings/closures');
      const closures = page.getByRole('table');
      await expect(closures.getByRole('row').nth(1)).toBeVisible();
      await expect(button(page, places.closures.add)).toHaveCount(0);
      await expect(closures.getByRole('button')).toHaveCount(0);
      await expect(link(page, uz.audit.nav)).toHaveCount(0);
    });
  });

  test.describe('a manager', () => {
    test.use({ signIn: ['manager'] as Role[] });

    test('reads notes without writing them, runs the centre’s records, and replaces no database', async ({
      page,
      call,
      gotoApp,
    }) => {
      test.setTimeout(120_000);
      await seed(call);
      await gotoApp('/today');
      await expectMenu(page, [
        uz.nav.today,
        uz.nav.calendar,
        uz.nav.people,
        uz.nav.groups,
        uz.nav.plans,
        uz.nav.notes,
        uz.nav.reports,
        uz.nav.settings,
      ]);

      // Notes: the session owed a note is listed; its page says it is not signed yet, with no form to sign.
      await gotoApp('/notes');
      const open = uz.notes.missing.openFor
        .replace('{{name}}', PERSON)
        .replace('{{date}}', '17.03.2026 14:00');
      await expect(page.getByRole('link', { name: uz.notes.missing.writeFor.split(':')[0]! })).toHaveCount(0);
      await page.getByRole('link', { name: open, exact: true }).click();
      await expect(heading(page, uz.notes.editor.title)).toBeVisible();
      await expect(page.getByText(uz.notes.editor.notSignedYet)).toBeVisible();
      await expect(page.getByLabel(uz.notes.editor.whatWasDone)).toHaveCount(0);
      await expect(button(page, uz.notes.editor.sign)).toHaveCount(0);

      await gotoApp('/people');
      await expect(link(page, people.actions.import)).toBeVisible();

      // Settings: the centre's records and the audit log; not the centre's own settings, accounts or backups.
      await expectSettingsReadOnly(page, gotoApp);
      await expectSettingsSections(page, [
        places.nav.centre,
        places.nav.staff,
        places.nav.services,
        places.nav.rooms,
        places.nav.closures,
        uz.audit.nav,
        uz.dataExport.nav,
      ]);
      await gotoApp('/settings/staff');
      await expect(button(page, places.staff.add)).toBeVisible();
      await gotoApp('/settings/data');
      await expect(heading(page, uz.dataExport.nav)).toBeVisible();
      await expect(page.getByRole('heading', { name: uz.dataExport.import.title })).toHaveCount(0);
      await gotoApp('/settings/backups');
      await expect(heading(page, uz.auth.forbidden.title)).toBeVisible();
    });
  });

  test.describe('an administrator alone', () => {
    test.use({ signIn: ['administrator'] as Role[] });

    test('runs the system: settings, accounts, backups and the full import, not the audit log', async ({
      page,
      gotoApp,
    }) => {
      await gotoApp('/settings');
      await expectMenu(page, [uz.nav.settings]);
      await expect(button(page, uz.settings.save)).toBeVisible();
      await expect(page.getByText(uz.settings.readOnly)).toHaveCount(0);
      await expectSettingsSections(page, [
        places.nav.centre,
        places.nav.staff,
        places.nav.services,
        places.nav.rooms,
        places.nav.closures,
        uz.auth.nav,
        uz.backup.nav,
        uz.dataExport.nav,
      ]);
      await gotoApp('/settings/data');
      await expect(page.getByRole('heading', { name: uz.dataExport.import.title })).toBeVisible();
      await gotoApp('/settings/audit');
      await expect(heading(page, uz.auth.forbidden.title)).toBeVisible();
    });
  });
});
