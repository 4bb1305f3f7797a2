import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { FullExport } from '../../electron/backend/data-export/full-format';
import { APP_VERSION } from '../../electron/backend/version';
import type { Result } from '../../shared/contract';
import { expectOk, openTestBackend } from './backend-fixture';
import { openExportCentre, tableContents } from './export-fixture';
import { call } from './schedule-fixture';

async function exportOf(backend: Backend): Promise<{ fileName: string; doc: FullExport; base64: string }> {
  const file = await call(backend, 'dataExport.full', {});
  expect(file.mime).toBe('application/gzip');
  const doc = JSON.parse(gunzipSync(Buffer.from(file.bytes, 'base64')).toString('utf8')) as FullExport;
  return { fileName: file.fileName, doc, base64: file.bytes };
}

function encode(doc: unknown): string {
  return gzipSync(JSON.stringify(doc)).toString('base64');
}

async function triggers(backend: Backend): Promise<string[]> {
  const { rows } = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'trigger' order by name`.execute(backend.db);
  return rows.map((r) => r.sql);
}

function refused(result: Result<unknown>, code: string, key: string): void {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.details?.fields?.contentBase64?.key).toBe(key);
}

describe('full export and import', () => {
  it('moves a centre to a new installation row for row, every table included', async () => {
    const centre = await openExportCentre();
    const { fileName, doc, base64 } = await exportOf(centre.backend);
    expect(fileName).toMatch(/^imkon-full-export-\d{8}-\d{4}\.json\.gz$/);
    expect(doc).toMatchObject({
      format: 'imkon-centre-export',
      formatVersion: 1,
      appVersion: APP_VERSION,
      exportedAt: '2026-03-20T06:00:00.000Z',
      migrations: MIGRATIONS.map(([name]) => name),
    });
    // Tables are found in the database, not listed: whatever another feature adds is in the file.
    const source = await tableContents(centre.backend);
    expect(doc.tables.map((t) => t.name).sort()).toEqual(Object.keys(source).sort());
    for (const name of ['beneficiaries', 'sessions', 'attendance_marks', 'retention_policy', 'groups'])
      expect(doc.tables.find((t) => t.name === name)?.rows.length, name).toBeGreaterThan(0);

    const fresh = await openTestBackend();
    const before = await tableContents(fresh);
    // A new installation has its own starting rows (services, holidays); the centre's replace them.
    expect(before.services!.length).toBeGreaterThan(0);
    // First the preview the confirmation shows: counts from the file and of what would go, writing nothing.
    const preview = await call(fresh, 'dataExport.previewFull', { contentBase64: base64 });
    const rowsOf = (name: string) => source[name]?.length ?? 0;
    expect(preview).toEqual({
      exportedAt: '2026-03-20T06:00:00.000Z',
      appVersion: APP_VERSION,
      incoming: {
        people: rowsOf('beneficiaries'),
        staff: rowsOf('staff'),
        sessions: rowsOf('sessions'),
        accounts: rowsOf('accounts'),
        rows: doc.tables.reduce((n, t) => n + t.rows.length, 0),
      },
      replaced: {
        services: before.services!.length,
        accounts: before.accounts?.length ?? 0,
        rows: Object.values(before).reduce((n, rows) => n + rows.length, 0),
      },
    });
    expect(preview.incoming.people).toBeGreaterThan(0);
    expect(await tableContents(fresh)).toEqual(before);
    const summary = expectOk(await fresh.handle('dataExport.importFull', { contentBase64: base64 }));
    expect(summary).toEqual({
      exportedAt: '2026-03-20T06:00:00.000Z',
      appVersion: APP_VERSION,
      tables: doc.tables.length,
      rows: doc.tables.reduce((n, t) => n + t.rows.length, 0),
    });
    const imported = await tableContents(fresh);
    if ('audit_calls' in source) {
      // The log is the centre's, followed by the import itself.
      const [own, ...rest] = fresh.raw.prepare('select action, kind from audit_calls order by id desc').all();
      expect(own).toEqual({ action: 'dataExport.importFull', kind: 'change' });
      expect(rest).toHaveLength(source.audit_calls!.length);
      imported.audit_calls = imported.audit_calls!.filter(
        (row) => !String(row).includes('dataExport.importFull'),
      );
    }
    expect(imported).toEqual(source);
    // The triggers set aside during the import are back, word for word.
    expect(await triggers(fresh)).toEqual(await triggers(centre.backend));
    expect(fresh.raw.pragma('foreign_key_check')).toEqual([]);
    expect(fresh.raw.pragma('integrity_check', { simple: true })).toBe('ok');

    // The imported centre works: its people are found and their attendance reads as before.
    const people = await call(fresh, 'people.search', { query: 'Karimov' });
    expect(people.items.map((p) => p.id)).toContain(centre.child);
    const again = await exportOf(fresh);
    const notLog = (t: { name: string }) => t.name !== 'audit_calls';
    expect(again.doc.tables.filter(notLog)).toEqual(doc.tables.filter(notLog));
  });

  it('refuses an installation that already holds records, and changes nothing', async () => {
    const centre = await openExportCentre();
    const { base64 } = await exportOf(centre.backend);
    const before = await tableContents(centre.backend);
    for (const channel of ['dataExport.previewFull', 'dataExport.importFull'] as const) {
      refused(
        await centre.backend.handle(channel, { contentBase64: base64 }),
        'CONFLICT',
        'dataExport.validation.notEmpty',
      );
    }
    expect(await tableContents(centre.backend)).toEqual(before);
  });

  it('refuses an export of another schema version, a damaged one and a file that is not one, writing nothing', async () => {
    const centre = await openExportCentre();
    const { doc } = await exportOf(centre.backend);
    const fresh = await openTestBackend();
    const before = await tableContents(fresh);
    /** `rows`: a fault only the loading of the rows finds, which the preview (reading no row) lets through. */
    const attempt = async (contentBase64: string, fault: 'file' | 'rows' = 'file') => {
      // The preview refuses what the import refuses before loading, with the same code and message key.
      const preview = await fresh.handle('dataExport.previewFull', { contentBase64 });
      const result = await fresh.handle('dataExport.importFull', { contentBase64 });
      if (fault === 'rows') {
        expect(preview.ok).toBe(true);
        return result;
      }
      expect(preview.ok || preview.error.code).toBe(result.ok || result.error.code);
      expect(preview.ok || preview.error.details?.fields).toEqual(result.ok || result.error.details?.fields);
      return result;
    };

    const older = { ...doc, migrations: doc.migrations.slice(0, -1) };
    refused(await attempt(encode(older)), 'VALIDATION', 'dataExport.validation.otherVersion');
    const newer = { ...doc, migrations: [...doc.migrations, '9999_from_the_future'] };
    refused(await attempt(encode(newer)), 'VALIDATION', 'dataExport.validation.otherVersion');

    const lessColumns = {
      ...doc,
      tables: doc.tables.map((t) =>
        t.name === 'staff' ? { ...t, columns: t.columns.slice(1), rows: t.rows.map((r) => r.slice(1)) } : t,
      ),
    };
    refused(await attempt(encode(lessColumns)), 'VALIDATION', 'dataExport.validation.damaged');
    const missingTable = { ...doc, tables: doc.tables.filter((t) => t.name !== 'rooms') };
    refused(await attempt(encode(missingTable)), 'VALIDATION', 'dataExport.validation.damaged');
    const unknownTable = { ...doc, tables: [...doc.tables, { name: 'x', columns: ['a'], rows: [[1]] }] };
    refused(await attempt(encode(unknownTable)), 'VALIDATION', 'dataExport.validation.damaged');
    const shortRow = {
      ...doc,
      tables: doc.tables.map((t) => (t.name === 'rooms' ? { ...t, rows: [t.rows[0]!.slice(1)] } : t)),
    };
    refused(await attempt(encode(shortRow)), 'VALIDATION', 'dataExport.validation.damaged');
    // A row the database refuses (the same staff member twice) undoes the rows already loaded.
    const twice = {
      ...doc,
      tables: doc.tables.map((t) => (t.name === 'staff' ? { ...t, rows: [...t.rows, t.rows[0]!] } : t)),
    };
    refused(await attempt(encode(twice), 'rows'), 'VALIDATION', 'dataExport.validation.damaged');
    // A reference to a person the export does not hold.
    const orphan = {
      ...doc,
      tables: doc.tables.map((t) => (t.name === 'beneficiaries' ? { ...t, rows: [] } : t)),
    };
    refused(await attempt(encode(orphan), 'rows'), 'VALIDATION', 'dataExport.validation.damaged');

    refused(
      await attempt(Buffer.from('hello').toString('base64')),
      'VALIDATION',
      'dataExport.validation.notAnExport',
    );
    refused(await attempt(encode({ hello: 'world' })), 'VALIDATION', 'dataExport.validation.notAnExport');
    refused(
      await attempt(encode({ ...doc, formatVersion: 2 })),
      'VALIDATION',
      'dataExport.validation.otherVersion',
    );

    expect(await tableContents(fresh)).toEqual(before);
    expect(await triggers(fresh)).toEqual(await triggers(centre.backend));
  });

  it('brings the centre’s accounts with their passwords and signs out the new installation’s own administrator', async () => {
    const centre = await openExportCentre();
    const manager = { username: 'nodira', displayName: 'Nodira Karimova', password: 'Markaz-parol-2026!' };
    expectOk(
      await centre.backend.handle('accounts.create', { ...manager, roles: ['manager'], staffId: null }),
    );
    const { base64 } = await exportOf(centre.backend);

    const fresh = await openTestBackend({ caller: 'session' });
    const admin = { username: 'admin', displayName: 'Administrator', password: 'Yangi-markaz-2026!' };
    expectOk(await fresh.handle('auth.setup', admin));
    expect(expectOk(await fresh.handle('auth.status', {}))).toMatchObject({ state: 'signedIn' });
    expectOk(await fresh.handle('dataExport.importFull', { contentBase64: base64 }));
    expect(expectOk(await fresh.handle('auth.status', {}))).toMatchObject({ state: 'signedOut' });
    const refused = await fresh.handle('people.search', {});
    expect(refused.ok || refused.error.code).toBe('FORBIDDEN');

    const wrong = await fresh.handle('auth.signIn', { username: 'admin', password: admin.password });
    expect(wrong.ok).toBe(false);
    expectOk(await fresh.handle('auth.signIn', { username: manager.username, password: manager.password }));
    expect(expectOk(await fresh.handle('auth.status', {}))).toMatchObject({ state: 'signedIn' });
  });

  it('asks for data.import to import and data.export to export', async () => {
    const backend = await openTestBackend();
    const exporter = { userId: 'u1', permissions: new Set(['data.export'] as const) };
    const { bytes } = await call(backend, 'dataExport.full', {}, exporter);
    const result = await backend.handle('dataExport.importFull', { contentBase64: bytes }, exporter);
    expect(result.ok || result.error.code).toBe('FORBIDDEN');
    const nobody = { userId: 'u2', permissions: new Set<never>() };
    const denied = await backend.handle('dataExport.full', {}, nobody);
    expect(denied.ok || denied.error.code).toBe('FORBIDDEN');
  });
});
