// Lists at the window size of the centre's computers (1280×800, see playwright.config): a table fits its column
// without sideways scrolling, and a mark drawn in a badge is not cut by the badge.
import type { Locator } from '@playwright/test';
import { makePinfl } from '../../shared/domain/pinfl';
import { catalogues, expect, test } from './fixtures';

// The page's DOM, as far as these checks read it (the test project's types have no DOM library).
interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
}
interface DomNode {
  parentElement: DomNode | null;
  firstElementChild: DomNode | null;
  clientWidth: number;
  closest(selector: string): DomNode | null;
  getBoundingClientRect(): Rect;
}
declare const getComputedStyle: (node: DomNode) => { overflow: string; fontSize: string };
declare const document: {
  createRange(): { selectNodeContents(node: DomNode): void; getBoundingClientRect(): Rect };
};

/** How far a table reaches past the box it scrolls in (px; 0 when it fits). */
function overflow(table: Locator): Promise<number> {
  return table.evaluate((node) => {
    const element = node as unknown as DomNode;
    const box = element.parentElement?.closest('[class*="scrollContainer"]') ?? element.parentElement!;
    return Math.max(0, element.getBoundingClientRect().width - box.clientWidth);
  });
}

test.describe('on Monday 16 March 2026', () => {
  test.use({ now: '2026-03-16T09:00:00+05:00' });

  test('the groups list fits 1280×800 in Uzbek with a group meeting five days a week every other week', async ({
    page,
    call,
    gotoApp,
  }) => {
    const crafts = (await call('services.list')).find((service) => service.code === 'crafts');
    if (!crafts) throw new Error('The default services have no crafts');
    const teacher = await call('staff.create', {
      familyName: 'Egamberdiyev',
      givenName: 'Farhod',
      patronymic: '',
      roles: ['teacher'],
      position: 'Hunarmandchilik ustasi',
      phone: '',
      serviceIds: [crafts.id],
      hours: [1, 2, 3, 4, 5].map((weekday) => ({
        weekday,
        start: '08:00',
        end: '18:00',
        breakStart: null,
        breakEnd: null,
      })),
      active: true,
    });
    const room = await call('rooms.create', {
      name: 'Hunarmandchilik ustaxonasi',
      kind: 'classroom',
      capacity: 12,
      notes: '',
      active: true,
    });
    await call('groups.create', {
      name: 'Kattalar uchun hunarmandchilik',
      serviceId: crafts.id,
      teacherId: teacher.id,
      roomId: room.id,
      capacity: 10,
      minAgeMonths: 216,
      maxAgeMonths: null,
      schedule: {
        startDate: '2026-04-06',
        startTime: '14:00',
        durationMinutes: 60,
        weekdays: [1, 2, 3, 4, 5],
        intervalWeeks: 2,
        end: { kind: 'count', count: 5 },
      },
    });

    await gotoApp('/groups');
    const table = page.getByRole('table');
    await expect(table.getByTestId('group-row')).toHaveCount(1);
    await expect(table).toContainText('Kattalar uchun hunarmandchilik');
    expect(await overflow(table)).toBe(0);
    // The last column is on screen, not behind a sideways scroll.
    await expect(
      table.getByRole('columnheader', { name: catalogues['uz-Latn'].groups.list.waiting }),
    ).toBeInViewport({ ratio: 1 });
  });
});

test.describe('on Monday 16 March 2026, in Russian', () => {
  test.use({ now: '2026-03-16T09:00:00+05:00' });

  test('the programmes list shows each status whole, and the review mark under its date', async ({
    page,
    call,
    gotoApp,
  }) => {
    const child = async (familyName: string, givenName: string, patronymic: string, serial: number) =>
      (
        await call('people.create', {
          familyName,
          givenName,
          patronymic,
          birthDate: '2019-01-20',
          sex: 'female',
          pinfl: makePinfl('2019-01-20', 'female', 203, serial),
          consentDate: '2026-03-02',
          consentTakenBy: 'Yoʻldosheva M.',
          hasDisability: true,
          disabilityGroup: 'child',
          status: 'active',
          guardians: [],
        })
      ).id;
    const goals = [
      { goal: 'Ikki soʻzli gap tuzadi', domain: 'communication', scale: ['a', 'b', 'c', 'd', 'e'] },
    ];
    const programme = async (beneficiaryId: number, reviewDate: string) => {
      const created = await call('programmes.create', {
        beneficiaryId,
        startDate: '2026-01-05',
        reviewDate,
        endDate: '2026-07-05',
        goals,
      });
      await call('programmes.setStatus', { id: created.programme.id, status: 'active' });
      return created;
    };
    const reviewed = await programme(
      await child('Abdurahmonova', 'Mohinur', 'Abdulaziz qizi', 41),
      '2026-04-06',
    );
    await call('programmes.review', {
      programmeId: reviewed.programme.id,
      reviewDate: '2026-03-16',
      conclusion: 'Ijobiy siljish bor.',
      levels: reviewed.goals.map((goal) => ({ goalId: goal.id, level: 0 })),
    });
    await programme(await child('Muhammadaliyeva', 'Oʻgʻiloy', 'Abdurashid qizi', 42), '2026-03-16');

    await page.addInitScript(() => localStorage.setItem('imkon.language', 'ru'));
    await gotoApp('/plans');
    const ru = catalogues.ru.programmes;
    const table = page.getByRole('table');
    const status = table.getByText(ru.statuses.reviewed, { exact: true });
    await expect(status).toBeVisible();
    for (const badge of [status, table.getByText(ru.list.due, { exact: true })]) {
      const cut = await badge.evaluate((node) => {
        const element = node as unknown as DomNode & { scrollWidth: number };
        return element.scrollWidth - element.clientWidth;
      });
      expect(cut).toBeLessThanOrEqual(0);
    }
    expect(await overflow(table)).toBe(0);
  });
});

test('the disability mark on the people list is whole inside its round badge', async ({
  page,
  call,
  gotoApp,
}) => {
  await call('people.create', {
    familyName: 'Usmonova',
    givenName: 'Malika',
    birthDate: '2019-01-20',
    sex: 'female',
    pinfl: makePinfl('2019-01-20', 'female', 203, 31),
    consentDate: '2026-03-02',
    consentTakenBy: 'Yoʻldosheva M.',
    hasDisability: true,
    disabilityGroup: 'child',
    status: 'active',
    guardians: [],
  });
  await gotoApp('/people');
  const mark = page.getByRole('img', { name: catalogues['uz-Latn'].people.list.disabilityMark });
  await expect(mark).toBeVisible();
  const glyph = await mark.evaluate((node) => {
    const element = node as unknown as DomNode;
    const range = document.createRange();
    range.selectNodeContents(element);
    const box = range.getBoundingClientRect();
    // Every box from the mark down to the glyph that clips what sticks out of it.
    const clips = [element.getBoundingClientRect()];
    let inner = element;
    while (inner.firstElementChild) {
      inner = inner.firstElementChild;
      if (getComputedStyle(inner).overflow !== 'visible') clips.push(inner.getBoundingClientRect());
    }
    const inside = clips.every(
      (clip) =>
        box.left >= clip.left - 0.1 &&
        box.right <= clip.right + 0.1 &&
        box.top >= clip.top - 0.1 &&
        box.bottom <= clip.bottom + 0.1,
    );
    return { inside, fontSize: parseFloat(getComputedStyle(inner).fontSize) };
  });
  expect(glyph.inside).toBe(true);
  // Readable next to a 14-pixel name, not a speck.
  expect(glyph.fontSize).toBeGreaterThanOrEqual(12);
});
