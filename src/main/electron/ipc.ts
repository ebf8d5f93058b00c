/**
 * Binds the contract to Electron IPC: one handler runs every call through the shared dispatch
 * (which validates arguments), after checking the message comes from our own window's top frame.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from "electron";
import { IPC_CALL_CHANNEL, ipcEventChannel } from "../../shared/api/channels";
import { type ClearpostApi, EVENT_NAMES } from "../../shared/api/contract";
import { dispatchCall } from "../../shared/api/dispatch";
import type { ApiResult } from "../../shared/api/errors";

/** Binds every call and forwards every event of `services` to `window`; returns the unbinding. */
export function bindApiToIpc(services: ClearpostApi, window: WebContents, isAppUrl: (url: string) => boolean): () => void {
  const isTrustedSender = (event: IpcMainInvokeEvent) =>
    event.sender === window && event.senderFrame === window.mainFrame && isAppUrl(event.senderFrame.url);

  ipcMain.handle(IPC_CALL_CHANNEL, async (event, method: unknown, args: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: "forbidden", message: "This request did not come from the Clearpost window." } };
    }
    return dispatchCall(services, method, args, (name, error) => console.error(`Clearpost: ${name} failed`, error));
  });

  const unsubscribers = EVENT_NAMES.map((name) =>
    (services[name] as (listener: (payload: unknown) => void) => () => void)((payload) => {
      if (!window.isDestroyed()) window.send(ipcEventChannel(name), payload);
    }),
  );

  return () => {
    ipcMain.removeHandler(IPC_CALL_CHANNEL);
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
