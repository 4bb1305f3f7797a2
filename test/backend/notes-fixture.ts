import type { Backend } from '../../electron/backend';
import type { GasLevel } from '../../shared/domain/notes';
import { openAttendanceCentre, type AttendanceCentre } from './attendance-fixture';
import { booking, call } from './schedule-fixture';

export interface GoalSpec {
  goal: string;
  domain?: string;
  /** Words for −2 … +2, in that order. */
  levels?: [string, string, string, string, string];
}

/** A programme with its goals and their scales, written as the programmes feature stores them. */
export async function addProgramme(
  backend: Backend,
  beneficiaryId: number,
  options: { status?: string; startDate?: string; endDate?: string; goals: GoalSpec[] },
): Promise<{ programmeId: number; goalIds: number[] }> {
  const stamp = '2026-03-01T05:00:00.000Z';
  const { id: programmeId } = await backend.db
    .insertInto('programmes')
    .values({
      beneficiary_id: beneficiaryId,
      start_date: options.startDate ?? '2026-03-01',
      review_date: '2026-05-31',
      end_date: options.endDate ?? '2026-08-31',
      status: options.status ?? 'active',
      previous_id: null,
      approved_by: null,
      approved_at: null,
      created_by: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const goalIds: number[] = [];
  for (const [position, spec] of options.goals.entries()) {
    const { id } = await backend.db
      .insertInto('programme_goals')
      .values({
        programme_id: programmeId,
        position,
        goal: spec.goal,
        domain: spec.domain ?? 'communication',
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    goalIds.push(id);
    const levels = spec.levels ?? [
      'Boshlangʻich holat',
      'Biroz yaxshilandi',
      'Kutilgan natija',
      'Kutilganidan yaxshi',
      'Ancha yaxshi',
    ];
    await backend.db
      .insertInto('goal_levels')
      .values(levels.map((description, index) => ({ goal_id: id, level: index - 2, description })))
      .execute();
  }
  return { programmeId, goalIds };
}

export interface NotesCentre extends AttendanceCentre {
  goalIds: number[];
  /** Sessions on 16, 18 and 25 March 2026, speech therapy with the child, the first two marked present. */
  sessions: number[];
}

/** The attendance centre with the child's active programme of two goals and three weekly speech sessions. */
export async function openNotesCentre(): Promise<NotesCentre> {
  const centre = await openAttendanceCentre();
  const { goalIds } = await addProgramme(centre.backend, centre.child, {
    goals: [
      {
        goal: 'Ikki soʻzli gap tuzadi',
        levels: ['Gapirmaydi', 'Bir soʻz', 'Ikki soʻzli gap', 'Uch soʻzli gap', 'Savol beradi'],
      },
      { goal: 'Qoshiqni oʻzi ushlaydi', domain: 'self_care' },
    ],
  });
  const sessions: number[] = [];
  for (const date of ['2026-03-16', '2026-03-18', '2026-03-25']) {
    const { sessionIds } = await call(centre.backend, 'schedule.book', booking(centre, { date }));
    sessions.push(sessionIds[0]!);
  }
  centre.setNow('2026-03-31T07:00:00Z');
  for (const sessionId of sessions.slice(0, 2))
    await call(centre.backend, 'attendance.mark', {
      sessionId,
      beneficiaryId: centre.child,
      mark: 'present',
    });
  return { ...centre, goalIds, sessions };
}

export function content(
  centre: NotesCentre,
  sessionId: number,
  ratings: Array<[goalId: number, level: GasLevel]> = [],
  whatWasDone = 'Artikulyatsiya mashqlari, rasmli kartochkalar',
) {
  return {
    sessionId,
    beneficiaryId: centre.child,
    whatWasDone,
    observations: 'Diqqatini 10 daqiqa ushlab turdi',
    ratings: ratings.map(([goalId, level]) => ({ goalId, level })),
  };
}
