/** The transports the contract suite runs over, each on the real services and a fresh temp folder. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startClearpostServer } from "../../src/main/server/server";
import { type ClearpostServices, createClearpostServices } from "../../src/main/services/clearpost-services";
import { SettingsStore } from "../../src/main/settings/settings-store";
import { createHttpClient } from "../../src/renderer/src/api/http-client";
import { buildApiClient } from "../../src/shared/api/client";
import type { ClearpostApi } from "../../src/shared/api/contract";
import { dispatchCall } from "../../src/shared/api/dispatch";
import type { ContractSubject } from "./clearpost-api-contract";
import { FetchEventSource } from "./fetch-event-source";

const failTest = (method: string, error: unknown) => {
  throw new Error(`"${method}" failed inside the services`, { cause: error });
};

/** The services as `clearpost serve` creates them, on an empty posts folder in a temp home. */
async function startServices(): Promise<{ services: ClearpostServices; folder: string; home: string }> {
  const home = await mkdtemp(join(tmpdir(), "clearpost-contract-"));
  const folder = join(home, "posts");
  await mkdir(folder);
  const settings = new SettingsStore(join(home, "config", "settings.json"));
  const services = await createClearpostServices({ folder, settings, trash: "folder", pickFolder: null });
  return { services, folder, home };
}

/**
 * The services in this process through the shared dispatch (argument checks, errors as
 * ApiResults), as Electron's IPC binding runs them, without a wire.
 */
export async function inProcessSubject(): Promise<ContractSubject> {
  const { services, folder, home } = await startServices();
  const api: ClearpostApi = buildApiClient({
    call: (method, args) => dispatchCall(services, method, structuredClone(args), failTest),
    subscribe: (event, listener) => (services[event] as (l: (payload: unknown) => void) => () => void)(listener),
  });
  return {
    api,
    folder,
    async close() {
      await services.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** The services behind the real browser-mode server, reached by the renderer's HTTP client. */
export async function overHttpSubject(): Promise<ContractSubject> {
  const { services, folder, home } = await startServices();
  const rendererDir = join(home, "renderer");
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, "index.html"), "<!doctype html><title>Clearpost</title>");
  const server = await startClearpostServer({ services, rendererDir, port: 0 });
  // Node has no EventSource; the client finds this stand-in where a browser has its own.
  const globals = globalThis as { EventSource?: unknown };
  const browserEventSource = globals.EventSource;
  globals.EventSource = FetchEventSource;
  return {
    api: createHttpClient({ baseUrl: server.url, token: server.token }),
    folder,
    async close() {
      globals.EventSource = browserEventSource;
      await server.close();
      await services.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}
