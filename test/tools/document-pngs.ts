// The printable documents of a demo centre as PDFs and page PNGs, for looking at them: the day schedule, the
// attendance summary and a progress report, each in the languages asked. Usage: npx tsx --tsconfig
// tsconfig.node.json test/tools/document-pngs.ts [--out DIR] [--languages uz-Latn,ru] [--date YYYY-MM-DD] (the
// schedule's day and the end of the periods; today by default). Needs pdftoppm.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend, LOCAL_OPERATOR, type Backend } from '../../electron/backend';
import { seedDemo } from '../../electron/backend/demo/seed';
import type { ChannelName, ChannelOutput } from '../../shared/contract';
import type { RenderedDocument } from '../../shared/contract/documents';
import { LANGUAGES, type Language } from '../../shared/domain/languages';
import { makeTempDir } from '../support/temp-dir';

async function call<C extends ChannelName>(
  backend: Backend,
  channel: C,
  input: unknown,
): Promise<ChannelOutput<C>> {
  const result = await backend.handle(channel, input, LOCAL_OPERATOR);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as ChannelOutput<C>;
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, languages: { type: 'string' }, date: { type: 'string' } },
  });
  const out = resolve(values.out ?? 'test-results/documents');
  const languages = values.languages ? (values.languages.split(',') as Language[]) : LANGUAGES;
  mkdirSync(out, { recursive: true });
  const temp = makeTempDir('imkon-documents-');
  const backend = await createBackend({ dataDir: temp.dir });
  try {
    await seedDemo(backend);
    const { items, today: centreToday } = await call(backend, 'programmes.list', {});
    const today = values.date ?? centreToday;
    // The reviewed programme says the most: goals, a review and its levels.
    const programme = items.find((item) => item.status === 'reviewed') ?? items[0];
    if (!programme) throw new Error('The demo centre has no programme');
    const save = (name: string, document: RenderedDocument) => {
      const file = join(out, `${name}.pdf`);
      writeFileSync(file, Buffer.from(document.bytes, 'base64'));
      execFileSync('pdftoppm', ['-png', '-r', '60', file, join(out, name)]);
      console.log(file);
    };
    for (const language of languages) {
      save(
        `day-schedule-${language}`,
        await call(backend, 'documents.daySchedule', { date: today, language }),
      );
      save(
        `attendance-summary-${language}`,
        await call(backend, 'documents.attendanceSummary', {
          from: addDays(today, -30),
          to: today,
          language,
        }),
      );
      save(
        `progress-report-${language}`,
        await call(backend, 'documents.progressReport', {
          beneficiaryId: programme.beneficiary.id,
          from: programme.startDate,
          to: today,
          language,
        }),
      );
    }
  } finally {
    await backend.close();
    temp.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
