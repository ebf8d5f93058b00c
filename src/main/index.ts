/**
 * Electron composition root: registers our scheme, opens the posts folder, creates the secure
 * window and binds the API to it. Everything it wires is plain Node code tested without Electron.
 */
import { join } from "node:path";
import { app, type BrowserWindow, dialog, session } from "electron";
import { ApiError } from "../shared/api/errors";
import { isSameAppLocation } from "./electron/app-location";
import { APP_ORIGIN, registerAppScheme, serveRendererOverAppScheme } from "./electron/app-protocol";
import { ASSET_SCHEME_PRIVILEGES, servePostAssetsOverScheme } from "./electron/asset-protocol";
import { pickExportFile, pickExportFolder } from "./electron/export-dialog";
import { pickPostsFolder } from "./electron/folder-dialog";
import { spellcheckerFor } from "./electron/spellchecker";
import { installContextMenu } from "./electron/context-menu";
import { bindApiToIpc } from "./electron/ipc";
import { createMainWindow } from "./electron/main-window";
import { installAppMenu } from "./electron/menu";
import { systemTrash } from "./electron/trash";
import { installWebGuards } from "./electron/web-guards";
import { ensurePostsFolder } from "./library/welcome";
import { createClearpostServices, resolveStartFolder } from "./services/clearpost-services";
import { SettingsStore } from "./settings/settings-store";

registerAppScheme([ASSET_SCHEME_PRIVILEGES]);
app.enableSandbox();

/** The dev server while developing (`electron-vite dev`), our own scheme in every other run. */
function rendererUrl(): string {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  return !app.isPackaged && devUrl ? devUrl : `${APP_ORIGIN}/index.html`;
}

async function start(): Promise<void> {
  const url = rendererUrl();
  const isAppUrl = isSameAppLocation(url);

  serveRendererOverAppScheme(join(__dirname, "../renderer"));
  installWebGuards(session.defaultSession, isAppUrl);

  const settings = new SettingsStore(join(app.getPath("userData"), "settings.json"));
  const folder = await resolveStartFolder(settings);
  await ensurePostsFolder(folder);

  let window: BrowserWindow | null = null;
  const services = await createClearpostServices({
    folder,
    settings,
    trash: systemTrash,
    pickFolder: () => (window ? pickPostsFolder(window) : Promise.resolve(null)),
    pickExportFile: (fileName) => (window ? pickExportFile(window, fileName) : Promise.resolve(null)),
    pickExportFolder: () => (window ? pickExportFolder(window) : Promise.resolve(null)),
    spellIn: spellcheckerFor(session.defaultSession),
  });

  servePostAssetsOverScheme(async () => (await services.getWorkspace()).folder);
  window = createMainWindow({ url });
  installContextMenu(window);
  const unbind = bindApiToIpc(services, window.webContents, isAppUrl);
  installAppMenu({
    openFolder: () => {
      services.openFolder().catch((error: unknown) => {
        const message = error instanceof ApiError ? error.message : "Clearpost could not open that folder.";
        dialog.showErrorBox("Open Folder", message);
      });
    },
    runInWindow: (command) => services.chooseMenuCommand(command),
  });

  window.on("closed", () => {
    window = null;
    unbind();
    void services.close().finally(() => app.quit());
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox("Clearpost could not start", error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
