import {
  isDueForReview,
  prescriptionCounts,
  type GasLevel,
  type GasScale,
  type Goal,
  type GoalDomain,
  type Prescription,
  type Programme,
  type ProgrammeDetail,
  type ProgrammePerson,
  type ProgrammeStatus,
  type Review,
} from '../../../shared/domain/programmes';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { centreToday } from '../people/today';

export function toProgramme(row: {
  id: number;
  beneficiary_id: number;
  start_date: string;
  review_date: string;
  end_date: string;
  status: string;
  previous_id: number | null;
  notes: string;
  approved_by: string | null;
  approved_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}): Programme {
  return {
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    startDate: row.start_date,
    reviewDate: row.review_date,
    endDate: row.end_date,
    status: row.status as ProgrammeStatus,
    previousId: row.previous_id,
    notes: row.notes,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getProgramme(db: Db, id: number): Promise<Programme> {
  const row = await db.selectFrom('programmes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No programme ${id}`);
  return toProgramme(row);
}

export async function getPerson(db: Db, id: number): Promise<ProgrammePerson> {
  const row = await db
    .selectFrom('beneficiaries')
    .select(['id', 'family_name', 'given_name', 'patronymic', 'birth_date'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No beneficiary ${id}`);
  return {
    id: row.id,
    familyName: row.family_name,
    givenName: row.given_name,
    patronymic: row.patronymic,
    birthDate: row.birth_date,
  };
}

/** The goals of some programmes with their scales and codes, in their order. */
export async function readGoals(db: Db, programmeIds: readonly number[]): Promise<Goal[]> {
  if (programmeIds.length === 0) return [];
  const rows = await db
    .selectFrom('programme_goals')
    .selectAll()
    .where('programme_id', 'in', programmeIds)
    .orderBy('programme_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const levels = await db.selectFrom('goal_levels').selectAll().where('goal_id', 'in', ids).execute();
  const codes = await db
    .selectFrom('goal_icf_codes')
    .selectAll()
    .where('goal_id', 'in', ids)
    .orderBy('position')
    .execute();
  return rows.map((row) => {
    const scale: GasScale = ['', '', '', '', ''];
    for (const level of levels) if (level.goal_id === row.id) scale[level.level + 2] = level.description;
    return {
      id: row.id,
      programmeId: row.programme_id,
      position: row.position,
      goal: row.goal,
      domain: row.domain as GoalDomain,
      icfCodes: codes.filter((c) => c.goal_id === row.id).map((c) => c.code),
      baseline: row.baseline,
      scale,
    };
  });
}

/** The prescriptions of a programme with their series and their prescribed / booked / delivered counts. */
export async function readPrescriptions(db: Db, programme: Programme): Promise<Prescription[]> {
  const rows = await db
    .selectFrom('prescriptions')
    .selectAll()
    .where('programme_id', '=', programme.id)
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const links = await db
    .selectFrom('prescription_series')
    .select(['prescription_id', 'series_id'])
    .where('prescription_id', 'in', ids)
    .orderBy('series_id')
    .execute();
  const sessions = await db
    .selectFrom('prescription_series as ps')
    .innerJoin('sessions as s', 's.series_id', 'ps.series_id')
    .leftJoin('attendance_marks as m', (join) =>
      join.onRef('m.session_id', '=', 's.id').on('m.beneficiary_id', '=', programme.beneficiaryId),
    )
    .select(['ps.prescription_id', 's.status', 'm.mark'])
    .where('ps.prescription_id', 'in', ids)
    .execute();
  return rows.map((row) => {
    const prescription = { sessionsPerWeek: row.sessions_per_week, weeks: row.weeks };
    return {
      id: row.id,
      programmeId: row.programme_id,
      serviceId: row.service_id,
      sessionsPerWeek: row.sessions_per_week,
      weeks: row.weeks,
      minutes: row.minutes,
      specialistId: row.specialist_id,
      notes: row.notes,
      seriesIds: links.filter((l) => l.prescription_id === row.id).map((l) => l.series_id),
      counts: prescriptionCounts(
        prescription,
        sessions.filter((s) => s.prescription_id === row.id),
      ),
    };
  });
}

export async function readReviews(db: Db, programmeId: number): Promise<Review[]> {
  const rows = await db
    .selectFrom('programme_reviews')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('review_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  if (rows.length === 0) return [];
  const levels = await db
    .selectFrom('review_goal_levels')
    .selectAll()
    .where(
      'review_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((row) => ({
    id: row.id,
    programmeId: row.programme_id,
    reviewDate: row.review_date,
    reviewerId: row.reviewer_id,
    conclusion: row.conclusion,
    levels: levels
      .filter((l) => l.review_id === row.id)
      .map((l) => ({ goalId: l.goal_id, level: l.level as GasLevel })),
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));
}

export async function readDetail(db: Db, id: number, now: Date): Promise<ProgrammeDetail> {
  const programme = await getProgramme(db, id);
  const next = await db
    .selectFrom('programmes')
    .select('id')
    .where('previous_id', '=', id)
    .executeTakeFirst();
  return {
    programme,
    beneficiary: await getPerson(db, programme.beneficiaryId),
    goals: await readGoals(db, [id]),
    prescriptions: await readPrescriptions(db, programme),
    reviews: await readReviews(db, id),
    nextId: next?.id ?? null,
    dueForReview: isDueForReview(programme, await centreToday(db, now)),
  };
}
