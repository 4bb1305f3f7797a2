import { execFileSync } from 'node:child_process';
import type { Backend } from '../../electron/backend';
import type { ChannelInput } from '../../shared/contract';
import type { RenderedDocument } from '../../shared/contract/documents';
import { addMinutesToLocal, zonedInstant } from '../../shared/domain/scheduling';
import type { AttendanceCentre } from './attendance-fixture';
import { groupSessionOn, poolWithChildren } from './attendance-fixture';
import { makePinfl } from '../../shared/domain/pinfl';
import { readPdf, type ReadPdf } from './documents-fixture';
import { child, create } from './people-fixture';
import { booking, call } from './schedule-fixture';

export const CENTRE = 'Andijon viloyati “Imkoniyatlar olami” ijtimoiy xizmatlar markazi';

export interface ReadDocument extends ReadPdf {
  /** The whole text in reading order with every run of white space as one space (wrapped cells rejoined). */
  flat: string;
}

export const flatten = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Renders a document through its channel, writes the PDF and reads it back with poppler's tools. */
export async function readDocument<C extends 'documents.daySchedule' | 'documents.attendanceSummary'>(
  backend: Backend,
  channel: C,
  input: ChannelInput<C>,
): Promise<ReadDocument> {
  const rendered = (await call(backend, channel, input)) as RenderedDocument;
  const read = readPdf(Buffer.from(rendered.bytes, 'base64'), `${input.language}-${rendered.fileName}`);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', read.file, '-'], { encoding: 'utf8' });
  return { ...read, fileName: rendered.fileName, flat: flatten(text) };
}

/** The -layout line of a page that holds the text; fails the test with the page when none does. */
export function lineWith(page: string, text: string): string {
  const line = page.split('\n').find((candidate) => candidate.includes(text));
  if (!line) throw new Error(`No line with ${text} in:\n${page}`);
  return line;
}

/**
 * Tuesday 24 March 2026 at the attendance tests' centre: the pool group (three children, one of whom announced
 * an absence), speech therapy at 09:00 and 11:00, and a 14:00 session the centre cancelled.
 */
export async function busyTuesday(centre: AttendanceCentre): Promise<{ groupId: number; date: string }> {
  const settings = await call(centre.backend, 'settings.get', {});
  await call(centre.backend, 'settings.update', { ...settings, name: CENTRE });
  const groupId = await poolWithChildren(centre);
  const date = '2026-03-24';
  await call(centre.backend, 'schedule.book', booking(centre, { date, startTime: '09:00' }));
  await call(
    centre.backend,
    'schedule.book',
    booking(centre, {
      date,
      startTime: '11:00',
      beneficiaryId: centre.sister,
      specialistId: centre.colleague,
      roomId: centre.hall,
    }),
  );
  const { sessionIds } = await call(
    centre.backend,
    'schedule.book',
    booking(centre, { date, startTime: '14:00', beneficiaryId: centre.sister }),
  );
  await call(centre.backend, 'schedule.cancel', { sessionId: sessionIds[0]!, reason: 'centre', note: '' });
  await call(centre.backend, 'attendance.plannedAbsences.add', {
    beneficiaryId: centre.kids[1]!,
    from: date,
    to: '2026-03-26',
    reason: 'Shamollagan',
  });
  await groupSessionOn(centre, groupId, date);
  return { groupId, date };
}

/** A child with the given name, booked for speech therapy on a date: names carry the letters a test looks for. */
export async function bookNamed(
  centre: AttendanceCentre,
  name: { familyName: string; givenName: string; patronymic: string; sex: 'male' | 'female' },
  serial: number,
  date: string,
  startTime: string,
): Promise<void> {
  const birthDate = '2019-05-05';
  const person = await create(
    centre.backend,
    child({ ...name, birthDate, pinfl: makePinfl(birthDate, name.sex, 203, serial), guardians: [] }),
  );
  await call(centre.backend, 'schedule.book', booking(centre, { date, startTime, beneficiaryId: person.id }));
}

/**
 * Many sessions on one day straight into the tables, as a busy centre's schedule would hold them: `count`
 * individual sessions over the specialists and rooms given, 45 minutes each, one child apiece.
 */
export async function fillDay(
  backend: Backend,
  options: {
    date: string;
    count: number;
    serviceId: number;
    specialists: number[];
    rooms: number[];
    children: number[];
  },
): Promise<void> {
  const stamp = new Date().toISOString();
  for (let index = 0; index < options.count; index += 1) {
    const lane = index % options.specialists.length;
    const slot = Math.floor(index / options.specialists.length);
    const minutesFromEight = slot * 50;
    const startTime = `${String(8 + Math.floor(minutesFromEight / 60)).padStart(2, '0')}:${String(minutesFromEight % 60).padStart(2, '0')}`;
    const end = addMinutesToLocal(options.date, startTime, 45);
    const { id } = await backend.db
      .insertInto('sessions')
      .values({
        series_id: null,
        original_date: null,
        service_id: options.serviceId,
        specialist_id: options.specialists[lane]!,
        room_id: options.rooms[lane % options.rooms.length]!,
        mother_guardian_id: null,
        date: options.date,
        start_time: startTime,
        minutes: 45,
        start_at: zonedInstant(options.date, startTime, 'Asia/Tashkent'),
        end_at: zonedInstant(end.date, end.time, 'Asia/Tashkent'),
        status: 'scheduled',
        cancel_reason: null,
        cancel_note: '',
        notes: '',
        created_at: stamp,
        updated_at: stamp,
        group_id: null,
        group_original_date: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await backend.db
      .insertInto('session_beneficiaries')
      .values({ session_id: id, beneficiary_id: options.children[index % options.children.length]! })
      .execute();
  }
}
