/**
 * Local history: before a save replaces a post, its previous text is kept in `history/` in the app
 * data folder (never the posts folder), one folder per post, one file per version, then pruned.
 * Word counts and grades are worked out when the writer opens the history, not on the save path,
 * and remembered beside each version.
 */
import { mkdir, readFile, readdir, rename, rmdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { ApiError } from "../../shared/api/errors";
import type { PostHistoryEntry } from "../../shared/model/history";
import type { PostId, PostVersion } from "../../shared/model/post";
import { readabilityReport } from "../../shared/readability";
import { KeyedQueue } from "../app-data/keyed-queue";
import { postKey } from "../app-data/post-key";
import { writeFileAtomic } from "../library/atomic-write";
import { errnoCode } from "../library/file-errors";
import { type KeptVersion, versionsToPrune } from "./prune-history";

/** The history folder's name inside the app data folder. */
export const HISTORY_FOLDER_NAME = "history";

/** A version's file stem: when it was replaced, and the content version it had. */
const VERSION_ID = /^(\d{13})-([0-9a-f]{16})$/;

interface VersionStats {
  readonly words: number;
  readonly grade: number | null;
}

function isVersionStats(value: unknown): value is VersionStats {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.words === "number" && (v.grade === null || typeof v.grade === "number");
}

function statsOf(text: string): VersionStats {
  const report = readabilityReport(text);
  return { words: report.stats.words, grade: report.grade };
}

/** The earlier versions of posts, for any posts folder. */
export class HistoryStore {
  /** Absolute path of the history folder. */
  readonly folder: string;
  readonly #now: () => number;
  readonly #queue = new KeyedQueue();

  constructor(dataFolder: string, { now = Date.now }: { now?: () => number } = {}) {
    this.folder = path.join(path.resolve(dataFolder), HISTORY_FOLDER_NAME);
    this.#now = now;
  }

  #postFolder(postsFolder: string, id: PostId): string {
    return path.join(this.folder, postKey(postsFolder, id));
  }

  /** Keeps `text`, version `version` of post `id`, as it was just before a save replaced it, then prunes. */
  keep(postsFolder: string, id: PostId, text: string, version: PostVersion): Promise<void> {
    const folder = this.#postFolder(postsFolder, id);
    return this.#queue.run(folder, async () => {
      await mkdir(folder, { recursive: true });
      await writeFileAtomic(path.join(folder, `${this.#now()}-${version}.md`), text);
      const kept = await this.#versions(folder);
      for (const name of versionsToPrune(kept, this.#now())) {
        await unlink(path.join(folder, `${name}.md`)).catch(() => undefined);
        await unlink(path.join(folder, `${name}.json`)).catch(() => undefined);
      }
    });
  }

  /** Moves the history of a renamed post to its new id, beside any versions already kept under that id. */
  async rename(postsFolder: string, from: PostId, to: PostId): Promise<void> {
    const source = this.#postFolder(postsFolder, from);
    const target = this.#postFolder(postsFolder, to);
    let names: string[];
    try {
      names = await readdir(source);
    } catch (error) {
      if (errnoCode(error) === "ENOENT") return;
      throw error;
    }
    await mkdir(target, { recursive: true });
    for (const name of names) await rename(path.join(source, name), path.join(target, name));
    await rmdir(source);
  }

  /** The kept versions of post `id`, newest first, with their word counts and grades. */
  async list(postsFolder: string, id: PostId): Promise<PostHistoryEntry[]> {
    const folder = this.#postFolder(postsFolder, id);
    const versions = (await this.#versions(folder)).sort((a, b) => b.savedMs - a.savedMs);
    const entries: PostHistoryEntry[] = [];
    for (const version of versions) {
      const stats = await this.#stats(folder, version.name);
      if (stats !== null) entries.push({ versionId: version.name, savedMs: version.savedMs, ...stats });
    }
    return entries;
  }

  /** The text of one kept version; "not-found" once it has been pruned. */
  async read(postsFolder: string, id: PostId, versionId: string): Promise<string> {
    if (!VERSION_ID.test(versionId)) throw new ApiError("invalid-argument", `"${versionId}" names no version of a post.`);
    try {
      return await readFile(path.join(this.#postFolder(postsFolder, id), `${versionId}.md`), "utf8");
    } catch (error) {
      if (errnoCode(error) === "ENOENT") throw new ApiError("not-found", `That version of "${id}" is no longer kept.`);
      throw error;
    }
  }

  /** The versions in `folder` (none when it does not exist yet). */
  async #versions(folder: string): Promise<KeptVersion[]> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if (errnoCode(error) === "ENOENT") return [];
      throw error;
    }
    const versions: KeptVersion[] = [];
    for (const file of names) {
      const match = VERSION_ID.exec(file.replace(/\.md$/, ""));
      if (!file.endsWith(".md") || !match) continue;
      const info = await stat(path.join(folder, file)).catch(() => null);
      if (info) versions.push({ name: match[0], savedMs: Number(match[1]), bytes: info.size });
    }
    return versions;
  }

  /** Word count and grade of version `name`, from its remembered stats or worked out now; null when it is gone. */
  async #stats(folder: string, name: string): Promise<VersionStats | null> {
    const statsFile = path.join(folder, `${name}.json`);
    try {
      const remembered: unknown = JSON.parse(await readFile(statsFile, "utf8"));
      if (isVersionStats(remembered)) return remembered;
    } catch {
      // Not worked out yet (or unreadable): work it out below.
    }
    let text: string;
    try {
      text = await readFile(path.join(folder, `${name}.md`), "utf8");
    } catch {
      return null;
    }
    const stats = statsOf(text);
    await writeFileAtomic(statsFile, JSON.stringify(stats)).catch(() => undefined);
    return stats;
  }
}
