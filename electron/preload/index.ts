import { contextBridge, ipcRenderer } from 'electron';
import {
  IPC_CHOOSE_FOLDER,
  IPC_INVOKE,
  IPC_OPEN_PDF,
  IPC_SAVE_FILE,
  IPC_SAVE_FILES_TO_FOLDER,
  isChannelName,
  type ImkonBridge,
} from '../../shared/contract';

const bridge: ImkonBridge = {
  invoke: (channel, input) => {
    if (!isChannelName(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `No channel named ${JSON.stringify(channel)}` },
      });
    }
    return ipcRenderer.invoke(IPC_INVOKE, channel, input);
  },
  saveFile: (request) => ipcRenderer.invoke(IPC_SAVE_FILE, request),
  openPdf: (request) => ipcRenderer.invoke(IPC_OPEN_PDF, request),
  chooseFolder: (request) => ipcRenderer.invoke(IPC_CHOOSE_FOLDER, request),
  saveFilesToFolder: (request) => ipcRenderer.invoke(IPC_SAVE_FILES_TO_FOLDER, request),
};

contextBridge.exposeInMainWorld('imkon', bridge);
