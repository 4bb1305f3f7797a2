// The programmes the notes and roles specs start from: written through the backend, approved, ready to book.
import type { Call } from './fixtures';

export const SPEECH_GOAL = {
  goal: 'Ikki soʻzli gap tuzadi',
  domain: 'communication',
  scale: ['Gapirmaydi', 'Bir soʻz aytadi', 'Ikki soʻzli gap', 'Uch soʻzli gap', 'Savol beradi'],
} as const;

export const SPOON_GOAL = {
  goal: 'Qoshiqni oʻzi ushlaydi',
  domain: 'self_care',
  scale: ['Ushlamaydi', 'Yordam bilan', 'Oʻzi ushlaydi', 'Oʻzi yeydi', 'Toʻkmasdan yeydi'],
} as const;

/** A programme for March to August 2026 (review at the end of May) with the given goals, made active. */
export async function activeProgramme(
  call: Call,
  beneficiaryId: number,
  goals: ReadonlyArray<typeof SPEECH_GOAL | typeof SPOON_GOAL> = [SPEECH_GOAL],
) {
  const created = await call('programmes.create', {
    beneficiaryId,
    startDate: '2026-03-01',
    reviewDate: '2026-05-31',
    endDate: '2026-08-31',
    goals,
  });
  await call('programmes.setStatus', { id: created.programme.id, status: 'active' });
  return created;
}
