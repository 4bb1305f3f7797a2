import { describe, expect, it } from 'vitest';
import type { Mark } from '../../shared/domain/attendance';
import type { Language } from '../../shared/domain/languages';
import { catalogues } from '../../shared/i18n';
import { formatDateRange } from '../../shared/i18n/dates';
import { formatNumber } from '../../shared/i18n/numbers';
import type { SummaryCounts } from '../../shared/contract/attendance-summary';
import {
  groupSessionOn,
  openAttendanceCentre,
  poolWithChildren,
  type AttendanceCentre,
} from './attendance-fixture';
import { CENTRE, flatten, lineWith, readDocument } from './documents-day-fixture';
import { fieldsOf } from './attendance-fixture';
import { booking, call } from './schedule-fixture';

/** The first document of a run starts the rendering worker and loads react-pdf and the fonts: slow on a busy machine. */
const PDF_TIMEOUT = 60_000;

type Bucket = 'group' | 'individual';
/** What the test seeded, visit by visit: the mark that should count, null for none, 'upcoming' after today. */
type Seeded = Array<{ bucket: Bucket; session: number; mark: Mark | null | 'upcoming' }>;

/**
 * March 2026, read on Friday the 27th: the pool group (Tue/Thu; two children from the 17th, a third from the
 * 24th) and speech therapy sessions, marked, cancelled and left unmarked in every way the summary counts.
 */
async function seededMarch(
  centre: AttendanceCentre,
  groupName?: string,
): Promise<{ groupId: number; seeded: Seeded }> {
  const settings = await call(centre.backend, 'settings.get', {});
  await call(centre.backend, 'settings.update', { ...settings, name: CENTRE });
  const groupId = await poolWithChildren(centre);
  if (groupName)
    await centre.backend.db
      .updateTable('groups')
      .set({ name: groupName })
      .where('id', '=', groupId)
      .execute();
  const [aziz, bekzod, charos] = centre.kids as [number, number, number];
  const seeded: Seeded = [];
  const book = async (date: string, beneficiaryId: number) =>
    (await call(centre.backend, 'schedule.book', booking(centre, { date, beneficiaryId }))).sessionIds[0]!;
  // Individual speech therapy, booked while the clock is still on 10 March.
  const monday = await book('2026-03-16', centre.child);
  const wednesday = await book('2026-03-18', centre.child);
  const thursday = await book('2026-03-19', centre.sister);
  const nextWednesday = await book('2026-03-25', centre.child);
  await call(centre.backend, 'schedule.cancel', { sessionId: wednesday, reason: 'family', note: '' });
  await call(centre.backend, 'attendance.plannedAbsences.add', {
    beneficiaryId: bekzod,
    from: '2026-03-26',
    to: '2026-03-26',
    reason: 'Shifokor koʻrigi',
  });
  centre.setNow('2026-03-27T07:00:00Z');
  const mark = (sessionId: number, beneficiaryId: number, value: Mark) =>
    call(centre.backend, 'attendance.mark', {
      sessionId,
      beneficiaryId,
      mark: value,
      reason: value === 'absent_excused' ? 'Kasal' : '',
    });
  await mark(monday, centre.child, 'present');
  await mark(thursday, centre.sister, 'absent_unexcused');
  seeded.push(
    { bucket: 'individual', session: monday, mark: 'present' },
    { bucket: 'individual', session: wednesday, mark: 'absent_excused' },
    { bucket: 'individual', session: thursday, mark: 'absent_unexcused' },
    { bucket: 'individual', session: nextWednesday, mark: null },
  );

  const on = (date: string) => groupSessionOn(centre, groupId, date);
  const s17 = await on('2026-03-17');
  await call(centre.backend, 'attendance.rollCall', {
    sessionId: s17,
    present: 'all',
    exceptions: [{ beneficiaryId: bekzod, mark: 'absent_excused', reason: 'Shamollagan' }],
  });
  seeded.push(
    { bucket: 'group', session: s17, mark: 'present' },
    { bucket: 'group', session: s17, mark: 'absent_excused' },
  );
  const s19 = await on('2026-03-19');
  await call(centre.backend, 'attendance.rollCall', {
    sessionId: s19,
    present: 'all',
    exceptions: [{ beneficiaryId: aziz, mark: 'late' }],
  });
  seeded.push(
    { bucket: 'group', session: s19, mark: 'late' },
    { bucket: 'group', session: s19, mark: 'present' },
  );
  const s24 = await on('2026-03-24');
  await call(centre.backend, 'schedule.cancel', {
    sessionId: s24,
    reason: 'centre',
    note: 'Basseyn taʼmirda',
  });
  for (let i = 0; i < 3; i += 1) seeded.push({ bucket: 'group', session: s24, mark: 'cancelled_by_centre' });
  // The 26th: Aziz marked, Bekzod's planned absence counts as excused, Charos is not marked yet.
  const s26 = await on('2026-03-26');
  await mark(s26, aziz, 'present');
  void charos;
  seeded.push(
    { bucket: 'group', session: s26, mark: 'present' },
    { bucket: 'group', session: s26, mark: 'absent_excused' },
    { bucket: 'group', session: s26, mark: null },
  );
  const s31 = await on('2026-03-31');
  for (let i = 0; i < 3; i += 1) seeded.push({ bucket: 'group', session: s31, mark: 'upcoming' });
  return { groupId, seeded };
}

