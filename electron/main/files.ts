import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { z } from 'zod';
import { isSafeFileName } from '../../shared/domain/file-names';
import {
  IPC_CHOOSE_FOLDER,
  IPC_OPEN_PDF,
  IPC_SAVE_FILE,
  IPC_SAVE_FILES_TO_FOLDER,
  type ChooseFolderOutcome,
  type SaveFileOutcome,
  type SaveFilesToFolderOutcome,
} from '../../shared/contract';
import { chooseFolder, saveFilesToFolder, type OpenFolderDialog } from './folders';
import { fromAppFrame } from './ipc';
import { openPdfWindow } from './pdf-window';

// Names carry people's names in any script; what could leave the folder or trouble Windows is refused.
const fileName = z.string().refine(isSafeFileName);
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const label = z.string().min(1).max(200);

const saveRequest = z.strictObject({ fileName, bytes: base64, title: label, typeName: label });
const openPdfRequest = z.strictObject({ fileName: fileName.regex(/\.pdf$/i), bytes: base64, title: label });

/** Saving and printing files the app made: the renderer is sandboxed, so the dialogs and the disk are here. */
export function wireFiles(mainWindow: () => BrowserWindow | undefined): void {
  ipcMain.handle(IPC_SAVE_FILE, async (event, input: unknown): Promise<SaveFileOutcome> => {
    if (!fromAppFrame(event)) throw new Error('Call from an unknown frame');
    const request = saveRequest.parse(input);
    const window = mainWindow();
    const options = {
      title: request.title,
      defaultPath: join(app.getPath('documents'), request.fileName),
      filters: [{ name: request.typeName, extensions: [extname(request.fileName).slice(1)] }],
    };
    const chosen = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return { saved: false };
    await writeFile(chosen.filePath, Buffer.from(request.bytes, 'base64'));
    return { saved: true, path: chosen.filePath };
  });

  const folderDialog: OpenFolderDialog = (options) => {
    const window = mainWindow();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };

  ipcMain.handle(IPC_CHOOSE_FOLDER, (event, input: unknown): Promise<ChooseFolderOutcome> => {
    if (!fromAppFrame(event)) throw new Error('Call from an unknown frame');
    return chooseFolder(input, folderDialog);
  });

  ipcMain.handle(IPC_SAVE_FILES_TO_FOLDER, (event, input: unknown): Promise<SaveFilesToFolderOutcome> => {
    if (!fromAppFrame(event)) throw new Error('Call from an unknown frame');
    return saveFilesToFolder(input, folderDialog);
  });

  ipcMain.handle(IPC_OPEN_PDF, async (event, input: unknown): Promise<void> => {
    if (!fromAppFrame(event)) throw new Error('Call from an unknown frame');
    const request = openPdfRequest.parse(input);
    await openPdfWindow(mainWindow(), request.title, request.fileName, Buffer.from(request.bytes, 'base64'));
  });
}
