/** Starts the built `clearpost serve` on a temporary posts folder, as a writer would, and stops it after. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export interface ServedPosts {
  /** The URL the command printed, token included. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly folder: string;
  /** The app data folder (`$XDG_CONFIG_HOME/Clearpost`): settings, backups, history. */
  readonly appData: string;
  stop(): Promise<void>;
  /** Stops the server as a writer quitting would and starts a new one over the same posts and app data. */
  restart(): Promise<ServedPosts>;
  /** Kills the server with SIGKILL, as a crash would, and starts a new one over the same posts and app data. */
  crashAndRestart(): Promise<ServedPosts>;
}

const READY = /Clearpost running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

/** Runs `node bin/clearpost.cjs serve --posts <temp>/<folderName> --port 0` and waits for its URL. */
export async function servePosts(folderName = "posts"): Promise<ServedPosts> {
  const home = await mkdtemp(join(tmpdir(), "clearpost-e2e-"));
  // A separate config home keeps the writer's real settings untouched.
  const configHome = await mkdtemp(join(tmpdir(), "clearpost-config-"));
  // A folder that does not exist yet: the first run creates it with the welcome post.
  return serveFolder(home, join(home, folderName), configHome);
}

/** Serves `folder` with its app data in `configHome`; stopping removes both homes. */
async function serveFolder(home: string, folder: string, configHome: string): Promise<ServedPosts> {
  const child = spawn(process.execPath, [resolve("bin/clearpost.cjs"), "serve", "--posts", folder, "--port", "0"], {
    env: { ...process.env, XDG_CONFIG_HOME: configHome, APPDATA: configHome },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await waitForUrl(child);
  const parsed = new URL(url);
  const exited = () => new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done(null) : child.once("exit", done)));
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get("token") ?? "",
    folder,
    appData: join(configHome, "Clearpost"),
    async stop() {
      child.kill("SIGTERM");
      await exited();
      await rm(home, { recursive: true, force: true });
      await rm(configHome, { recursive: true, force: true });
    },
    async restart() {
      child.kill("SIGTERM");
      await exited();
      return serveFolder(home, folder, configHome);
    },
    async crashAndRestart() {
      child.kill("SIGKILL");
      await exited();
      return serveFolder(home, folder, configHome);
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`clearpost serve printed no URL:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`clearpost serve exited with ${code}:\n${output}`));
    });
  });
}