/** What the seeded visits should add up to, counted here independently of the summary's code. */
function expected(seeded: Seeded): Omit<SummaryCounts, 'rate'> & { rate: number | null } {
  const due = seeded.filter((v) => v.mark !== 'upcoming');
  const count = (mark: Mark | null) => due.filter((v) => v.mark === mark).length;
  const attended = count('present') + count('late');
  const planned = due.length;
  const cancelled = count('cancelled_by_centre');
  return {
    sessions: new Set(due.map((v) => v.session)).size,
    planned,
    attended,
    present: count('present'),
    late: count('late'),
    absentExcused: count('absent_excused'),
    absentUnexcused: count('absent_unexcused'),
    cancelledByCentre: cancelled,
    notMarked: count(null),
    upcoming: seeded.length - due.length,
    rate: planned - cancelled > 0 ? attended / (planned - cancelled) : null,
  };
}

/** The figures of a line as the PDF prints them, after the name. */
function figures(counts: SummaryCounts, language: Language): string {
  const rate =
    counts.rate === null
      ? '—'
      : formatNumber(counts.rate, language, {
          style: 'percent',
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        });
  return flatten(
    [
      counts.sessions,
      counts.planned,
      counts.attended,
      counts.late,
      counts.absentExcused,
      counts.absentUnexcused,
      counts.cancelledByCentre,
      counts.notMarked,
    ].join(' ') + ` ${rate}`,
  );
}

