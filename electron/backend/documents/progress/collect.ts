import type { Language } from '../../../../shared/domain/languages';
import { gasTrend, isGasLevel, type GasLevel } from '../../../../shared/domain/notes';
import { fullName } from '../../../../shared/domain/people';
import type { Db } from '../../db/connection';
import { AppError } from '../../errors';
import { centreToday } from '../../people/today';
import { readSettings } from '../../settings/repository';
import type { ProgressReportData, ReportAttendance, ReportConclusion, ReportProgramme } from './data';

const SERVICE_NAME = {
  'uz-Latn': 'name_uz_latn',
  'uz-Cyrl': 'name_uz_cyrl',
  ru: 'name_ru',
  en: 'name_en',
} as const;

const staffName = (family: string | null, given: string | null) =>
  family === null ? null : [family, given].filter(Boolean).join(' ');

export interface ReportScope {
  beneficiaryId: number;
  from: string;
  to: string;
  language: Language;
}

/** Reads everything one child's progress report prints for a period, in the report's language. */
export async function collectProgressReport(
  db: Db,
  scope: ReportScope,
  now: Date,
): Promise<ProgressReportData> {
  const { beneficiaryId, from, to, language } = scope;
  const person = await db
    .selectFrom('beneficiaries')
    .selectAll()
    .where('id', '=', beneficiaryId)
    .executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', `No beneficiary ${beneficiaryId}`);
  const guardian = await db
    .selectFrom('guardians')
    .select(['family_name', 'given_name', 'patronymic'])
    .where('beneficiary_id', '=', beneficiaryId)
    .orderBy('is_primary', 'desc')
    .orderBy('position')
    .executeTakeFirst();
  const settings = await readSettings(db);
  const serviceName = SERVICE_NAME[language];

  const sessions = await db
    .selectFrom('session_beneficiaries as sb')
    .innerJoin('sessions as s', 's.id', 'sb.session_id')
    .innerJoin('services as sv', 'sv.id', 's.service_id')
    .innerJoin('staff as st', 'st.id', 's.specialist_id')
    .leftJoin('attendance_marks as m', (join) =>
      join.onRef('m.session_id', '=', 's.id').onRef('m.beneficiary_id', '=', 'sb.beneficiary_id'),
    )
    .select([
      's.id',
      's.date',
      's.service_id',
      `sv.${serviceName} as service`,
      'st.family_name',
      'st.given_name',
      'm.mark',
    ])
    .where('sb.beneficiary_id', '=', beneficiaryId)
    .where('s.date', '>=', from)
    .where('s.date', '<=', to)
    .orderBy('s.start_at')
    .execute();

  return {
    language,
    centreName: settings.name,
    printedOn: await centreToday(db, now),
    from,
    to,
    child: {
      name: fullName({
        familyName: person.family_name,
        givenName: person.given_name,
        patronymic: person.patronymic,
      }),
      birthDate: person.birth_date,
      pinfl: person.pinfl,
      address: [person.mahalla, person.address].filter((part) => part.trim() !== '').join(', '),
      guardian: guardian
        ? fullName({
            familyName: guardian.family_name,
            givenName: guardian.given_name,
            patronymic: guardian.patronymic,
          })
        : null,
    },
    programmes: await programmesOf(db, scope),
    attendance: attendanceOf(sessions),
    conclusions: await conclusionsOf(db, scope),
    specialists: [
      ...new Set(
        sessions
          .filter((s) => s.mark === 'present' || s.mark === 'late')
          .map((s) => `${s.family_name} ${s.given_name}`.trim()),
      ),
    ],
  };
}

function attendanceOf(
  sessions: ReadonlyArray<{ service_id: number; service: string; mark: string | null }>,
): ReportAttendance[] {
  const rows = new Map<number, ReportAttendance>();
  for (const session of sessions) {
    const row = rows.get(session.service_id) ?? {
      service: session.service,
      sessions: 0,
      attended: 0,
      absentExcused: 0,
      absentUnexcused: 0,
      cancelled: 0,
    };
    row.sessions += 1;
    if (session.mark === 'present' || session.mark === 'late') row.attended += 1;
    else if (session.mark === 'absent_excused') row.absentExcused += 1;
    else if (session.mark === 'absent_unexcused') row.absentUnexcused += 1;
    else if (session.mark === 'cancelled_by_centre') row.cancelled += 1;
    rows.set(session.service_id, row);
  }
  return [...rows.values()];
}

