import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/contract/import';
import { expectOk } from './backend-fixture';
import { openImportBackend } from './import-fixture';

/** The sample list shipped for people to try the import with: it must keep showing what it is meant to. */
describe('the sample referral list', () => {
  it('has ten rows from Asaka in both scripts, two of them with a problem to fix', async () => {
    const backend = await openImportBackend();
    const content = readFileSync('resources/samples/referrals-sample.csv');
    const input = { fileName: 'referrals-sample.csv', contentBase64: content.toString('base64') };
    const preview = expectOk(await backend.handle('import.preview', input)) as ImportPreview;

    expect(preview.headerRowNumber).toBe(2);
    expect(preview.missingFields).toEqual([]);
    const unmapped = Object.entries(preview.mapping).filter(([, column]) => column === null);
    expect(unmapped.map(([field]) => field).sort()).toEqual(
      [
        'birthCertificate',
        'disabilityGroup',
        'fullName',
        'phone',
        'referralCentre',
        'region',
        'status',
      ].sort(),
    );
    expect(preview.counts).toEqual({ total: 10, valid: 8, invalid: 2, duplicates: 0 });
    const invalid = preview.rows.filter((row) => row.status === 'invalid');
    expect(invalid.map((row) => [row.rowNumber, row.issues])).toEqual([
      [8, { birthDate: { key: 'validation.date', params: { value: '31.09.2018' } } }],
      [10, { pinfl: { key: 'validation.pinflChecksum' } }],
    ]);
    expect(preview.rows[1]!.person).toMatchObject({
      familyName: 'Ғуломова',
      regionCode: 'andijan',
      districtCode: 'andijan.asaka',
      hasDisability: true,
      disabilityGroup: 'child',
      socialStatus: 'poverty_register',
    });
  });
});
