import type { ChannelInput } from '../../shared/contract';
import type { GasScale } from '../../shared/domain/programmes';
import { call, openCentre, type Centre } from './schedule-fixture';

export const SPEECH_SCALE: GasScale = [
  'Soʻzlarni ishlatmaydi',
  'Alohida soʻzlar bilan soʻraydi',
  'Ikki soʻzli gap bilan soʻraydi',
  'Uch soʻzli gap bilan soʻraydi',
  'Voqeani bir necha gap bilan aytib beradi',
];
export const WALK_SCALE: GasScale = [
  'Tayanch bilan ham turolmaydi',
  'Tayanch bilan turadi',
  'Tayanch bilan 10 qadam yuradi',
  'Mustaqil 10 qadam yuradi',
  'Mustaqil xona boʻylab yuradi',
];

export function goal(overrides: Partial<ChannelInput<'programmes.addGoal'>> = {}) {
  return {
    goal: 'Oʻz ehtiyojlarini ikki soʻzli gap bilan aytadi',
    domain: 'communication' as const,
    icfCodes: ['d330', 'B1670'],
    baseline: 'Imo-ishora bilan soʻraydi',
    scale: [...SPEECH_SCALE] as GasScale,
    ...overrides,
  };
}

/** A programme for the centre's child from 2 March to 31 August 2026, reviewed on 1 June, with two goals. */
export function programme(centre: Centre, overrides: Partial<ChannelInput<'programmes.create'>> = {}) {
  return {
    beneficiaryId: centre.child,
    startDate: '2026-03-02',
    reviewDate: '2026-06-01',
    endDate: '2026-08-31',
    goals: [
      goal(),
      goal({ goal: 'Tayanchsiz yuradi', domain: 'movement', icfCodes: ['d450'], scale: [...WALK_SCALE] }),
    ],
    ...overrides,
  } satisfies ChannelInput<'programmes.create'>;
}

/** The centre with an approved programme holding a speech therapy prescription: 2 a week for 3 weeks, 30 min. */
export async function openProgrammeCentre() {
  const centre = await openCentre();
  const created = await call(centre.backend, 'programmes.create', programme(centre));
  await call(centre.backend, 'programmes.setStatus', { id: created.programme.id, status: 'active' });
  const detail = await call(centre.backend, 'programmes.addPrescription', {
    programmeId: created.programme.id,
    serviceId: centre.speech,
    sessionsPerWeek: 2,
    weeks: 3,
    minutes: 30,
    specialistId: centre.specialist,
  });
  return { centre, programmeId: created.programme.id, prescriptionId: detail.prescriptions[0]!.id };
}

/** Mondays and Wednesdays at 10:00 from 6 April (after the Navroʻz closures), with the prescription's specialist in the therapy room. */
export function bookingOf(centre: Centre, prescriptionId: number) {
  return {
    prescriptionId,
    startDate: '2026-04-06',
    weekdays: [1, 3],
    startTime: '10:00',
    specialistId: centre.specialist,
    roomId: centre.room,
  } satisfies ChannelInput<'programmes.bookPrescription'>;
}
