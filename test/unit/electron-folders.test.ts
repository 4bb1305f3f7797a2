import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseFolder,
  numberedName,
  saveFilesToFolder,
  type OpenFolderDialog,
} from '../../electron/main/folders';
import { makeTempDir } from '../support/temp-dir';

/*
 * The native folder dialog needs a display and a person to click, so it never opens in a test: these tests hand
 * the main process's logic a stand-in for `dialog.showOpenDialog` and check everything around it, on real files.
 */

const made: (() => void)[] = [];
afterEach(() => made.splice(0).forEach((remove) => remove()));
function tempDir(): string {
  const temp = makeTempDir();
  made.push(temp.remove);
  return temp.dir;
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

function answering(path: string | null): { dialog: OpenFolderDialog; asked: unknown[] } {
  const asked: unknown[] = [];
  const dialog: OpenFolderDialog = (options) => {
    asked.push(options);
    return Promise.resolve(
      path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] },
    );
  };
  return { dialog, asked };
}

describe('the folder dialog behind the bridge', () => {
  it('asks for a folder that may be created, and answers the path or a cancel', async () => {
    const folder = tempDir();
    const picked = answering(folder);
    expect(await chooseFolder({ title: 'Backups' }, picked.dialog)).toEqual({ chosen: true, path: folder });
    expect(picked.asked).toEqual([{ title: 'Backups', properties: ['openDirectory', 'createDirectory'] }]);
    expect(await chooseFolder({ title: 'Backups' }, answering(null).dialog)).toEqual({ chosen: false });
  });

  it('refuses a request the renderer should never send, before any dialog opens', async () => {
    const picked = answering(tempDir());
    await expect(chooseFolder({ title: 'x', defaultPath: '/etc' }, picked.dialog)).rejects.toThrow();
    await expect(
      saveFilesToFolder(
        { title: 'x', files: [{ fileName: '../../escape.pdf', bytes: b64('x') }] },
        picked.dialog,
      ),
    ).rejects.toThrow();
    await expect(saveFilesToFolder({ title: 'x', files: [] }, picked.dialog)).rejects.toThrow();
    expect(picked.asked).toEqual([]);
  });

  it('numbers a name the folder has: "a.pdf", "a (2).pdf", "a (3).pdf"', () => {
    expect(numberedName('report.pdf', 1)).toBe('report.pdf');
    expect(numberedName('report.pdf', 2)).toBe('report (2).pdf');
    expect(numberedName('Progress 2026-05.xlsx', 3)).toBe('Progress 2026-05 (3).xlsx');
  });

  it('writes every file into the folder chosen once, never replacing a file already there', async () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'Aziza.pdf'), 'kept');
    const picked = answering(folder);
    const outcome = await saveFilesToFolder(
      {
        title: 'Progress reports',
        files: [
          { fileName: 'Aziza.pdf', bytes: b64('new Aziza') },
          { fileName: 'Bobur.pdf', bytes: b64('Bobur') },
          { fileName: 'Aziza.pdf', bytes: b64('second Aziza') },
        ],
      },
      picked.dialog,
    );
    expect(picked.asked).toHaveLength(1);
    expect(outcome).toEqual({
      saved: true,
      folder,
      paths: [join(folder, 'Aziza (2).pdf'), join(folder, 'Bobur.pdf'), join(folder, 'Aziza (3).pdf')],
    });
    expect(readdirSync(folder).sort()).toEqual(['Aziza (2).pdf', 'Aziza (3).pdf', 'Aziza.pdf', 'Bobur.pdf']);
    expect(readFileSync(join(folder, 'Aziza.pdf'), 'utf8')).toBe('kept');
    expect(readFileSync(join(folder, 'Aziza (2).pdf'), 'utf8')).toBe('new Aziza');
    expect(readFileSync(join(folder, 'Aziza (3).pdf'), 'utf8')).toBe('second Aziza');
  });

  it('writes names in any script the centre uses, as given', async () => {
    const folder = tempDir();
    const names = ['Каримова Малика 2026-03-01 - 2026-05-31.pdf', 'Gʻaniyev Oʻtkir Maʼrufovich.pdf'];
    const files = names.map((fileName) => ({ fileName, bytes: b64(fileName) }));
    const outcome = await saveFilesToFolder({ title: 't', files }, answering(folder).dialog);
    expect(outcome).toEqual({ saved: true, folder, paths: names.map((name) => join(folder, name)) });
    expect(readdirSync(folder).sort()).toEqual([...names].sort());
    // What Windows refuses is refused before the dialog, even when the rest of the name is fine.
    const picked = answering(folder);
    for (const fileName of ['Малика: отчёт.pdf', 'con.pdf', 'a.pdf.'])
      await expect(
        saveFilesToFolder({ title: 't', files: [{ fileName, bytes: b64('x') }] }, picked.dialog),
      ).rejects.toThrow();
    expect(picked.asked).toEqual([]);
  });

  it('writes nothing when the dialog is cancelled, and fails on a folder it cannot write to', async () => {
    const folder = tempDir();
    const files = [{ fileName: 'a.pdf', bytes: b64('a') }];
    expect(await saveFilesToFolder({ title: 't', files }, answering(null).dialog)).toEqual({ saved: false });
    expect(readdirSync(folder)).toEqual([]);
    // A "folder" that is a file: the write fails and says so instead of reporting a save.
    const notAFolder = join(folder, 'file');
    writeFileSync(notAFolder, '');
    await expect(saveFilesToFolder({ title: 't', files }, answering(notAFolder).dialog)).rejects.toThrow();
  });

  it('checks the sending frame in every file handler of the main process', () => {
    const source = readFileSync(join(__dirname, '../../electron/main/files.ts'), 'utf8');
    const handlers = source.match(/ipcMain\.handle\(/g) ?? [];
    const checks = source.match(/if \(!fromAppFrame\(event\)\) throw/g) ?? [];
    expect(handlers.length).toBe(4);
    expect(checks.length).toBe(handlers.length);
  });
});
