/** Real services over a temp posts folder and a temp app data folder, closed after each test. */
import path from "node:path";
import { afterEach } from "vitest";
import { type ClearpostServices, createClearpostServices } from "../../../src/main/services/clearpost-services";
import { SettingsStore } from "../../../src/main/settings/settings-store";
import { useTempFolders } from "./temp-folder";

/** What a test gets: the services and the two folders they work in. */
export interface TestServices {
  readonly services: ClearpostServices;
  readonly folder: string;
  readonly appData: string;
}

/** Returns a function that starts services, over new temp folders or given ones (to restart after a "crash"). */
export function useTestServices(): (folders?: { folder: string; appData: string }) => Promise<TestServices> {
  const tempFolder = useTempFolders();
  const open: ClearpostServices[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((services) => services.close()));
  });
  return async (folders) => {
    const folder = folders?.folder ?? (await tempFolder());
    const appData = folders?.appData ?? (await tempFolder());
    const settings = new SettingsStore(path.join(appData, "settings.json"));
    const services = await createClearpostServices({ folder, settings, trash: "folder", pickFolder: null });
    open.push(services);
    return { services, folder, appData };
  };
}
