/** Globals the renderer can rely on: the preload's API in Electron (absent in browser mode). */
import type { ClearpostApi } from "../../shared/api/contract";

declare global {
  interface Window {
    /** Exposed by the Electron preload; undefined when the renderer runs in a browser. */
    clearpost?: ClearpostApi;
    /** Exposed by the Electron preload: where a dropped file lives on disk (a browser never tells). */
    clearpostFiles?: { pathForFile(file: File): string };
  }
}

export {};
