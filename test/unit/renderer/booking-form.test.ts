import { describe, expect, it } from 'vitest';
import { bookSchema } from '../../../shared/contract/schedule';
import { fieldIssues } from '../../../shared/contract';
import { createI18n } from '../../../shared/i18n';
import {
  attemptKey,
  bookingFieldPath,
  emptyBooking,
  toBookInput,
  toCheckInput,
  weekdaysFor,
  type BookingValues,
} from '../../../renderer/src/features/calendar/booking/bookingForm';
import { ruleSummary } from '../../../renderer/src/features/calendar/booking/ruleSummary';
import { prefillFromSelection } from '../../../renderer/src/features/calendar/booking/selection';
import {
  decisionInputs,
  decisionPathDate,
  withDefaults,
} from '../../../renderer/src/features/calendar/conflict/decisions';
import type { NeedingDecision } from '../../../shared/domain/scheduling';

const NO_ANSWERS = { decisions: {}, override: false };

/** Speech therapy for person 7 with specialist 3 on Monday 30 March 2026 at 10:00, as typed. */
function typed(overrides: Partial<BookingValues> = {}): BookingValues {
  return {
    ...emptyBooking({}, '2026-03-18'),
    serviceId: '2',
    specialistId: '3',
    beneficiaryId: '7',
    date: '30.03.2026',
    startTime: '10:00',
    minutes: 45,
    ...overrides,
  };
}

describe('the booking form as schedule.book input', () => {
  it('sends a single session with ids as numbers, the typed date as a calendar date and no repeat', () => {
    const input = toBookInput(typed({ roomId: '5', notes: 'First visit' }), NO_ANSWERS);
    expect(input).toEqual({
      serviceId: 2,
      specialistId: 3,
      roomId: 5,
      beneficiaryId: 7,
      motherGuardianId: null,
      date: '2026-03-30',
      startTime: '10:00',
      minutes: 45,
      notes: 'First visit',
      decisions: [],
    });
    expect(bookSchema.safeParse(input).success).toBe(true);
  });

  it('sends a course of 12 sessions on Monday and Wednesday', () => {
    const values = typed({ repeat: true, weekdays: [1, 3], intervalWeeks: 1, endKind: 'count', count: '12' });
    const input = toBookInput(values, NO_ANSWERS) as { repeat: unknown };
    expect(input.repeat).toEqual({ weekdays: [1, 3], intervalWeeks: 1, end: { kind: 'count', count: 12 } });
    expect(bookSchema.safeParse(input).success).toBe(true);
  });

  it('sends an end date typed as DD.MM.YYYY', () => {
    const values = typed({
      repeat: true,
      weekdays: [2],
      intervalWeeks: 2,
      endKind: 'until',
      until: '30.06.2026',
    });
    const input = toBookInput(values, NO_ANSWERS) as { repeat: unknown };
    expect(input.repeat).toEqual({
      weekdays: [2],
      intervalWeeks: 2,
      end: { kind: 'until', date: '2026-06-30' },
    });
  });

  it('leaves what is missing or wrong for the schema, which names each field', () => {
    const values = typed({ serviceId: null, date: '31.02.2026', minutes: '', repeat: true, weekdays: [] });
    const input = toBookInput({ ...values, endKind: 'count', count: '' }, NO_ANSWERS);
    const parsed = bookSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const paths = Object.keys(fieldIssues(parsed.error, input)).map((path) =>
      bookingFieldPath(path, { endKind: 'count' }),
    );
    expect(paths).toEqual(expect.arrayContaining(['serviceId', 'date', 'minutes', 'weekdays', 'count']));
  });

  it('adds the override reason only once the booking needs one, and the decisions in date order', () => {
    const decisions = {
      '2026-04-08': {
        choice: 'keep' as const,
        reason: 'centre' as const,
        note: 'Agreed',
        date: '',
        time: '',
      },
      '2026-04-01': {
        choice: 'move' as const,
        reason: 'centre' as const,
        note: '',
        date: '02.04.2026',
        time: '11:00',
      },
    };
    const input = toBookInput(typed({ overrideReason: 'Evening agreed' }), { decisions, override: true });
    expect(input).toMatchObject({
      override: { reason: 'Evening agreed' },
      decisions: [
        {
          originalDate: '2026-04-01',
          choice: 'move',
          to: { date: '2026-04-02', startTime: '11:00', durationMinutes: 45 },
        },
        { originalDate: '2026-04-08', choice: 'keep', note: 'Agreed' },
      ],
    });
    expect(toBookInput(typed({ overrideReason: 'x' }), NO_ANSWERS)).not.toHaveProperty('override');
  });

  it('ties a refusal to the booking, not to its notes or the answers given to it', () => {
    const key = attemptKey(toBookInput(typed(), NO_ANSWERS));
    const answered = toBookInput(typed({ notes: 'x', overrideReason: 'y' }), {
      decisions: {},
      override: true,
    });
    expect(attemptKey(answered)).toBe(key);
    expect(attemptKey(toBookInput(typed({ startTime: '11:00' }), NO_ANSWERS))).not.toBe(key);
  });

  it('asks the live check only when the first session is complete', () => {
    expect(toCheckInput(typed())).toMatchObject({
      serviceId: 2,
      date: '2026-03-30',
      minutes: 45,
      sessionId: null,
    });
    expect(toCheckInput(typed({ beneficiaryId: null }))).toBeNull();
    expect(toCheckInput(typed({ startTime: '10:7' }))).toBeNull();
  });

  it('starts a repeat on the weekday of the typed date', () => {
    expect(weekdaysFor('30.03.2026')).toEqual([1]);
    expect(weekdaysFor('not a date')).toEqual([]);
  });
});

