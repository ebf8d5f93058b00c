/**
 * This window's API and image URLs: Electron's preload and asset scheme, else browser mode's HTTP
 * API and image route with the run's token. The entry imports this module before anything else,
 * so the startup calls go out before React and the editor's code are evaluated.
 */
import { type AssetUrlOf, electronAssetUrl, httpAssetUrl } from "../../../shared/api/assets";
import type { ClearpostApi } from "../../../shared/api/contract";
import { browserConnection } from "./browser-connection";
import { createHttpClient } from "./http-client";
import { sendStartupCalls } from "./startup-calls";

function pickTransport(): { readonly api: ClearpostApi; readonly assetUrl: AssetUrlOf } {
  if (window.clearpost) return { api: window.clearpost, assetUrl: electronAssetUrl };
  const connection = browserConnection();
  return { api: createHttpClient(connection), assetUrl: httpAssetUrl(connection.baseUrl, connection.token) };
}

const transport = pickTransport();

/** The window's one API, and the answers to the calls it sent at once. */
export const windowStartup = sendStartupCalls(transport.api);

/** How this window addresses a post's local images. */
export const windowAssetUrl: AssetUrlOf = transport.assetUrl;
