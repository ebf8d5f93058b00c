/** The renderer's entry: mounts the app on this window's API (Electron preload or browser mode's HTTP). */
// First, so the startup calls are sent before the rest of the renderer is evaluated.
import { windowAssetUrl, windowStartup } from "./api/window-api";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiProvider } from "./api/api-context";
import { App } from "./app/App";
import { CommandRegistryProvider } from "./commands/command-context";
import { CommandRegistry } from "./commands/command-registry";
import { AssetUrlProvider } from "./features/preview-pane/asset-urls";
import "./styles/index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// The first render shows the posts list: its answers were asked for while this code loaded.
void windowStartup.answers.then((startup) =>
  createRoot(root).render(
    <StrictMode>
      <ApiProvider api={windowStartup.api}>
        <AssetUrlProvider assetUrl={windowAssetUrl}>
          <CommandRegistryProvider registry={new CommandRegistry()}>
            <App startup={startup} />
          </CommandRegistryProvider>
        </AssetUrlProvider>
      </ApiProvider>
    </StrictMode>,
  ),
);
