import { describe, expect, it } from 'vitest';
import type { Caller, Role } from '../../shared/contract';
import { permissionsOf } from '../../shared/domain/roles';
import { bookingOf, openProgrammeCentre } from './programmes-fixture';
import { call } from './schedule-fixture';

function holding(...roles: Role[]): Caller {
  return { userId: roles.join('+'), roles, permissions: permissionsOf(roles) };
}

/**
 * A programme with casework in every place it can hide (notes, goals with baselines, a review), booked first by
 * `booker` (a reviewed programme takes no more bookings), whose answer is given back.
 */
async function openReviewedProgramme(booker?: Caller) {
  const opened = await openProgrammeCentre();
  const { centre, programmeId, prescriptionId } = opened;
  await call(centre.backend, 'programmes.update', {
    id: programmeId,
    startDate: '2026-03-02',
    reviewDate: '2026-06-01',
    endDate: '2026-08-31',
    notes: 'Onasi uyda nutq mashqlarini bajaradi',
  });
  const booked = await call(
    centre.backend,
    'programmes.bookPrescription',
    bookingOf(centre, prescriptionId),
    booker,
  );
  const detail = await call(centre.backend, 'programmes.get', { id: programmeId });
  await call(centre.backend, 'programmes.review', {
    programmeId,
    reviewDate: '2026-03-09',
    reviewerId: centre.specialist,
    conclusion: 'Nutqda siljish bor',
    levels: detail.goals.map((goal) => ({ goalId: goal.id, level: 0 as const })),
  });
  return { ...opened, booked };
}

describe('programmes: what reception reads', () => {
  it('gives a receptionist the prescriptions to book from, but not the goals, baselines, reviews or notes', async () => {
    const reception = holding('receptionist');
    const { centre, programmeId, booked } = await openReviewedProgramme(reception);
    // Booking from the prescription works for reception, and its answer leaves the goals out.
    expect(booked.sessionIds).toHaveLength(6);
    expect(booked.programme.prescriptions[0]!.counts).toMatchObject({ prescribed: 6, booked: 6 });
    expect(booked.programme.goals).toEqual([]);
    expect(booked.programme.programme.notes).toBe('');

    const full = await call(centre.backend, 'programmes.get', { id: programmeId }, holding('specialist'));
    expect(full.goals.map((g) => g.baseline)).toContain('Imo-ishora bilan soʻraydi');
    expect(full.reviews.map((r) => r.conclusion)).toEqual(['Nutqda siljish bor']);
    expect(full.programme.notes).toBe('Onasi uyda nutq mashqlarini bajaradi');

    const trimmed = await call(centre.backend, 'programmes.get', { id: programmeId }, reception);
    expect(trimmed.prescriptions).toEqual(full.prescriptions);
    expect(trimmed.programme).toEqual({ ...full.programme, notes: '' });
    expect(trimmed.goals).toEqual([]);
    expect(trimmed.reviews).toEqual([]);
    expect(JSON.stringify(trimmed)).not.toMatch(/Imo-ishora|siljish|nutq mashq|SPEECH|soʻzli gap/);

    const list = await call(centre.backend, 'programmes.list', { beneficiaryId: centre.child }, reception);
    expect(list.items.map((item) => [item.id, item.notes])).toEqual([[programmeId, '']]);
  });

  it('keeps the whole programme for a manager, and for a receptionist who is also a specialist', async () => {
    const { centre, programmeId } = await openReviewedProgramme();
    for (const caller of [holding('manager'), holding('receptionist', 'specialist')]) {
      const detail = await call(centre.backend, 'programmes.get', { id: programmeId }, caller);
      expect(detail.goals).toHaveLength(2);
      expect(detail.reviews).toHaveLength(1);
      const list = await call(centre.backend, 'programmes.list', { beneficiaryId: centre.child }, caller);
      expect(list.items[0]!.notes).toBe('Onasi uyda nutq mashqlarini bajaradi');
    }
  });
});
