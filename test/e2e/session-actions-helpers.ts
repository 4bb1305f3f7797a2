// Seeding and finding things for the session-actions spec: two specialists with a room each, two children with
// a mother, and the calendar's session blocks, drawer and dialogs by what a person sees.
import type { Locator, Page } from '@playwright/test';
import { makePinfl } from '../../shared/domain/pinfl';
import { catalogues, type Language, type Call } from './fixtures';
import { addSpecialist } from './staff-helpers';

export interface ActionsCentre {
  speech: number;
  karimova: number;
  usmonova: number;
  room: number;
  hall: number;
  child: number;
  /** Aliyev Sardor's mother. */
  mother: number;
  other: number;
}

function specialist(call: Call, familyName: string, givenName: string, serviceId: number) {
  return addSpecialist(call, { familyName, givenName, serviceIds: [serviceId] });
}

function child(
  call: Call,
  familyName: string,
  givenName: string,
  birthDate: string,
  mother: string,
  serial: number,
) {
  return call('people.create', {
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
      { relation: 'mother', familyName, givenName: mother, phone: `90 123-45-${serial}`, isPrimary: true },
    ],
  });
}

function room(call: Call, name: string, capacity: number) {
  return call('rooms.create', { name, kind: 'therapy', capacity, notes: '', active: true });
}

/** Karimova and Usmonova give speech therapy Monday to Friday 08:00–17:00; Aliyev Sardor and Usmonov Jasur. */
export async function seedActionsCentre(call: Call): Promise<ActionsCentre> {
  const speech = (await call('services.list')).find((s) => s.code === 'speech_therapy');
  if (!speech) throw new Error('The default services have no speech therapy');
  const sardor = await child(call, 'Aliyev', 'Sardor', '2020-04-11', 'Nodira', 11);
  return {
    speech: speech.id,
    karimova: (await specialist(call, 'Karimova', 'Dilnoza', speech.id)).id,
    usmonova: (await specialist(call, 'Usmonova', 'Malika', speech.id)).id,
    room: (await room(call, 'Logoped xonasi', 1)).id,
    hall: (await room(call, 'Zal', 4)).id,
    child: sardor.id,
    mother: sardor.guardians[0]!.id,
    other: (await child(call, 'Usmonov', 'Jasur', '2019-09-02', 'Gulnora', 12)).id,
  };
}

/** The session blocks of one person in the calendar, each a button named by its content. */
export function sessionBlocks(page: Page, name: string): Locator {
  return page.getByTestId('calendar').getByRole('button', { name: new RegExp(name) });
}

/** One person's block that shows a given time range ("10:00–10:45"). */
export function sessionAt(page: Page, name: string, timeRange: string): Locator {
  return sessionBlocks(page, name).filter({ hasText: timeRange });
}

export function texts(language: Language) {
  return catalogues[language].sessionActions;
}

/** The drawer of the session that is open, and its buttons. */
export function sessionDrawer(page: Page, language: Language) {
  const text = texts(language);
  const drawer = page.getByRole('dialog').filter({ has: page.getByTestId('session-facts') });
  return {
    drawer,
    facts: drawer.getByTestId('session-facts'),
    move: drawer.getByRole('button', { name: text.move.open }),
    edit: drawer.getByRole('button', { name: text.edit.open }),
    cancel: drawer.getByRole('button', { name: text.cancel.open }),
  };
}

/**
 * Drags a block from one time to another in a day's column of the week view: the pointer moves by the distance
 * between the two times' slot rows, so wherever on the block it grabs, the block starts at the new time.
 */
export async function dragTo(
  page: Page,
  block: Locator,
  date: string,
  times: { from: string; to: string },
): Promise<void> {
  const box = await block.boundingBox();
  const slotY = async (time: string) =>
    (await page.locator(`[data-time="${time}:00"]`).first().boundingBox())?.y;
  const [from, to] = [await slotY(times.from), await slotY(times.to)];
  const day = await page.locator(`[data-date="${date}"]`).last().boundingBox();
  if (!box || from === undefined || to === undefined || !day)
    throw new Error('The block, a slot or the day is not on screen');
  // Near the top, inside the block's first quarter hour, so the grab and the drop snap alike.
  const grab = { x: box.x + box.width / 2, y: box.y + 5 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x, grab.y + 4, { steps: 2 });
  // FullCalendar snaps the drop a few pixels later than the grab (measured: a 2-hour distance lands 15 minutes
  // late), so the pointer stops half a quarter hour short.
  await page.mouse.move(day.x + day.width / 2, grab.y + (to - from) - 6, { steps: 12 });
  await page.mouse.up();
}
