/** `clearpost serve`: opens the posts folder, serves the app on 127.0.0.1 and runs until stopped. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { settingsFilePath } from "../app-paths";
import { ensurePostsFolder } from "../library/welcome";
import { startClearpostServer } from "../server";
import { createClearpostServices, resolveStartFolder } from "../services/clearpost-services";
import { SettingsStore } from "../settings/settings-store";

/** `clearpost serve`'s options, parsed, and where the built pages are. */
export interface ServeOptions {
  /** As typed after `--posts`, relative to the working folder; null for the usual folder. */
  readonly postsFolder: string | null;
  /** 0 for any free port. */
  readonly port: number;
  readonly rendererDir: string;
}

/** Resolves on the first Ctrl-C or `kill`, after which a second one stops the process at once. */
function untilStopSignal(): Promise<void> {
  return new Promise((stopped) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      stopped();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** Serves the app until SIGINT or SIGTERM, then closes the server and the posts folder. */
export async function serveInBrowser(options: ServeOptions): Promise<void> {
  if (!existsSync(join(options.rendererDir, "index.html"))) {
    throw new Error(`the app's pages are missing from ${options.rendererDir}. Run \`npm run build\` first.`);
  }
  const settings = new SettingsStore(settingsFilePath());
  const folder = await resolveStartFolder(settings, options.postsFolder ?? undefined);
  await ensurePostsFolder(folder);
  const services = await createClearpostServices({ folder, settings, trash: "folder", pickFolder: null });
  try {
    const server = await startClearpostServer({ services, rendererDir: options.rendererDir, port: options.port }).catch((error: unknown) => {
      const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
      throw inUse ? new Error(`port ${options.port} is already in use. Pick another with --port, or leave it out for any free port.`) : error;
    });
    console.log(`Clearpost running at ${server.pageUrl}`);
    await untilStopSignal();
    await server.close();
  } finally {
    await services.close();
  }
}
