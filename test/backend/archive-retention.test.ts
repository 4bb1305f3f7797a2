import { describe, expect, it } from 'vitest';
import { latestArchivableDischarge } from '../../electron/backend/data-export/archive';
import { PERMISSIONS, type Caller } from '../../shared/contract';
import { fieldsOf } from './attendance-fixture';
import { discharged, openExportCentre, tableContents } from './export-fixture';
import { call } from './schedule-fixture';

const RECEPTION: Caller = {
  userId: 'reception',
  permissions: new Set(PERMISSIONS.filter((p) => p !== 'data.export' && p !== 'data.import')),
};
const MANAGER: Caller = { userId: 'manager', permissions: new Set(PERMISSIONS) };

describe('archiving discharged people', () => {
  it('counts whole years from the discharge date, 29 February falling back to the 28th', () => {
    expect(latestArchivableDischarge('2026-03-20', 5)).toBe('2021-03-20');
    expect(latestArchivableDischarge('2028-02-29', 1)).toBe('2027-02-28');
    expect(latestArchivableDischarge('2026-01-01', 75)).toBe('1951-01-01');
  });

  it('offers those discharged at least the policy’s years ago, five by default', async () => {
    const centre = await openExportCentre();
    expect(await call(centre.backend, 'archive.policy', {})).toEqual({ yearsAfterDischarge: 5 });
    const candidates = await call(centre.backend, 'archive.candidates', {});
    expect(candidates).toEqual([
      {
        id: centre.longGone,
        familyName: 'Karimov',
        givenName: 'Oybek',
        patronymic: 'Alisher oʻgʻli',
        birthDate: '2012-04-01',
        dischargeDate: '2020-02-28',
        dischargeReason: 'Oila boshqa shaharga koʻchdi',
        archivedAt: null,
      },
    ]);
    // Today is 20 March 2026: discharged on 20 March 2021 is exactly five years, the 21st is a day short.
    const exactly = await discharged(centre.backend, 'Ulugʻbek', '2021-03-20', 63);
    await discharged(centre.backend, 'Sardor', '2021-03-21', 64);
    expect((await call(centre.backend, 'archive.candidates', {})).map((p) => p.id)).toEqual([
      centre.longGone,
      exactly,
    ]);

    expect(await call(centre.backend, 'archive.setPolicy', { yearsAfterDischarge: 1 })).toEqual({
      yearsAfterDischarge: 1,
    });
    expect((await call(centre.backend, 'archive.candidates', {})).map((p) => p.givenName)).toEqual([
      'Oybek',
      'Ulugʻbek',
      'Sardor',
      'Javohir',
    ]);
    expect(fieldsOf(await centre.backend.handle('archive.setPolicy', { yearsAfterDischarge: 0 }))).toEqual({
      yearsAfterDischarge: { key: 'validation.tooSmall', params: { min: 1 } },
    });
  });

  it('hides an archived person from searches and from those who do not manage the archive, deleting nothing', async () => {
    const centre = await openExportCentre();
    const found = async (caller?: Caller) =>
      (await call(centre.backend, 'people.search', { query: 'Oybek' }, caller)).items.map((p) => p.id);
    expect(await found()).toEqual([centre.longGone]);
    const before = await tableContents(centre.backend);

    centre.setNow('2026-03-21T08:00:00Z');
    expect(await call(centre.backend, 'archive.archive', { ids: [centre.longGone] }, MANAGER)).toEqual({
      archived: 1,
    });
    expect(await found()).toEqual([]);
    expect(await found(RECEPTION)).toEqual([]);
    expect(
      (await call(centre.backend, 'people.search', { status: 'discharged' })).items.map((p) => p.id),
    ).toEqual([centre.lately]);
    const refused = await centre.backend.handle('people.get', { id: centre.longGone }, RECEPTION);
    expect(refused.ok || refused.error.code).toBe('NOT_FOUND');
    expect((await call(centre.backend, 'people.get', { id: centre.longGone }, MANAGER)).givenName).toBe(
      'Oybek',
    );

    const archived = await call(centre.backend, 'archive.list', {});
    expect(archived.map((p) => [p.id, p.archivedAt])).toEqual([
      [centre.longGone, '2026-03-21T08:00:00.000Z'],
    ]);
    expect(await call(centre.backend, 'archive.candidates', {})).toEqual([]);
    const row = await centre.backend.db
      .selectFrom('beneficiaries')
      .select(['archived_by'])
      .where('id', '=', centre.longGone)
      .executeTakeFirstOrThrow();
    expect(row.archived_by).toBe('manager');

    // Every row is still there (the audit log grows, it never loses a row); only the person's mark changed.
    const after = await tableContents(centre.backend);
    for (const [table, rows] of Object.entries(before)) {
      if (table.startsWith('audit_')) expect(after[table]!.length, table).toBeGreaterThanOrEqual(rows.length);
      else expect(after[table]!.length, table).toBe(rows.length);
    }

    const restored = await call(centre.backend, 'archive.restore', { id: centre.longGone });
    expect(restored.archivedAt).toBeNull();
    expect(await found()).toEqual([centre.longGone]);
    const again = await centre.backend.handle('archive.restore', { id: centre.longGone });
    expect(again.ok || again.error.code).toBe('NOT_FOUND');
  });

  it('archives all the chosen or none, and asks for data.export', async () => {
    const centre = await openExportCentre();
    const refused = await centre.backend.handle('archive.archive', { ids: [centre.longGone, centre.lately] });
    expect(fieldsOf(refused)).toEqual({ ids: { key: 'dataExport.validation.notArchivable' } });
    expect(!refused.ok && refused.error.details?.refused).toEqual([centre.lately]);
    expect(await call(centre.backend, 'archive.list', {})).toEqual([]);
    expect(fieldsOf(await centre.backend.handle('archive.archive', { ids: [centre.child] }))).toEqual({
      ids: { key: 'dataExport.validation.notArchivable' },
    });
    expect(
      fieldsOf(await centre.backend.handle('archive.archive', { ids: [centre.longGone, centre.longGone] })),
    ).toEqual({
      ids: { key: 'validation.invalid' },
    });
    for (const channel of ['archive.candidates', 'archive.list'] as const) {
      const denied = await centre.backend.handle(channel, {}, RECEPTION);
      expect(denied.ok || denied.error.code).toBe('FORBIDDEN');
    }
    const denied = await centre.backend.handle('archive.archive', { ids: [centre.longGone] }, RECEPTION);
    expect(denied.ok || denied.error.code).toBe('FORBIDDEN');
  });
});
