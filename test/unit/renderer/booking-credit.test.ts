import { describe, expect, it } from 'vitest';
import { fieldIssues } from '../../../shared/contract';
import { bookSchema } from '../../../shared/contract/schedule';
import {
  emptyBooking,
  toBookInput,
  type BookingValues,
} from '../../../renderer/src/features/calendar/booking/bookingForm';

const NO_ANSWERS = { decisions: {}, override: false };

function typed(overrides: Partial<BookingValues> = {}): BookingValues {
  return {
    ...emptyBooking({}, '2026-03-18'),
    serviceId: '2',
    specialistId: '3',
    beneficiaryId: '7',
    date: '20.03.2026',
    startTime: '11:00',
    minutes: 45,
    ...overrides,
  };
}

describe('booking a make-up session', () => {
  it('sends the chosen credit, and nothing for an ordinary booking', () => {
    expect(toBookInput(typed(), NO_ANSWERS)).not.toHaveProperty('makeupCreditId');
    const input = toBookInput(typed({ makeupCreditId: '12' }), NO_ANSWERS);
    expect(input).toMatchObject({ makeupCreditId: 12 });
    expect(bookSchema.safeParse(input).success).toBe(true);
  });

  it('refuses a credit on a repeating booking, on the credit field', () => {
    const input = toBookInput(
      typed({ makeupCreditId: '12', repeat: true, weekdays: [5], endKind: 'count', count: 4 }),
      NO_ANSWERS,
    );
    const parsed = bookSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldIssues(parsed.error, input)).toMatchObject({
      makeupCreditId: { key: 'booking.validation.creditOnce' },
    });
  });
});
