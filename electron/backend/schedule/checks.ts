import type { SessionClashes } from '../../../shared/contract/schedule';
import {
  occurrencesNeedingDecision,
  type Candidate,
  type NeedingDecision,
  type ScheduledOccurrence,
} from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { closuresBetween, listAbsences } from '../places';
import type { ClashLoader } from './clash-context';
import type { SessionFields, Written } from './session-store';

/** The conflict checks of written sessions, run after the writes inside the same transaction. */

export function candidateOf(id: number | null, fields: SessionFields, beneficiaryIds: number[]): Candidate {
  return {
    id,
    date: fields.date,
    startTime: fields.startTime,
    durationMinutes: fields.minutes,
    serviceId: fields.serviceId,
    specialistId: fields.specialistId,
    roomId: fields.roomId,
    beneficiaryIds,
    motherGuardianId: fields.motherGuardianId,
  };
}

/**
 * The clashes of each written scheduled session. A session the receptionist kept on a closure or a leave has
 * that decision recorded with its note, so those two clashes are not asked about again.
 */
export async function clashesOfWritten(
  loader: ClashLoader,
  written: readonly Written[],
  beneficiaryIds: number[],
): Promise<SessionClashes[]> {
  const result: SessionClashes[] = [];
  for (const { id, occurrence, fields } of written) {
    if (fields.cancelled) continue;
    const clashes = (await loader.clashes(candidateOf(id, fields, beneficiaryIds))).filter(
      (clash) => !(occurrence.kept && (clash.kind === 'closed_day' || clash.kind === 'on_leave')),
    );
    result.push({
      originalDate: occurrence.originalDate,
      date: fields.date,
      startTime: fields.startTime,
      clashes,
    });
  }
  return result;
}

/** Written sessions of a series on a closure or a leave of their specialist that nobody has decided on yet. */
export async function undecided(
  db: Db,
  written: readonly Written[],
  seriesSpecialistId: number,
): Promise<NeedingDecision[]> {
  const occurrences: ScheduledOccurrence[] = written.map((w) => w.occurrence);
  const dates = occurrences.map((o) => o.date).sort();
  const [first, last] = [dates[0], dates.at(-1)];
  if (first === undefined || last === undefined) return [];
  const closures = await closuresBetween(db, first, last);
  const specialists = [...new Set(written.map((w) => w.fields.specialistId))];
  const absences = (await Promise.all(specialists.map((id) => listAbsences(db, id)))).flat();
  return occurrencesNeedingDecision(occurrences, closures, absences, seriesSpecialistId);
}