describe('attendance.summary', { timeout: PDF_TIMEOUT }, () => {
  it('counts the period per service and group, with totals and the rate', async () => {
    const centre = await openAttendanceCentre();
    const { groupId, seeded } = await seededMarch(centre);
    const summary = await call(centre.backend, 'attendance.summary', {
      from: '2026-03-01',
      to: '2026-03-31',
    });
    const group = expected(seeded.filter((v) => v.bucket === 'group'));
    const individual = expected(seeded.filter((v) => v.bucket === 'individual'));

    expect(summary.scope).toEqual({ kind: 'centre' });
    expect(summary.today).toBe('2026-03-27');
    expect(summary.total).toEqual(expected(seeded));
    expect(summary.services.map((s) => s.serviceId)).toEqual(
      [centre.speech, centre.pool].sort((a, b) => a - b),
    );
    const pool = summary.services.find((s) => s.serviceId === centre.pool)!;
    expect(pool.groups).toEqual([{ groupId, name: 'Suzish, 4–6 yosh, Se/Pa 10:00', counts: group }]);
    expect(pool.individual).toBeNull();
    expect(pool.counts).toEqual(group);
    const speech = summary.services.find((s) => s.serviceId === centre.speech)!;
    expect(speech.groups).toEqual([]);
    expect(speech.counts).toEqual(individual);
    expect(speech.individual).toEqual(individual);

    const onlyGroup = await call(centre.backend, 'attendance.summary', {
      from: '2026-03-01',
      to: '2026-03-31',
      groupId,
    });
    expect(onlyGroup.scope).toMatchObject({ kind: 'group', groupId });
    expect(onlyGroup.total).toEqual(group);
    const onlySpeech = await call(centre.backend, 'attendance.summary', {
      from: '2026-03-18',
      to: '2026-03-19',
      serviceId: centre.speech,
    });
    expect(onlySpeech.total).toEqual(expected(seeded.filter((v) => v.bucket === 'individual').slice(1, 3)));
  });

  it('refuses a period that ends before it starts, and two scopes at once', async () => {
    const centre = await openAttendanceCentre();
    const backwards = fieldsOf(
      await centre.backend.handle('attendance.summary', { from: '2026-03-31', to: '2026-03-01' }),
    );
    expect(backwards['to']?.key).toBe('attendance.validation.endBeforeStart');
    const both = fieldsOf(
      await centre.backend.handle('attendance.summary', {
        from: '2026-03-01',
        to: '2026-03-31',
        serviceId: centre.pool,
        groupId: 1,
      }),
    );
    expect(both['groupId']?.key).toBe('attendance.validation.oneScope');
  });
});

describe('documents.attendanceSummary', { timeout: PDF_TIMEOUT }, () => {
  it('prints the summary in Uzbek Latin: a line per service and group, the total, the rate’s definition', async () => {
    const centre = await openAttendanceCentre();
    const { seeded } = await seededMarch(centre, 'Gʻunchalar, Maʼrifat opa');
    const services = await call(centre.backend, 'services.list', {});
    const name = (id: number) => services.find((s) => s.id === id)!.names['uz-Latn'];
    const text = catalogues['uz-Latn'].documents.summary;
    const pdf = await readDocument(centre.backend, 'documents.attendanceSummary', {
      from: '2026-03-01',
      to: '2026-03-31',
      language: 'uz-Latn',
    });
    expect(pdf.fileName).toBe('attendance-2026-03-01-2026-03-31.pdf');
    expect(pdf.info['Pages']).toBe('1');
    expect(pdf.info['Page size']).toMatch(/^841\.89 x 595\.28 pts \(A4\)/);
    expect(
      pdf.fonts.every((font) => font.includes('NotoSans')),
      pdf.fonts.join(),
    ).toBe(true);
    const page = pdf.pages[0]!;
    for (const heading of [CENTRE, text.title, text.scope.centre, text.footnote])
      expect(pdf.flat).toContain(flatten(heading));
    expect(pdf.flat).toContain(`Davr: ${formatDateRange('2026-03-01', '2026-03-31', 'uz-Latn')}`);
    expect(pdf.flat).toContain(flatten(text.upcoming.replace('{{count}}', '3')));
    for (const letter of 'ʻʼ') expect(pdf.flat, letter).toContain(letter);

    const line = (label: string) => flatten(lineWith(page, label));
    const group = expected(seeded.filter((v) => v.bucket === 'group'));
    const individual = expected(seeded.filter((v) => v.bucket === 'individual'));
    expect(line(name(centre.pool)).endsWith(figures(group, 'uz-Latn'))).toBe(true);
    expect(line('Gʻunchalar, Maʼrifat opa').endsWith(figures(group, 'uz-Latn'))).toBe(true);
    expect(line(name(centre.speech)).endsWith(figures(individual, 'uz-Latn'))).toBe(true);
    expect(line(text.total).endsWith(figures(expected(seeded), 'uz-Latn'))).toBe(true);
    // The speech service has no groups: no line for sessions outside groups.
    expect(pdf.flat).not.toContain(text.outsideGroups);
  });

  it.each<Language>(['ru', 'uz-Cyrl'])(
    'prints %s with the Cyrillic letters of its text and the data',
    async (language) => {
      const centre = await openAttendanceCentre();
      const { groupId, seeded } = await seededMarch(
        centre,
        'Ғунча — Ўғилой, Ҳилола, Қалдирғоч: ҳаракатли ўйин ва машқ',
      );
      const text = catalogues[language].documents.summary;
      const pdf = await readDocument(centre.backend, 'documents.attendanceSummary', {
        from: '2026-03-01',
        to: '2026-03-31',
        groupId,
        language,
      });
      expect(pdf.fileName).toBe(`attendance-2026-03-01-2026-03-31-group-${groupId}.pdf`);
      for (const heading of [
        text.title,
        text.rate,
        text.footnote,
        text.scope.group.replace('{{name}}', 'Ғунча — Ўғилой, Ҳилола, Қалдирғоч: ҳаракатли ўйин ва машқ'),
      ])
        expect(pdf.flat).toContain(flatten(heading));
      const group = expected(seeded.filter((v) => v.bucket === 'group'));
      expect(flatten(lineWith(pdf.pages[0]!, text.total)).endsWith(figures(group, language))).toBe(true);
      for (const letter of 'ЎҚҒҲўқғҳ') expect(pdf.flat, letter).toContain(letter);
    },
  );
});

