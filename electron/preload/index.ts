import { contextBridge, ipcRenderer } from 'electron';
import {
  IPC_INVOKE,
  IPC_OPEN_PDF,
  IPC_SAVE_FILE,
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
};

contextBridge.exposeInMainWorld('imkon', bridge);
