import { describe, expect, it } from 'vitest';
import { catalogues } from '../../shared/i18n';
import { addMinutesToLocal } from '../../shared/domain/scheduling';
import { formatCalendarDate } from '../../shared/i18n/dates';
import type { Language } from '../../shared/domain/languages';
import { openAttendanceCentre } from './attendance-fixture';
import { bookNamed, busyTuesday, CENTRE, flatten, lineWith, readDocument } from './documents-day-fixture';
import { call } from './schedule-fixture';

/** The first document of a run starts the rendering worker and loads react-pdf and the fonts: slow on a busy machine. */
const PDF_TIMEOUT = 60_000;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

describe('documents.daySchedule', { timeout: PDF_TIMEOUT }, () => {
  it('lists the day by time in Uzbek Latin: times, who is expected, service, specialist, room', async () => {
    const centre = await openAttendanceCentre();
    const { date } = await busyTuesday(centre);
    await bookNamed(
      centre,
      { familyName: 'Saʼdullayeva', givenName: 'Maʼmura', patronymic: 'Gʻayrat qizi', sex: 'female' },
      70,
      date,
      '12:00',
    );
    const day = await call(centre.backend, 'attendance.day', { date });
    const services = await call(centre.backend, 'services.list', {});
    const text = catalogues['uz-Latn'].documents.daySchedule;

    const pdf = await readDocument(centre.backend, 'documents.daySchedule', {
      date,
      arrangement: 'time',
      language: 'uz-Latn',
    });
    expect(pdf.fileName).toBe(`schedule-${date}-time.pdf`);
    expect(pdf.info['Pages']).toBe('1');
    expect(pdf.info['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    expect(
      pdf.fonts.every((font) => font.includes('NotoSans')),
      pdf.fonts.join(),
    ).toBe(true);
    const [page] = pdf.pages;
    for (const heading of [
      CENTRE,
      text.title,
      formatCalendarDate(date, 'uz-Latn', 'full'),
      text.arrangement.time,
    ])
      expect(pdf.flat).toContain(flatten(heading));
    expect(pdf.flat).toMatch(/Chop etildi: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);

    expect(day.sessions).toHaveLength(5);
    for (const session of day.sessions) {
      const end = addMinutesToLocal(date, session.startTime, session.minutes).time;
      const line = lineWith(page!, `${session.startTime}–${end}`);
      const service = services.find((s) => s.id === session.serviceId)!.names['uz-Latn'];
      expect(line).toContain(session.specialistName);
      expect(line).toContain(session.roomName!);
      expect(pdf.flat).toContain(flatten(service));
      if (session.groupName)
        expect(pdf.flat).toContain(
          flatten(fill(text.groupCount, { name: session.groupName, count: session.people.length })),
        );
      else for (const person of session.people) expect(pdf.flat).toContain(person.name);
    }
    for (const letter of 'ʻʼ') expect(pdf.flat, letter).toContain(letter);
    // Bekzod announced his absence for the group's session; the centre cancelled the 14:00 session.
    const group = day.sessions.find((s) => s.groupName)!;
    const announced = group.people.filter((p) => p.expected?.plannedAbsenceId);
    expect(announced).toHaveLength(1);
    expect(pdf.flat).toContain(flatten(fill(text.announced, { names: announced[0]!.name })));
    expect(lineWith(page!, '14:00–14:45')).toContain(text.cancelled);
    const cancelled = day.sessions.filter((s) => s.status === 'cancelled');
    const expected = day.sessions
      .filter((s) => s.status !== 'cancelled')
      .reduce((sum, s) => sum + s.people.length, 0);
    expect(pdf.flat).toContain(
      flatten(
        fill(text.totals, { sessions: day.sessions.length, cancelled: cancelled.length, people: expected }),
      ),
    );
  });

  it('arranges the day by room and by specialist in Russian: each named once, first, beside its sessions', async () => {
    const centre = await openAttendanceCentre();
    const { date } = await busyTuesday(centre);
    const day = await call(centre.backend, 'attendance.day', { date });
    const text = catalogues.ru.documents.daySchedule;

    const byRoom = await readDocument(centre.backend, 'documents.daySchedule', {
      date,
      arrangement: 'room',
      language: 'ru',
    });
    const rooms = [...new Set(day.sessions.map((s) => s.roomName!))].sort((a, b) => a.localeCompare(b, 'ru'));
    const page = byRoom.pages[0]!;
    const headRow = lineWith(page, text.time);
    // The room heads the first column, once; the specialist keeps a column of its own.
    expect(headRow.trim().startsWith(text.room)).toBe(true);
    expect(headRow.split(text.room)).toHaveLength(2);
    expect(headRow).toContain(text.specialist);
    // Each room's heading, then its sessions' start times, in that order down the page.
    let at = page.indexOf(headRow);
    for (const room of rooms) {
      const heading = page.indexOf(room, at);
      expect(heading, room).toBeGreaterThan(at);
      at = heading;
      for (const session of day.sessions.filter((s) => s.roomName === room)) {
        const row = page.indexOf(`${session.startTime}–`, at);
        expect(row, `${room} ${session.startTime}`).toBeGreaterThan(at);
        at = row;
      }
    }
    expect(byRoom.flat).toContain(text.arrangement.room);

    const bySpecialist = await readDocument(centre.backend, 'documents.daySchedule', {
      date,
      arrangement: 'specialist',
      language: 'ru',
    });
    const specialistPage = bySpecialist.pages[0]!;
    const specialistHead = lineWith(specialistPage, text.time);
    expect(specialistHead.trim().startsWith(text.specialist)).toBe(true);
    expect(specialistHead.split(text.specialist)).toHaveLength(2);
    expect(specialistHead).toContain(text.room);
    for (const name of new Set(day.sessions.map((s) => s.specialistName))) {
      const sessions = day.sessions.filter((s) => s.specialistName === name);
      // The specialist's name once, in the first column beside their first session.
      expect(bySpecialist.flat.split(name).length - 1, name).toBe(1);
      expect(lineWith(specialistPage, name)).toContain(`${sessions[0]!.startTime}–`);
    }
  });

  it.each<Language>(['ru', 'uz-Cyrl'])(
    'writes %s with every Uzbek Cyrillic letter of the names and ʻ',
    async (language) => {
      const centre = await openAttendanceCentre();
      const { date } = await busyTuesday(centre);
      await bookNamed(
        centre,
        { familyName: 'Ғуломов', givenName: 'Ёқубжон', patronymic: 'Ҳасан ўғли', sex: 'male' },
        71,
        date,
        '12:00',
      );
      await bookNamed(
        centre,
        { familyName: 'Қодирова', givenName: 'Моҳинур', patronymic: 'Ўктам қизи', sex: 'female' },
        72,
        date,
        '13:00',
      );
      const text = catalogues[language].documents.daySchedule;
      const pdf = await readDocument(centre.backend, 'documents.daySchedule', {
        date,
        arrangement: 'time',
        language,
      });
      for (const heading of [text.title, text.expected, formatCalendarDate(date, language, 'full')])
        expect(pdf.flat).toContain(flatten(heading));
      // The children are Karimov … Alisher oʻgʻli: ʻ comes back from the font in any language.
      expect(pdf.flat).toContain('oʻgʻli');
      // Every letter comes back from the embedded font: none was dropped or replaced by a missing glyph.
      for (const letter of 'ЎҚҒҲўқғҳЁ') expect(pdf.flat, letter).toContain(letter);
      expect(pdf.flat).toContain('Ғуломов Ёқубжон Ҳасан ўғли');
    },
  );
});
