/**
 * Writes a file so that a crash, a full disk or a power cut leaves either the old bytes or the
 * new ones, never half of each: temp file beside it, fsync, rename over, fsync the folder.
 */
import { randomBytes } from "node:crypto";
import { type FileHandle, chmod, open, readdir, realpath, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { errnoCode } from "./file-errors";

/** Temp files start with a dot so the posts list and the watcher skip them like any hidden file. */
function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.clearpost-${randomBytes(6).toString("hex")}.tmp`);
}

/** True for a temp file name that tempPathFor gives for a file named `base`. */
function isTempNameFor(name: string, base: string): boolean {
  const prefix = `.${base}.clearpost-`;
  return name.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length));
}

/** A save takes seconds at most: a temp file this old belongs to a save that was killed, not one under way. */
export const LEFTOVER_TEMP_AGE_MS = 60 * 60 * 1000;

/**
 * Removes the temp files that killed saves of `target` left beside it: hidden, so never shown as
 * posts, but each as large as the post. Returns how many were removed.
 */
export async function removeLeftoverTempFiles(target: string, now: number = Date.now()): Promise<number> {
  const folder = path.dirname(target);
  let removed = 0;
  for (const name of await readdir(folder)) {
    if (!isTempNameFor(name, path.basename(target))) continue;
    const file = path.join(folder, name);
    const info = await stat(file).catch(() => null);
    if (info === null || now - info.mtimeMs < LEFTOVER_TEMP_AGE_MS) continue;
    await unlink(file).catch(() => undefined);
    removed++;
  }
  return removed;
}

/** The file a write should replace: a symlinked post keeps its link and gets its target rewritten. */
async function resolveTarget(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return target;
    throw error;
  }
}

/** The permission bits of an existing file, or null when there is none yet. */
async function existingMode(target: string): Promise<number | null> {
  try {
    return (await stat(target)).mode & 0o7777;
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return null;
    throw error;
  }
}

/** Flushes a folder's entries (the rename) to disk; some platforms refuse to open or sync folders, which is fine there. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, "r");
    await handle.sync();
  } catch (error) {
    if (!["EISDIR", "EPERM", "EACCES", "EINVAL", "EBADF", "ENOTSUP"].includes(errnoCode(error) ?? "")) throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `target` with `data` atomically, keeping the file's permission bits. On failure the
 * old file is untouched, the temp file is removed and the error is rethrown.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const destination = await resolveTarget(target);
  const mode = await existingMode(destination);
  const temp = tempPathFor(destination);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, "wx", mode ?? 0o666);
    await handle.writeFile(data, typeof data === "string" ? "utf8" : undefined);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // open() applies the umask; the replaced file's exact bits matter more.
    if (mode !== null) await chmod(temp, mode);
    await rename(temp, destination);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(destination));
}
