/**
 * The sandboxed preload: builds the API client from the contract's tables over IPC and exposes
 * it as `window.clearpost`. Nothing else reaches the page; no Node, no raw ipcRenderer.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import { IPC_CALL_CHANNEL, ipcEventChannel } from "../shared/api/channels";
import { buildApiClient } from "../shared/api/client";
import type { ApiResult } from "../shared/api/errors";

const api = buildApiClient({
  call: (method, args) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, args) as Promise<ApiResult<unknown>>,
  subscribe(event, listener) {
    const channel = ipcEventChannel(event);
    // Hand the page the payload only: the IPC event object would leak `sender`.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
});

contextBridge.exposeInMainWorld("clearpost", api);
