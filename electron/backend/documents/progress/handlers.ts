import type { ParsedInput } from '../../../../shared/contract';
import type { ReportChild } from '../../../../shared/contract/progress-report';
import { fullName } from '../../../../shared/domain/people';
import { assertServes, readableOf } from '../../notes/access';
import type { HandlerContext, Registry } from '../../registry';
import { renderDocument } from '../pdf';
import { collectProgressReport } from './collect';

/** "progress-2026-03-01-2026-05-31-17.pdf": ASCII, so it is safe in any folder. */
function fileName(data: { from: string; to: string }, beneficiaryId: number): string {
  return `progress-${data.from}-${data.to}-${beneficiaryId}.pdf`;
}

async function reportChildren(
  input: ParsedInput<'documents.progressReport.children'>,
  { db, caller }: HandlerContext,
): Promise<ReportChild[]> {
  let query = db
    .selectFrom('beneficiaries as b')
    .select(['b.id', 'b.family_name', 'b.given_name', 'b.patronymic'])
    // A group's batch reads its enrolments, which an archived person may have left open: the archive hides them.
    .where('b.archived_at', 'is', null)
    .orderBy('b.family_name')
    .orderBy('b.given_name')
    .orderBy('b.id');
  if (input.groupId === undefined) query = query.where('b.status', '=', 'active');
  else {
    const groupId = input.groupId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('group_enrolments as e')
          .select('e.id')
          .whereRef('e.beneficiary_id', '=', 'b.id')
          .where('e.group_id', '=', groupId)
          .where('e.start_date', '<=', input.to)
          .where((w) => w.or([w('e.end_date', 'is', null), w('e.end_date', '>=', input.from)])),
      ),
    );
  }
  const rows = await query.execute();
  const readable = await readableOf(
    db,
    caller,
    rows.map((row) => row.id),
  );
  return rows
    .filter((row) => readable.has(row.id))
    .map((row) => ({
      beneficiaryId: row.id,
      name: fullName({ familyName: row.family_name, givenName: row.given_name, patronymic: row.patronymic }),
    }));
}

/** The progress report reads notes: the same people rule applies as to the notes themselves. */
export function registerProgressReport(registry: Registry): void {
  registry.register('documents.progressReport', {
    write: false,
    run: async (input, { db, caller, now }) => {
      await assertServes(db, caller, input.beneficiaryId);
      const data = await collectProgressReport(db, input, now);
      const bytes = await renderDocument('progress', data);
      return { fileName: fileName(input, input.beneficiaryId), bytes: bytes.toString('base64') };
    },
  });
  registry.register('documents.progressReport.children', { write: false, run: reportChildren });
}
