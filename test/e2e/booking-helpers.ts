// Seeding and finding things for the booking specs: a speech therapist with hours, children with a mother,
// and the booking dialog's fields by their labels in the page's language.
import type { Page } from '@playwright/test';
import { makePinfl } from '../../shared/domain/pinfl';
import { catalogues, expect, type Language, type Call } from './fixtures';
import { addSpecialist } from './staff-helpers';

export interface BookingCentre {
  speech: number;
  specialist: number;
  room: number;
  child: number;
  other: number;
}

function childInput(
  familyName: string,
  givenName: string,
  birthDate: string,
  motherName: string,
  serial: number,
) {
  return {
    familyName,
    givenName,
    birthDate,
    sex: 'male',
    pinfl: makePinfl(birthDate, 'male', 203, serial),
    consentDate: '2026-03-02',
    consentTakenBy: 'Yoʻldosheva M.',
    hasDisability: true,
    disabilityGroup: 'child',
    status: 'active',
    guardians: [
      {
        relation: 'mother',
        familyName,
        givenName: motherName,
        phone: `90 123-45-${serial}`,
        isPrimary: true,
      },
    ],
  };
}

/** Karimova Dilnoza gives speech therapy Monday to Friday 08:00–17:00; two children with disabilities. */
export async function seedBookingCentre(call: Call): Promise<BookingCentre> {
  const speech = (await call('services.list')).find((s) => s.code === 'speech_therapy');
  if (!speech) throw new Error('The default services have no speech therapy');
  const specialist = await addSpecialist(call, {
    familyName: 'Karimova',
    givenName: 'Dilnoza',
    patronymic: 'Anvar qizi',
    serviceIds: [speech.id],
  });
  const room = await call('rooms.create', {
    name: 'Logoped xonasi',
    kind: 'therapy',
    capacity: 1,
    notes: '',
    active: true,
  });
  const child = await call('people.create', childInput('Aliyev', 'Sardor', '2020-04-11', 'Nodira', 11));
  const other = await call('people.create', childInput('Usmonov', 'Jasur', '2019-09-02', 'Gulnora', 12));
  return { speech: speech.id, specialist: specialist.id, room: room.id, child: child.id, other: other.id };
}

/** The booking dialog and its fields, named as a person sees them. */
export function bookingDialog(page: Page, language: Language) {
  const text = catalogues[language].booking;
  const dialog = page.getByRole('dialog', { name: text.dialogTitle });
  // Mantine's selects are comboboxes, its other inputs textboxes; a required label's asterisk is not in the name.
  const field = (label: string) =>
    dialog
      .getByRole('combobox', { name: label, exact: true })
      .or(dialog.getByRole('textbox', { name: label, exact: true }));
  return {
    dialog,
    text,
    field,
    async choose(label: string, option: string) {
      await field(label).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    },
    async person(search: string, option: RegExp) {
      await field(text.beneficiary).fill(search);
      await page.getByRole('option', { name: option }).click();
    },
    summary: dialog.getByTestId('rule-summary'),
    conflict: dialog.getByTestId('conflict-panel'),
  };
}

/** Opens "New booking" once the calendar has loaded, which takes a while on a busy machine. */
export async function openNewBooking(page: Page, language: Language) {
  const button = page.getByRole('button', { name: catalogues[language].booking.newBooking, exact: true });
  await expect(button).toBeVisible({ timeout: 15_000 });
  await button.click();
  const form = bookingDialog(page, language);
  await expect(form.field(form.text.service)).toBeVisible({ timeout: 15_000 });
  return form;
}
