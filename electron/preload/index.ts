import { contextBridge, ipcRenderer } from 'electron';
import { IPC_INVOKE, isChannelName, type ImkonBridge } from '../../shared/contract';

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
};

contextBridge.exposeInMainWorld('imkon', bridge);
