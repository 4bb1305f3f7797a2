import { rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { z } from 'zod';
import { isSafeFileName } from '../../shared/domain/file-names';
import type { ChooseFolderOutcome, SaveFilesToFolderOutcome } from '../../shared/contract';

/*
 * The folder dialog's logic, kept apart from Electron so that tests run it with a stand-in dialog: the native
 * dialog needs a display and a person to click, so no automated test opens it. What is tested here is what
 * happens around it: the input checks, a cancel, and the writing of the files.
 */

// Names carry people's names in any script; what could leave the folder or trouble Windows is refused.
const fileName = z.string().refine(isSafeFileName);
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const title = z.string().min(1).max(200);

export const chooseFolderRequest = z.strictObject({ title });
export const saveFilesToFolderRequest = z.strictObject({
  title,
  files: z
    .array(z.strictObject({ fileName, bytes: base64 }))
    .min(1)
    .max(500),
});

/** What the code needs of Electron's `dialog.showOpenDialog`: the options it passes and the answer it reads. */
export type OpenFolderDialog = (options: {
  title: string;
  properties: ('openDirectory' | 'createDirectory')[];
}) => Promise<{ canceled: boolean; filePaths: string[] }>;

async function pickFolder(dialog: OpenFolderDialog, dialogTitle: string): Promise<string | null> {
  const answer = await dialog({ title: dialogTitle, properties: ['openDirectory', 'createDirectory'] });
  return answer.canceled ? null : (answer.filePaths[0] ?? null);
}

export async function chooseFolder(input: unknown, dialog: OpenFolderDialog): Promise<ChooseFolderOutcome> {
  const request = chooseFolderRequest.parse(input);
  const path = await pickFolder(dialog, request.title);
  return path === null ? { chosen: false } : { chosen: true, path };
}

/** "name.pdf", then "name (2).pdf", "name (3).pdf"… */
export function numberedName(name: string, number: number): string {
  if (number < 2) return name;
  const extension = extname(name);
  return `${name.slice(0, name.length - extension.length)} (${number})${extension}`;
}

const MAX_NUMBER = 1000;

/**
 * Writes the file under its name or the first numbered name still free. The exclusive flag makes the check
 * and the creation one step, so a file already there (or written meanwhile) is never replaced.
 */
async function writeNew(folder: string, name: string, bytes: Buffer): Promise<string> {
  for (let number = 1; number <= MAX_NUMBER; number++) {
    const path = join(folder, numberedName(name, number));
    try {
      await writeFile(path, bytes, { flag: 'wx' });
      return path;
    } catch (error) {
      if ((error as { code?: unknown }).code === 'EEXIST') continue;
      // A half-written file (a full disk) must not stay behind looking like a document.
      await rm(path, { force: true }).catch(() => undefined);
      throw error;
    }
  }
  throw new Error(`The folder has ${MAX_NUMBER} files named like ${name} already`);
}

/** Picks the folder once, then writes every file into it; two files asking for one name both get written. */
export async function saveFilesToFolder(
  input: unknown,
  dialog: OpenFolderDialog,
): Promise<SaveFilesToFolderOutcome> {
  const request = saveFilesToFolderRequest.parse(input);
  const folder = await pickFolder(dialog, request.title);
  if (folder === null) return { saved: false };
  const paths: string[] = [];
  for (const file of request.files) {
    paths.push(await writeNew(folder, file.fileName, Buffer.from(file.bytes, 'base64')));
  }
  return { saved: true, folder, paths };
}