describe('documents.attendanceSummary leaves out what is still to come', { timeout: PDF_TIMEOUT }, () => {
  it('prints no line for a service or group with nothing planned in the period, only sessions to come', async () => {
    const centre = await openAttendanceCentre();
    const { groupId, seeded } = await seededMarch(centre, 'Gʻunchalar, Maʼrifat opa');
    // Read on the 27th: from the 28th on, the speech therapy session of the 30th and the pool group's of the
    // 31st are still to come; nothing in the period has been held.
    await call(centre.backend, 'schedule.book', booking(centre, { date: '2026-03-30' }));
    const services = await call(centre.backend, 'services.list', {});
    const name = (id: number) => services.find((s) => s.id === id)!.names['uz-Latn'];
    const text = catalogues['uz-Latn'].documents.summary;
    const upcoming = await readDocument(centre.backend, 'documents.attendanceSummary', {
      from: '2026-03-28',
      to: '2026-03-31',
      language: 'uz-Latn',
    });
    for (const absent of [name(centre.speech), name(centre.pool), 'Gʻunchalar, Maʼrifat opa'])
      expect(upcoming.flat).not.toContain(absent);
    expect(upcoming.flat).toContain(flatten(text.empty));
    expect(upcoming.flat).toContain(flatten(text.upcoming.replace('{{count}}', '4')));

    // From the 26th: the pool group's session of the 26th was held, speech therapy has only the 30th to come.
    const mixed = await readDocument(centre.backend, 'documents.attendanceSummary', {
      from: '2026-03-26',
      to: '2026-03-31',
      language: 'uz-Latn',
    });
    const s26 = await groupSessionOn(centre, groupId, '2026-03-26');
    const held = expected(seeded.filter((v) => v.session === s26 || v.mark === 'upcoming'));
    const line = (label: string) => flatten(lineWith(mixed.pages[0]!, label));
    expect(line(name(centre.pool)).endsWith(figures(held, 'uz-Latn'))).toBe(true);
    expect(line('Gʻunchalar, Maʼrifat opa').endsWith(figures(held, 'uz-Latn'))).toBe(true);
    expect(mixed.flat).not.toContain(name(centre.speech));
    expect(line(text.total).endsWith(figures(held, 'uz-Latn'))).toBe(true);
  });
});
