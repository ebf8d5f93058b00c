/** The renderer's entry: picks the API transport (Electron preload or browser mode's HTTP) and mounts the app. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiProvider } from "./api/api-context";
import { browserConnection } from "./api/browser-connection";
import { createHttpClient } from "./api/http-client";
import { type AssetUrlOf, electronAssetUrl, httpAssetUrl } from "../../shared/api/assets";
import type { ClearpostApi } from "../../shared/api/contract";
import { App } from "./app/App";
import { CommandRegistryProvider } from "./commands/command-context";
import { CommandRegistry } from "./commands/command-registry";
import { AssetUrlProvider } from "./features/preview-pane/asset-urls";
import "./styles/index.css";

/** Electron's preload and asset scheme, else browser mode's HTTP API and image route with the run's token. */
function pickTransport(): { readonly api: ClearpostApi; readonly assetUrl: AssetUrlOf } {
  if (window.clearpost) return { api: window.clearpost, assetUrl: electronAssetUrl };
  const connection = browserConnection();
  return { api: createHttpClient(connection), assetUrl: httpAssetUrl(connection.baseUrl, connection.token) };
}

const { api, assetUrl } = pickTransport();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api}>
      <AssetUrlProvider assetUrl={assetUrl}>
        <CommandRegistryProvider registry={new CommandRegistry()}>
          <App />
        </CommandRegistryProvider>
      </AssetUrlProvider>
    </ApiProvider>
  </StrictMode>,
);
