/**
 * Reports posts added, changed or removed on disk, by Clearpost or behind its back (another
 * editor, a sync app, git). Each event carries the version now on disk, so the UI can tell its
 * own saves (same version it got back from save) from changes it must reload.
 */
import path from "node:path";
import { watch } from "chokidar";
import type { Stats } from "node:fs";
import type { PostsChangedEvent } from "../../shared/model/post";
import { versionOfFile } from "./content-version";
import { isMarkdownFileName, isSkippedName, postIdFromPath } from "./post-paths";

/** Receives one change to the posts folder. */
export type PostsChangeListener = (event: PostsChangedEvent) => void;

/** Stops watching and releases the watcher's resources. */
export type StopWatching = () => Promise<void>;

/** How long a file must stay the same size before it counts as written (chokidar's awaitWriteFinish). */
const WRITE_SETTLE_MS = 100;

/** Skips hidden names (which covers our own temp files) and files that are not posts; folders stay watched. */
function isIgnored(folder: string, file: string, stats?: Stats): boolean {
  const relative = path.relative(folder, file);
  if (relative === "") return false;
  if (relative.split(path.sep).some(isSkippedName)) return true;
  return stats?.isFile() === true && !isMarkdownFileName(file);
}

/**
 * Watches `folder` and calls `listener` for each post that appears, changes or disappears.
 * Resolves once the watcher is ready, so changes made after that are reported.
 */
export async function watchPosts(folder: string, listener: PostsChangeListener): Promise<StopWatching> {
  const watcher = watch(folder, {
    ignoreInitial: true,
    // Like the posts list, never follow a link out of the folder.
    followSymlinks: false,
    ignored: (file, stats) => isIgnored(folder, file, stats),
    awaitWriteFinish: { stabilityThreshold: WRITE_SETTLE_MS, pollInterval: 25 },
  });
  // Versions are read asynchronously; a queue keeps events in the order the disk saw them.
  let queue = Promise.resolve();
  const report = (kind: PostsChangedEvent["kind"], file: string) => {
    if (!isMarkdownFileName(file)) return;
    queue = queue.then(async () => {
      const id = postIdFromPath(folder, file);
      if (kind === "removed") return listener({ kind, id, version: null });
      // Gone again before we could read it: its "removed" event follows.
      const version = await versionOfFile(file).catch(() => null);
      if (version !== null) listener({ kind, id, version });
    }).catch((error: unknown) => console.warn("Clearpost: a posts listener failed", error));
  };
  watcher.on("add", (file) => report("added", file));
  watcher.on("change", (file) => report("changed", file));
  watcher.on("unlink", (file) => report("removed", file));
  watcher.on("error", (error) => console.warn(`Clearpost: watching "${folder}" failed`, error));
  await new Promise<void>((resolve) => watcher.once("ready", resolve));
  return async () => {
    await watcher.close();
    await queue;
  };
}
