import type { ImportPreview, ImportResult } from '../../../shared/contract/import';
import { missingFields } from '../../../shared/contract/import-row';
import { fullName } from '../../../shared/domain/people';
import { centreToday } from '../people/today';
import { createBeneficiary } from '../people/service';
import type { Registry } from '../registry';
import { chooseMapping, readImportFile } from './read-file';
import { reviewRows, type ReviewedRow } from './review';

const publicRow = ({ parsed: _parsed, ...row }: ReviewedRow) => row;

export function registerImport(registry: Registry): void {
  registry.register('import.preview', {
    write: false,
    run: async (input, { db, now }): Promise<ImportPreview> => {
      const table = await readImportFile(input.fileName, input.contentBase64);
      const { mapping, suggested } = chooseMapping(table.headers, input.mapping);
      const rows = await reviewRows(db, table.rows, mapping, input.defaults, await centreToday(db, now));
      const count = (status: ReviewedRow['status']) => rows.filter((row) => row.status === status).length;
      return {
        headers: table.headers,
        examples: table.headers.map(
          (_, column) => table.rows.find((row) => row.cells[column])?.cells[column] ?? '',
        ),
        headerRowNumber: table.headerRowNumber,
        mapping,
        suggestedMapping: suggested,
        missingFields: missingFields(mapping),
        rows: rows.map(publicRow),
        counts: {
          total: rows.length,
          valid: count('valid'),
          invalid: count('invalid'),
          duplicates: count('duplicate'),
        },
      };
    },
  });

  // One write transaction (the registry's): the rows are checked again inside it, never taken from a
  // preview, and if any creation fails unexpectedly none of the rows stays.
  registry.register('import.commit', {
    write: true,
    run: async (input, { db, now }): Promise<ImportResult> => {
      const table = await readImportFile(input.fileName, input.contentBase64);
      const { mapping } = chooseMapping(table.headers, input.mapping);
      const today = await centreToday(db, now);
      const rows = await reviewRows(db, table.rows, mapping, input.defaults, today);
      const result: ImportResult = { created: [], skipped: [] };
      for (const row of rows) {
        const take = row.status === 'valid' || (row.status === 'duplicate' && !input.skipDuplicates);
        if (!take || row.parsed === null) {
          const { rowNumber, status, issues, duplicateOf, duplicateOfRow } = row;
          result.skipped.push({ rowNumber, status, issues, duplicateOf, duplicateOfRow });
          continue;
        }
        const person = { ...row.parsed, confirmNotDuplicate: row.status === 'duplicate' };
        const created = await createBeneficiary(db, person, now, today);
        result.created.push({ rowNumber: row.rowNumber, id: created.id, name: fullName(created) });
      }
      return result;
    },
  });
}