describe('the repeat rule in words', () => {
  const rule = {
    date: '30.03.2026',
    startTime: '10:00',
    repeat: true,
    weekdays: [3, 1] as BookingValues['weekdays'],
    intervalWeeks: 1,
    endKind: 'count' as const,
    count: 12,
    until: '',
  };

  it('says the days, the time and the number of sessions in each language', () => {
    const cases = [
      ['uz-Latn', 'Har hafta: dushanba, chorshanba, soat 10:00; jami 12 ta mashgʻulot'],
      ['ru', 'Каждую неделю: понедельник, среда, в 10:00; всего занятий: 12'],
      ['en', 'Every week: Monday, Wednesday, at 10:00; 12 sessions in all'],
    ] as const;
    for (const [language, text] of cases)
      expect(ruleSummary(rule, language, createI18n(language).t)).toBe(text);
  });

  it('says every N weeks, an end date, a single session', () => {
    const t = createI18n('ru').t;
    expect(ruleSummary({ ...rule, intervalWeeks: 2, endKind: 'until', until: '30.06.2026' }, 'ru', t)).toBe(
      'Каждую 2-ю неделю: понедельник, среда, в 10:00; по 30 июня 2026 включительно',
    );
    expect(ruleSummary({ ...rule, repeat: false }, 'ru', t)).toBe(
      'Один раз: понедельник, 30 марта 2026, 10:00',
    );
    expect(ruleSummary({ ...rule, count: 1 }, 'en', createI18n('en').t)).toBe(
      'Every week: Monday, Wednesday, at 10:00; one session',
    );
  });

  it('says nothing until the date and time can be read', () => {
    expect(ruleSummary({ ...rule, startTime: '' }, 'en', createI18n('en').t)).toBeNull();
  });
});

describe('decisions for sessions on a closure or a leave', () => {
  const needing = (date: string): NeedingDecision => ({
    occurrence: {
      originalDate: date,
      date,
      startTime: '10:00',
      durationMinutes: 45,
      status: 'scheduled',
      cancelled: null,
      moved: false,
      changes: {},
      kept: false,
    },
    reasons: [],
  });

  it('starts each new session as a skip by the centre and keeps choices already made', () => {
    const first = withDefaults({}, [needing('2026-04-01')]);
    expect(first['2026-04-01']).toEqual({
      choice: 'skip',
      reason: 'centre',
      note: '',
      date: '01.04.2026',
      time: '10:00',
    });
    const changed = { ...first, '2026-04-01': { ...first['2026-04-01']!, choice: 'keep' as const } };
    const next = withDefaults(changed, [needing('2026-04-01'), needing('2026-04-08')]);
    expect(next['2026-04-01']?.choice).toBe('keep');
    expect(decisionInputs(next, 45)).toEqual([
      { originalDate: '2026-04-01', choice: 'keep', note: '' },
      { originalDate: '2026-04-08', choice: 'skip', reason: 'centre', note: '' },
    ]);
    expect(decisionPathDate(next, 'decisions.1.note')).toBe('2026-04-08');
    expect(decisionPathDate(next, 'date')).toBeNull();
  });
});

describe('a selection in the calendar as a booking', () => {
  const view = { calendar: { unselect: () => undefined } };

  it('gives the centre’s date, time and length, and the column’s specialist or room', () => {
    const start = new Date('2026-03-30T05:00:00Z');
    const end = new Date('2026-03-30T05:45:00Z');
    expect(
      prefillFromSelection({ start, end, allDay: false, resource: { id: 'staff-4' }, view }, 'Asia/Tashkent'),
    ).toEqual({
      date: '2026-03-30',
      startTime: '10:00',
      minutes: 45,
      specialistId: 4,
    });
    expect(
      prefillFromSelection({ start, end, allDay: false, resource: { id: 'room-2' }, view }, 'Asia/Tashkent'),
    ).toMatchObject({
      roomId: 2,
    });
    expect(
      prefillFromSelection(
        { start: new Date('2026-03-29T19:00:00Z'), end, allDay: true, view },
        'Asia/Tashkent',
      ),
    ).toEqual({
      date: '2026-03-30',
    });
  });
});