/** The programmes (not drafts) whose period overlaps the report's, with goals, their levels and prescriptions. */
async function programmesOf(
  db: Db,
  { beneficiaryId, from, to, language }: ReportScope,
): Promise<ReportProgramme[]> {
  const programmes = await db
    .selectFrom('programmes')
    .select(['id', 'start_date', 'review_date', 'end_date', 'status'])
    .where('beneficiary_id', '=', beneficiaryId)
    .where('status', '!=', 'draft')
    .where('start_date', '<=', to)
    .where('end_date', '>=', from)
    .orderBy('start_date')
    .execute();
  const ids = programmes.map((p) => p.id);
  if (ids.length === 0) return [];
  const goals = await db
    .selectFrom('programme_goals')
    .select(['id', 'programme_id', 'goal', 'domain', 'baseline'])
    .where('programme_id', 'in', ids)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const goalIds = goals.map((g) => g.id);
  const none = goalIds.length === 0;
  const levels = none
    ? []
    : await db.selectFrom('goal_levels').selectAll().where('goal_id', 'in', goalIds).execute();
  const icf = none
    ? []
    : await db
        .selectFrom('goal_icf_codes')
        .selectAll()
        .where('goal_id', 'in', goalIds)
        .orderBy('position')
        .execute();
  const noted = none
    ? []
    : await db
        .selectFrom('progress_note_ratings as r')
        .innerJoin('progress_notes as n', 'n.id', 'r.note_id')
        .innerJoin('sessions as s', 's.id', 'n.session_id')
        .select(['r.goal_id', 'r.level', 's.date'])
        .where('r.goal_id', 'in', goalIds)
        .where('n.status', '=', 'signed')
        .where('s.date', '>=', from)
        .where('s.date', '<=', to)
        .orderBy('s.start_at')
        .execute();
  const reviewed = none
    ? []
    : await db
        .selectFrom('review_goal_levels as l')
        .innerJoin('programme_reviews as v', 'v.id', 'l.review_id')
        .select(['l.goal_id', 'l.level', 'v.review_date as date'])
        .where('l.goal_id', 'in', goalIds)
        .where('v.review_date', '>=', from)
        .where('v.review_date', '<=', to)
        .orderBy('v.review_date')
        .execute();
  // A review's level is the considered one: listed after the notes, it wins on a day both exist.
  const trend = gasTrend(
    [...noted, ...reviewed].flatMap((r) =>
      isGasLevel(r.level) ? [{ goalId: r.goal_id, date: r.date, level: r.level as GasLevel }] : [],
    ),
  );
  const prescriptions = await db
    .selectFrom('prescriptions as p')
    .innerJoin('services as sv', 'sv.id', 'p.service_id')
    .leftJoin('staff as st', 'st.id', 'p.specialist_id')
    .select([
      'p.programme_id',
      `sv.${SERVICE_NAME[language]} as service`,
      'p.sessions_per_week',
      'p.weeks',
      'p.minutes',
      'st.family_name',
      'st.given_name',
    ])
    .where('p.programme_id', 'in', ids)
    .orderBy('p.id')
    .execute();
  return programmes.map((programme) => ({
    startDate: programme.start_date,
    reviewDate: programme.review_date,
    endDate: programme.end_date,
    status: programme.status as ReportProgramme['status'],
    goals: goals
      .filter((goal) => goal.programme_id === programme.id)
      .map((goal) => ({
        goal: goal.goal,
        domain: goal.domain,
        baseline: goal.baseline,
        icf: icf.filter((c) => c.goal_id === goal.id).map((c) => c.code),
        scale: [-2, -1, 0, 1, 2].map(
          (level) => levels.find((l) => l.goal_id === goal.id && l.level === level)?.description ?? '',
        ),
        points: trend.get(goal.id) ?? [],
      })),
    prescriptions: prescriptions
      .filter((p) => p.programme_id === programme.id)
      .map((p) => ({
        service: p.service,
        perWeek: p.sessions_per_week,
        weeks: p.weeks,
        minutes: p.minutes,
        specialist: staffName(p.family_name, p.given_name),
      })),
  }));
}

/**
 * The reviews' conclusions in the period, and per service and specialist the observations of their latest
 * signed note: what the specialist last concluded, not every session's working notes.
 */
async function conclusionsOf(
  db: Db,
  { beneficiaryId, from, to, language }: ReportScope,
): Promise<ReportConclusion[]> {
  const reviews = await db
    .selectFrom('programme_reviews as v')
    .innerJoin('programmes as p', 'p.id', 'v.programme_id')
    .leftJoin('staff as st', 'st.id', 'v.reviewer_id')
    .select(['v.review_date', 'v.conclusion', 'st.family_name', 'st.given_name'])
    .where('p.beneficiary_id', '=', beneficiaryId)
    .where('v.review_date', '>=', from)
    .where('v.review_date', '<=', to)
    .orderBy('v.review_date')
    .execute();
  const notes = await db
    .selectFrom('progress_notes as n')
    .innerJoin('sessions as s', 's.id', 'n.session_id')
    .innerJoin('services as sv', 'sv.id', 's.service_id')
    .leftJoin('staff as st', (join) =>
      join.on((eb) => eb('st.id', '=', eb.fn.coalesce('n.signed_staff_id', 's.specialist_id'))),
    )
    .select([
      's.date',
      's.service_id',
      's.specialist_id',
      `sv.${SERVICE_NAME[language]} as service`,
      'n.observations',
      'n.what_was_done',
      'st.family_name',
      'st.given_name',
    ])
    .where('n.beneficiary_id', '=', beneficiaryId)
    .where('n.status', '=', 'signed')
    .where('s.date', '>=', from)
    .where('s.date', '<=', to)
    .orderBy('s.start_at', 'desc')
    .execute();
  const latest = new Map<string, (typeof notes)[number]>();
  for (const note of notes)
    latest.set(
      `${note.service_id}:${note.specialist_id}`,
      latest.get(`${note.service_id}:${note.specialist_id}`) ?? note,
    );
  return [
    ...reviews
      .filter((r) => r.conclusion.trim() !== '')
      .map((r) => ({
        kind: 'review' as const,
        date: r.review_date,
        service: null,
        author: staffName(r.family_name, r.given_name),
        text: r.conclusion,
      })),
    ...[...latest.values()]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((n) => ({
        kind: 'note' as const,
        date: n.date,
        service: n.service,
        author: staffName(n.family_name, n.given_name),
        text: n.observations.trim() || n.what_was_done,
      })),
  ];
}
