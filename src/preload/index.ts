/**
 * The sandboxed preload: builds the API client from the contract's tables over IPC and exposes
 * it as `window.clearpost`, plus `window.clearpostFiles.pathForFile` so a post dropped on the
 * window can be opened. Nothing else reaches the page; no Node, no raw ipcRenderer.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent, webUtils } from "electron";
import { IPC_CALL_CHANNEL, ipcEventChannel } from "../shared/api/channels";
import { buildApiClient } from "../shared/api/client";
import type { ApiErrorData, ApiResult } from "../shared/api/errors";

/** contextBridge keeps only the message of an Error (electron/electron#25596), so failures cross as plain `{code, message}`. */
const rejectWithPlainData = (error: ApiErrorData) => ({ code: error.code, message: error.message });

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
}, rejectWithPlainData);

contextBridge.exposeInMainWorld("clearpost", api);
// Files lost their `path` in Electron 32; webUtils is the way to learn where a dropped file lives.
contextBridge.exposeInMainWorld("clearpostFiles", { pathForFile: (file: Parameters<typeof webUtils.getPathForFile>[0]) => webUtils.getPathForFile(file) });
