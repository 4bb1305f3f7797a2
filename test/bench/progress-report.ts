import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import type { Backend } from '../../electron/backend';
import { collectProgressReport } from '../../electron/backend/documents/progress/collect';
import type { ProgressReportData } from '../../electron/backend/documents/progress/data';
import { build } from '../../electron/backend/documents/progress/document';
import type { RenderedDocument } from '../../shared/contract/documents';
import { loadPdf } from '../../electron/backend/documents/pdf';
import { addDays } from '../../shared/domain/calendar';
import { addStaff, instant } from './schedule-generate';
import { report, type Timing } from './measure';
import { pdfkitReport } from './progress-floor';

const CHILDREN = 300;
const GOALS = 3;
/** Twelve weeks, Monday and Wednesday: 24 sessions, each with a signed note rating every goal. */
const FROM = '2026-03-02';
const TO = '2026-05-24';
const DATES = Array.from({ length: 12 }, (_, week) => [
  addDays(FROM, week * 7),
  addDays(FROM, week * 7 + 2),
]).flat();

/** 300 children, each with an active programme of three goals and 24 attended sessions with signed notes. */
export function seedProgress(backend: Backend): number[] {
  const raw = backend.raw;
  const serviceId = (
    raw.prepare("select id from services where code = 'speech_therapy'").get() as { id: number }
  ).id;
  const children = (
    raw.prepare('select id from beneficiaries order by id limit ?').all(CHILDREN) as Array<{ id: number }>
  ).map((row) => row.id);
  const specialistId = addStaff(backend, 'Hisobot');
  const stamp = new Date().toISOString();
  const programme = raw.prepare(
    `insert into programmes (beneficiary_id, start_date, review_date, end_date, status, created_at, updated_at)
     values (?, '2026-03-01', '2026-05-31', '2026-08-31', 'active', ?, ?)`,
  );
  const goal = raw.prepare(
    `insert into programme_goals (programme_id, position, goal, domain, baseline, created_at, updated_at)
     values (?, ?, ?, 'communication', 'Bir soʻz bilan javob beradi', ?, ?)`,
  );
  const level = raw.prepare('insert into goal_levels (goal_id, level, description) values (?, ?, ?)');
  const session = raw.prepare(
    `insert into sessions (service_id, specialist_id, date, start_time, minutes, start_at, end_at, status,
       created_at, updated_at) values (?, ?, ?, '09:00', 45, ?, ?, 'scheduled', ?, ?)`,
  );
  const person = raw.prepare('insert into session_beneficiaries (session_id, beneficiary_id) values (?, ?)');
  const mark = raw.prepare(
    `insert into attendance_marks (session_id, beneficiary_id, mark, reason, note, marked_at)
     values (?, ?, 'present', '', '', ?)`,
  );
  const note = raw.prepare(
    `insert into progress_notes (session_id, beneficiary_id, status, what_was_done, observations, author_staff_id,
       created_at, updated_at) values (?, ?, 'draft', 'Artikulyatsiya mashqlari, rasmli kartochkalar', ?, ?, ?, ?)`,
  );
  const rating = raw.prepare('insert into progress_note_ratings (note_id, goal_id, level) values (?, ?, ?)');
  raw.transaction(() => {
    for (const child of children) {
      const programmeId = programme.run(child, stamp, stamp).lastInsertRowid;
      const goalIds = Array.from({ length: GOALS }, (_, position) => {
        const id = goal.run(
          programmeId,
          position,
          `Maqsad ${position + 1}: ikki soʻzli gap tuzadi`,
          stamp,
          stamp,
        ).lastInsertRowid;
        for (const value of [-2, -1, 0, 1, 2]) level.run(id, value, `Daraja ${value}: tavsif soʻzlar bilan`);
        return id;
      });
      DATES.forEach((date, index) => {
        const sessionId = session.run(
          serviceId,
          specialistId,
          date,
          instant(date, 540),
          instant(date, 585),
          stamp,
          stamp,
        ).lastInsertRowid;
        person.run(sessionId, child);
        mark.run(sessionId, child, stamp);
        const noteId = note.run(
          sessionId,
          child,
          `Kuzatuv ${index + 1}: diqqatini ushlab turdi`,
          specialistId,
          stamp,
          stamp,
        ).lastInsertRowid;
        goalIds.forEach((goalId, g) =>
          rating.run(noteId, goalId, Math.min(2, -2 + Math.floor((index + g) / 6))),
        );
      });
    }
    raw
      .prepare(
        `update progress_notes set status = 'signed', signed_at = ?, signed_staff_id = author_staff_id`,
      )
      .run(stamp);
  })();
  return children;
}

async function total(name: string, work: () => Promise<unknown>): Promise<Timing> {
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  return { name, runs: 1, p50: ms, p95: ms, mean: ms };
}

/**
 * One child's progress report through documents.progressReport (read from the database, rendered in the worker)
 * against its floor, bare pdfkit drawing the same content on this thread (progress-floor.ts); between them, our
 * react-pdf document rendered on this thread from data read beforehand. Then the batch of 300 as the renderer
 * drives it (one call per child, in turn) against 300 floors, and the joining of the 300 into one PDF.
 */
export async function benchProgressReports(backend: Backend, runs = 10): Promise<void> {
  const children = seedProgress(backend);
  const pdf = await loadPdf();
  const one = async (beneficiaryId: number) => {
    const result = await backend.handle('documents.progressReport', {
      beneficiaryId,
      from: FROM,
      to: TO,
      language: 'uz-Latn',
    });
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as RenderedDocument).bytes;
  };
  const now = new Date();
  const data: ProgressReportData[] = [];
  for (const beneficiaryId of children)
    data.push(
      await collectProgressReport(
        backend.db,
        { beneficiaryId, from: FROM, to: TO, language: 'uz-Latn' },
        now,
      ),
    );
  await one(children[0]!);
  await pdfkitReport(pdf, data[0]!);
  await pdf.renderToBuffer(build(pdf, data[0]!));
  const single = async (name: string, work: (i: number) => Promise<unknown>): Promise<Timing> => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await work(i);
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const at = (q: number) => samples[Math.min(runs - 1, Math.floor(q * runs))] ?? Number.NaN;
    return { name, runs, p50: at(0.5), p95: at(0.95), mean: samples.reduce((a, b) => a + b, 0) / runs };
  };
  const floor = await single('bare pdfkit: same content, this thread', (i) => pdfkitReport(pdf, data[i]!));
  const thread = await single('our react-pdf document, this thread', (i) =>
    pdf.renderToBuffer(build(pdf, data[i]!)),
  );
  const ours = await single('documents.progressReport (worker)', (i) => one(children[i]!));
  report('Progress report PDF, one child: 3 goals, 24 signed notes (target under 0.5 s)', floor, [
    thread,
    ours,
  ]);

  const bareBatch = await total(`bare pdfkit × ${CHILDREN}`, async () => {
    for (const child of data) await pdfkitReport(pdf, child);
  });
  const parts: string[] = [];
  const batch = await total(`documents.progressReport × ${CHILDREN}, in turn`, async () => {
    for (const child of children) parts.push(await one(child));
  });
  const joined = await total(`pdf-lib: join ${CHILDREN} into one`, async () => {
    const combined = await PDFDocument.create();
    for (const part of parts) {
      const source = await PDFDocument.load(part);
      for (const page of await combined.copyPages(source, source.getPageIndices())) combined.addPage(page);
    }
    await combined.save();
  });
  report(`Progress reports, batch of ${CHILDREN} (whole run)`, bareBatch, [batch, joined]);
}
