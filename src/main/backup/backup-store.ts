/**
 * Hot exit: the unsaved text of open posts, journaled to `backups/` in the app data folder (never
 * the posts folder) so a crash, a kill or a power cut loses at most the last second of typing.
 * One JSON file per post, written atomically, so a backup is always a whole earlier text.
 */
import { mkdir, readFile, readdir, unlink } from "node:fs/promises";
import path from "node:path";
import type { PostId, PostVersion } from "../../shared/model/post";
import { KeyedQueue } from "../app-data/keyed-queue";
import { postKey } from "../app-data/post-key";
import { writeFileAtomic } from "../library/atomic-write";
import { errnoCode } from "../library/file-errors";

/** The backups folder's name inside the app data folder. */
export const BACKUPS_FOLDER_NAME = "backups";

/** What the writer had typed and not yet saved. */
export interface UnsavedText {
  readonly text: string;
  /** The version on disk the text was based on, or null for a post whose file went away. */
  readonly baseVersion: PostVersion | null;
}

/** One journaled post, as stored. */
export interface StoredBackup extends UnsavedText {
  /** The posts folder (absolute) and the post's id in it. */
  readonly folder: string;
  readonly id: PostId;
  /** When the text was journaled, in milliseconds since the epoch. */
  readonly savedMs: number;
}

const BACKUP_FILE = /^[0-9a-f]{32}\.json$/;

function isStoredBackup(value: unknown): value is StoredBackup {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.folder === "string" && typeof v.id === "string" && typeof v.text === "string" && typeof v.savedMs === "number" && (v.baseVersion === null || typeof v.baseVersion === "string");
}

/** The backups of one app data folder, for any posts folder. */
export class BackupStore {
  /** Absolute path of the backups folder. */
  readonly folder: string;
  readonly #now: () => number;
  readonly #queue = new KeyedQueue();

  constructor(dataFolder: string, { now = Date.now }: { now?: () => number } = {}) {
    this.folder = path.join(path.resolve(dataFolder), BACKUPS_FOLDER_NAME);
    this.#now = now;
  }

  #file(postsFolder: string, id: PostId): string {
    return path.join(this.folder, `${postKey(postsFolder, id)}.json`);
  }

  /** Journals the unsaved text of post `id`, replacing its earlier backup. */
  write(postsFolder: string, id: PostId, unsaved: UnsavedText): Promise<void> {
    const file = this.#file(postsFolder, id);
    return this.#queue.run(file, async () => {
      const backup: StoredBackup = { folder: postsFolder, id, savedMs: this.#now(), ...unsaved };
      await mkdir(this.folder, { recursive: true });
      await writeFileAtomic(file, JSON.stringify(backup));
    });
  }

  /** Forgets the backup of post `id` (saved, or discarded by the writer); nothing to forget is fine. */
  remove(postsFolder: string, id: PostId): Promise<void> {
    const file = this.#file(postsFolder, id);
    return this.#queue.run(file, () => unlink(file).catch((error: unknown) => {
      if (errnoCode(error) !== "ENOENT") throw error;
    }));
  }

  /** Moves the backup of a renamed post to its new id. */
  async rename(postsFolder: string, from: PostId, to: PostId): Promise<void> {
    const backup = await this.#read(this.#file(postsFolder, from));
    if (backup === null) return;
    await this.write(postsFolder, to, { text: backup.text, baseVersion: backup.baseVersion });
    await this.remove(postsFolder, from);
  }

  /** The backups of posts in `postsFolder`, newest first; unreadable or foreign files are skipped. */
  async list(postsFolder: string): Promise<StoredBackup[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if (errnoCode(error) === "ENOENT") return [];
      throw error;
    }
    const backups = await Promise.all(names.filter((name) => BACKUP_FILE.test(name)).map((name) => this.#read(path.join(this.folder, name))));
    return backups.filter((backup): backup is StoredBackup => backup !== null && backup.folder === postsFolder).sort((a, b) => b.savedMs - a.savedMs);
  }

  /** The backup in `file`, or null when there is none or it is not ours. */
  async #read(file: string): Promise<StoredBackup | null> {
    try {
      const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
      return isStoredBackup(parsed) ? parsed : null;
    } catch {
      return null; // gone meanwhile, or not a backup: never a reason to stop listing the others
    }
  }
}
