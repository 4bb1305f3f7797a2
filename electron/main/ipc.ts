import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Backend } from '../backend';
import { IPC_INVOKE, type Result } from '../../shared/contract';
import { paths } from './paths';
import { isTrustedSender } from './security';

/** Every call must come from the main frame of the app's own page; anything else is refused. */
export function fromAppFrame(event: IpcMainInvokeEvent): boolean {
  return isTrustedSender(event.senderFrame, event.sender.mainFrame, paths.rendererIndexUrl);
}

export function wireIpc(backend: Backend): void {
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!fromAppFrame(event)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Call from an unknown frame' },
      });
    }
    return backend.handle(channel, input);
  });
}
