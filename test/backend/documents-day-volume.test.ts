import { describe, expect, it } from 'vitest';
import type { ScheduleArrangement } from '../../shared/contract/documents';
import { catalogues } from '../../shared/i18n';
import { openAttendanceCentre, type AttendanceCentre } from './attendance-fixture';
import { fillDay, lineWith, readDocument } from './documents-day-fixture';
import { addRoom, addSpecialist } from './schedule-fixture';

/** The first document of a run starts the rendering worker and loads react-pdf and the fonts: slow on a busy machine. */
const PDF_TIMEOUT = 60_000;

const SPECIALISTS = [
  'Abdullayeva',
  'Gʻofurova',
  'Qodirova',
  'Shermatova',
  'Toʻxtasinova',
  'Yoʻldosheva',
  'Xolmatova',
  'Ergasheva',
];
const ROOMS = [
  'Logoped xonasi 1',
  'Logoped xonasi 2',
  'Psixolog kabineti',
  'Sensor xona',
  'Massaj xonasi',
  'Defektolog kabineti',
  'Reabilitatsiya kabineti',
  'Erta aralashuv xonasi',
];
const DATE = '2026-03-25';

/** A Wednesday with `count` individual sessions: eight specialists side by side, one room each. */
async function busyDay(count: number): Promise<AttendanceCentre> {
  const centre = await openAttendanceCentre();
  const specialists: number[] = [];
  for (const name of SPECIALISTS) specialists.push(await addSpecialist(centre.backend, name));
  const rooms: number[] = [];
  for (const name of ROOMS) rooms.push(await addRoom(centre.backend, name, 1));
  await fillDay(centre.backend, {
    date: DATE,
    count,
    serviceId: centre.speech,
    specialists,
    rooms,
    children: [centre.child, centre.sister, ...centre.kids],
  });
  return centre;
}

describe('documents.daySchedule on a full day', { timeout: PDF_TIMEOUT }, () => {
  it.each<ScheduleArrangement>(['time', 'room', 'specialist'])(
    'keeps a 40-session day on one page when arranged by %s',
    async (arrangement) => {
      const centre = await busyDay(40);
      const pdf = await readDocument(centre.backend, 'documents.daySchedule', {
        date: DATE,
        arrangement,
        language: 'uz-Latn',
      });
      expect(pdf.info['Pages']).toBe('1');
      const day = await centre.backend.db
        .selectFrom('sessions')
        .select('start_time')
        .where('date', '=', DATE)
        .execute();
      // Every session's line is there: as many time ranges as sessions.
      expect(pdf.pages[0]!.match(/\d{2}:\d{2}–\d{2}:\d{2}/g)).toHaveLength(day.length);
    },
  );

  it('continues a 120-session day over pages, the column heads on each, the totals and page count at the end', async () => {
    const centre = await busyDay(120);
    const text = catalogues['uz-Latn'].documents.daySchedule;
    const pdf = await readDocument(centre.backend, 'documents.daySchedule', {
      date: DATE,
      arrangement: 'room',
      language: 'uz-Latn',
    });
    // One page holds the 40 above and fewer than 60 lines (the row height is at least 12 points on a page
    // of about 780): 120 sessions take two or three pages.
    const pages = Number(pdf.info['Pages']);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(120 / 60));
    expect(pages).toBeLessThanOrEqual(Math.ceil(120 / 40));
    expect(pdf.pages).toHaveLength(pages);
    const ranges = pdf.pages.map((page) => page.match(/\d{2}:\d{2}–\d{2}:\d{2}/g)?.length ?? 0);
    expect(ranges.reduce((a, b) => a + b, 0)).toBe(120);
    for (const [index, page] of pdf.pages.entries()) {
      expect(lineWith(page, text.time)).toContain(text.expected);
      expect(page).toContain(`${index + 1}-sahifa, jami ${pages}`);
    }
    expect(pdf.pages.at(-1)).toContain('Mashgʻulotlar: 120, shundan bekor qilingan: 0');
    // Each room heads its sessions once, even where they run onto the next page.
    for (const room of ROOMS) expect(pdf.flat.split(room).length - 1, room).toBe(1);
  });
});
