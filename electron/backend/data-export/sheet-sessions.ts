import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/languages';
import { fullName } from '../../../shared/domain/people';
import { peopleOfSessions, sessionsBetween, type SessionRead } from '../attendance/sessions-read';
import type { Db } from '../db/connection';
import { readSettings } from '../settings/repository';
import { date, type Sheet, type SheetCell, type SheetColumn } from './sheet';
import { serviceNames } from './sheet-services';

const col = (header: string, width: number, kind: SheetColumn['kind'] = 'text'): SheetColumn => ({
  header,
  kind,
  width,
});

interface Context {
  t: TFunction;
  sessions: SessionRead[];
  services: Map<number, string>;
  people: Awaited<ReturnType<typeof peopleOfSessions>>;
}

async function load(db: Db, t: TFunction, language: Language, from: string, to: string): Promise<Context> {
  const { timeZone } = await readSettings(db);
  const sessions = await sessionsBetween(db, from, to, timeZone);
  return {
    t,
    sessions,
    services: await serviceNames(db, language),
    people: await peopleOfSessions(
      db,
      sessions.map((s) => s.id),
    ),
  };
}

/** The columns that say which session a row is about, shared by both sheets. */
function sessionColumns(t: TFunction): SheetColumn[] {
  const c = (key: string) => t(`dataExport.columns.${key}`);
  return [
    col(c('date'), 12, 'date'),
    col(c('startTime'), 8),
    col(c('minutes'), 9, 'number'),
    col(c('service'), 24),
    col(c('group'), 18),
    col(c('specialist'), 24),
    col(c('room'), 16),
  ];
}

function sessionCells(ctx: Context, s: SessionRead): SheetCell[] {
  return [
    date(s.date),
    s.start_time,
    s.minutes,
    ctx.services.get(s.service_id) ?? s.service_code,
    s.group_name,
    fullName({ familyName: s.specialist_family_name, givenName: s.specialist_given_name, patronymic: '' }),
    s.room_name,
  ];
}

function statusCells(t: TFunction, s: SessionRead): SheetCell[] {
  return [
    t(`dataExport.values.sessionStatus.${s.status}`),
    s.cancel_reason ? t(`schedule.cancelReasons.${s.cancel_reason}`) : null,
  ];
}

/** Every session that starts in the period, cancelled ones too, with the people booked on it. */
export async function sessionsSheet(db: Db, t: TFunction, language: Language, from: string, to: string) {
  const ctx = await load(db, t, language, from, to);
  const namesOf = new Map<number, string[]>();
  for (const person of ctx.people)
    namesOf.set(person.sessionId, [...(namesOf.get(person.sessionId) ?? []), person.name]);
  const c = (key: string) => t(`dataExport.columns.${key}`);
  return {
    title: t('dataExport.datasets.sessions'),
    columns: [
      ...sessionColumns(t),
      col(c('people'), 40),
      col(c('peopleCount'), 9, 'number'),
      col(c('sessionStatus'), 14),
      col(c('cancelReason'), 22),
      col(c('cancelNote'), 24),
    ],
    rows: ctx.sessions.map((s) => {
      const names = namesOf.get(s.id) ?? [];
      return [
        ...sessionCells(ctx, s),
        names.join('; '),
        names.length,
        ...statusCells(t, s),
        s.cancel_note || null,
      ];
    }),
  } satisfies Sheet;
}

/** One row per person expected at a session of the period, with the mark recorded (blank while there is none). */
export async function attendanceSheet(db: Db, t: TFunction, language: Language, from: string, to: string) {
  const ctx = await load(db, t, language, from, to);
  const ids = ctx.sessions.map((s) => s.id);
  const marks = new Map<
    string,
    { mark: string; arrived_at: string | null; departed_at: string | null; reason: string; note: string }
  >();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('attendance_marks')
      .select(['session_id', 'beneficiary_id', 'mark', 'arrived_at', 'departed_at', 'reason', 'note'])
      .where('session_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) marks.set(`${row.session_id}|${row.beneficiary_id}`, row);
  }
  const peopleOf = new Map<number, typeof ctx.people>();
  for (const person of ctx.people)
    peopleOf.set(person.sessionId, [...(peopleOf.get(person.sessionId) ?? []), person]);
  const c = (key: string) => t(`dataExport.columns.${key}`);
  const f = (key: string) => t(`people.fields.${key}`);
  const rows: SheetCell[][] = [];
  for (const s of ctx.sessions) {
    for (const person of peopleOf.get(s.id) ?? []) {
      const mark = marks.get(`${s.id}|${person.beneficiaryId}`);
      rows.push([
        ...sessionCells(ctx, s),
        person.familyName,
        person.givenName,
        person.patronymic,
        ...statusCells(t, s),
        mark ? t(`attendance.marks.${mark.mark}`) : t('dataExport.values.notMarked'),
        mark?.arrived_at ?? null,
        mark?.departed_at ?? null,
        mark?.reason || null,
        mark?.note || null,
      ]);
    }
  }
  return {
    title: t('dataExport.datasets.attendance'),
    columns: [
      ...sessionColumns(t),
      col(f('familyName'), 18),
      col(f('givenName'), 16),
      col(f('patronymic'), 18),
      col(c('sessionStatus'), 14),
      col(c('cancelReason'), 22),
      col(c('mark'), 20),
      col(c('arrivedAt'), 9),
      col(c('departedAt'), 9),
      col(c('reason'), 22),
      col(c('note'), 24),
    ],
    rows,
  } satisfies Sheet;
}
