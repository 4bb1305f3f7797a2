import type { Backend } from '..';
import type { GoalInput } from '../../../shared/contract/programmes';
import { addDays } from '../../../shared/domain/calendar';
import { centreToday } from '../people/today';
import { call } from './call';
import type { Random } from './random';

/** How many of the booked children the demo gives a programme. */
const DEMO_PROGRAMMES = 12;

/** A goal a specialist of each service would typically set, with its scale, in Uzbek as the centre writes. */
const GOALS: Record<string, GoalInput> = {
  speech_therapy: {
    goal: 'Oʻz ehtiyojlarini ikki soʻzli gap bilan aytadi',
    domain: 'communication',
    icfCodes: ['d330', 'b1670'],
    baseline: 'Imo-ishora va alohida tovushlar bilan soʻraydi',
    scale: [
      'Soʻzlarni ishlatmaydi',
      'Alohida soʻzlar bilan soʻraydi',
      'Ikki soʻzli gap bilan soʻraydi',
      'Uch soʻzli gap bilan soʻraydi',
      'Voqeani bir necha gap bilan aytib beradi',
    ],
  },
  physiotherapy: {
    goal: 'Tayanchsiz 10 qadam yuradi',
    domain: 'movement',
    icfCodes: ['d450'],
    baseline: 'Kattalar qoʻlidan ushlab yuradi',
    scale: [
      'Tayanch bilan ham turolmaydi',
      'Tayanch bilan turadi',
      'Tayanchsiz 10 qadam yuradi',
      'Tayanchsiz xona boʻylab yuradi',
      'Tayanchsiz zinadan chiqadi',
    ],
  },
  massage: {
    goal: 'Oʻtirgan holatda boshini 1 daqiqa tik tutadi',
    domain: 'movement',
    icfCodes: ['b7600'],
    baseline: 'Boshini bir necha soniya tutadi',
    scale: [
      'Boshini tutolmaydi',
      'Boshini 10 soniya tutadi',
      'Boshini 1 daqiqa tutadi',
      'Boshini 3 daqiqa tutadi',
      'Mashgʻulot davomida boshini erkin tutadi',
    ],
  },
  psychologist: {
    goal: 'Tengdoshlari bilan 10 daqiqa birga oʻynaydi',
    domain: 'social',
    icfCodes: ['d880'],
    baseline: 'Yolgʻiz oʻynaydi, boshqalarga yaqinlashmaydi',
    scale: [
      'Tengdoshlari yonida qolmaydi',
      'Tengdoshlari yonida yolgʻiz oʻynaydi',
      'Tengdoshlari bilan 10 daqiqa birga oʻynaydi',
      'Oʻyinni oʻzi taklif qiladi',
      'Navbat bilan oʻynash qoidasiga amal qiladi',
    ],
  },
  defectologist: {
    goal: 'Beshta asosiy rangni ajratadi',
    domain: 'learning',
    icfCodes: ['d137'],
    baseline: 'Ikki rangni ajratadi',
    scale: [
      'Ranglarni ajratmaydi',
      'Uchta rangni ajratadi',
      'Beshta rangni ajratadi',
      'Beshta rangni nomlaydi',
      'Narsalarni rangiga qarab guruhlaydi',
    ],
  },
  early_intervention: {
    goal: 'Ona bola bilan kuniga 15 daqiqa rivojlantiruvchi oʻyin oʻynaydi',
    domain: 'family',
    icfCodes: ['e310'],
    baseline: 'Ona bola bilan qanday oʻynashni bilmaydi',
    scale: [
      'Oʻyin oʻynalmaydi',
      'Haftada bir necha marta oʻynaydi',
      'Har kuni 15 daqiqa oʻynaydi',
      'Har kuni 30 daqiqa oʻynaydi',
      'Oʻyinlarni oʻzi tanlab, kundalik ishga qoʻshadi',
    ],
  },
};

const SELF_CARE: GoalInput = {
  goal: 'Qoshiqni oʻzi ushlab ovqatlanadi',
  domain: 'self_care',
  icfCodes: ['d550'],
  baseline: 'Kattalar yordamida ovqatlanadi',
  scale: [
    'Qoshiqni ushlamaydi',
    'Qoshiqni ushlaydi, ovqatni toʻkadi',
    'Qoshiqni oʻzi ushlab ovqatlanadi',
    'Stakandan oʻzi ichadi',
    'Dasturxonda mustaqil ovqatlanadi',
  ],
};

/**
 * Programmes for some of the children booked into a term: approved, with a goal per service they come to and
 * a prescription per series. One is due for review, one has been reviewed. The series were booked before the
 * programmes existed, so they are linked to their prescriptions directly, as a migration of old records would.
 */
export async function seedProgrammes(backend: Backend, random: Random): Promise<number> {
  const today = await centreToday(backend.db, new Date());
  const series = await backend.db
    .selectFrom('series as r')
    .innerJoin('services as s', 's.id', 'r.service_id')
    .select([
      'r.id',
      'r.beneficiary_id',
      'r.service_id',
      'r.specialist_id',
      'r.duration_minutes',
      'r.rrule',
      's.code',
    ])
    .where('r.cancelled_at', 'is', null)
    .orderBy('r.beneficiary_id')
    .orderBy('r.id')
    .execute();
  const byPerson = new Map<number, typeof series>();
  for (const row of series)
    byPerson.set(row.beneficiary_id, [...(byPerson.get(row.beneficiary_id) ?? []), row]);

  let made = 0;
  for (const [beneficiaryId, rows] of [...byPerson].slice(0, DEMO_PROGRAMMES)) {
    const startDate = addDays(today, -random.int(20, 60));
    // The first is due for review today; the rest later in their half-year.
    const reviewDate = made === 0 ? today : addDays(startDate, 91);
    const codes = [...new Set(rows.map((r) => r.code))];
    const goals = [...codes.flatMap((code) => (GOALS[code] ? [GOALS[code]] : [])), SELF_CARE];
    const created = await call(backend, 'programmes.create', {
      beneficiaryId,
      startDate,
      reviewDate,
      endDate: addDays(startDate, 182),
      goals,
    });
    const id = created.programme.id;
    await call(backend, 'programmes.setStatus', { id, status: 'active' });
    for (const row of rows) {
      const perWeek = /BYDAY=([A-Z,]+)/.exec(row.rrule)?.[1]?.split(',').length ?? 1;
      const detail = await call(backend, 'programmes.addPrescription', {
        programmeId: id,
        serviceId: row.service_id,
        sessionsPerWeek: Math.min(perWeek, 7),
        weeks: 12,
        minutes: row.duration_minutes,
        specialistId: row.specialist_id,
      });
      const prescription = detail.prescriptions.at(-1);
      if (!prescription) throw new Error('The prescription just added is missing');
      await backend.db
        .insertInto('prescription_series')
        .values({
          prescription_id: prescription.id,
          series_id: row.id,
          created_at: new Date().toISOString(),
          created_by: null,
        })
        .execute();
    }
    if (made === 1)
      await call(backend, 'programmes.review', {
        programmeId: id,
        reviewDate: today,
        conclusion:
          'Nutq va mustaqil ovqatlanishda ijobiy siljish bor; mashgʻulotlar shu tartibda davom ettiriladi.',
        levels: created.goals.map((goal, index) => ({ goalId: goal.id, level: index === 0 ? 1 : 0 })),
      });
    made += 1;
  }
  return made;
}
