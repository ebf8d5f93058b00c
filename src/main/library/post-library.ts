/**
 * PostLibrary: the posts of one folder on disk. Every path from the UI is checked to stay inside
 * the folder, saves are atomic and refuse to overwrite changes made elsewhere, and every failure
 * reaches the caller as an ApiError a writer understands. Plain Node: no Electron here.
 */
import { statSync } from "node:fs";
import { stat, writeFile } from "node:fs/promises";
import { setImmediate as nextTurn } from "node:timers/promises";
import path from "node:path";
import type { CreatedPost, SavePostResult } from "../../shared/api/contract";
import { ApiError } from "../../shared/api/errors";
import type { PostDocument, PostId, PostSummary, PostVersion } from "../../shared/model/post";
import { slugify } from "../../shared/post/slug";
import { comparePostsNewestFirst, summarizePost } from "../../shared/post/summary";
import { removeLeftoverTempFiles, writeFileAtomic } from "./atomic-write";
import { versionOfBytes } from "./content-version";
import type { DecodedPost } from "./decode";
import { asFileAction, errnoCode, fileErrorToApiError, throwFileError } from "./file-errors";
import { findPostFiles } from "./find-posts";
import { moveWithoutOverwriting } from "./move-without-overwriting";
import { type PostFile, readPostFile, readPostText } from "./post-file";
import { postFileName, postIdFromPath, resolvePostPath } from "./post-paths";
import { newPostTextFor } from "./post-template";
import type { TrashItem } from "./trash";
import { type PostsChangeListener, type StopWatching, watchPosts } from "./watch";

/** What a PostLibrary needs from its host. */
export interface PostLibraryOptions {
  /** Moves a deleted post somewhere the writer can get it back from (see trash.ts). */
  readonly trashItem: TrashItem;
  /** The clock for new posts' dates; tests pass a fixed one. */
  readonly now?: () => Date;
  /** Keeps a post's text just before a save replaces it (local history); a failure there never stops the save. */
  readonly keepPrevious?: (id: PostId, text: string, version: PostVersion) => Promise<void>;
}

/** Posts listed between turns of the event loop: reads are synchronous (post-file.ts), so a slice keeps other work waiting only a few ms. */
const LIST_SLICE_SIZE = 48;

type ListEntries = Map<string, { readonly stamp: string; readonly summary: PostSummary }>;

/** What tells a file changed since it was listed: its modification time, change time and size. */
function stampOf(stats: { readonly mtimeMs: number; readonly ctimeMs: number; readonly size: number }): string {
  return `${stats.mtimeMs}:${stats.ctimeMs}:${stats.size}`;
}

/** The list entry of a post read from disk: one that cannot be saved says why. */
function summaryOf(id: PostId, file: DecodedPost, modifiedMs: number): PostSummary {
  return summarizePost(id, file.text, modifiedMs, file.readOnly?.message ?? null);
}

function documentOf(id: PostId, file: PostFile): PostDocument {
  return { id, text: file.text, version: file.version, summary: summaryOf(id, file, file.modifiedMs), readOnly: file.readOnly };
}

/** The post file at `absolutePath`, or null when there is none. */
async function readIfExists(absolutePath: string): Promise<PostFile | null> {
  try {
    return await readPostFile(absolutePath);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return null;
    throw error;
  }
}

/** The posts of one folder. */
export class PostLibrary {
  /** Absolute path of the posts folder. */
  readonly folder: string;
  readonly #trashItem: TrashItem;
  readonly #now: () => Date;
  readonly #keepPrevious: PostLibraryOptions["keepPrevious"];
  /** Changes run one at a time, so two saves of one post cannot both pass the version check. */
  #changes: Promise<unknown> = Promise.resolve();
  /** The last list's entries by file, with the file's stamp when it was read: a file whose stamp is unchanged is not read again. */
  #listed: ListEntries = new Map();

  constructor(folder: string, options: PostLibraryOptions) {
    this.folder = path.resolve(folder);
    this.#trashItem = options.trashItem;
    this.#now = options.now ?? (() => new Date());
    this.#keepPrevious = options.keepPrevious;
  }

  #oneAtATime<T>(change: () => Promise<T>): Promise<T> {
    const result = this.#changes.then(change);
    this.#changes = result.catch(() => undefined);
    return result;
  }

  /** Every post in the folder and its subfolders (hidden folders skipped), newest first. */
  async list(): Promise<PostSummary[]> {
    const files = await asFileAction("list", this.folder, () => findPostFiles(this.folder));
    const summaries: PostSummary[] = [];
    const listed: ListEntries = new Map();
    for (let start = 0; start < files.length; start += LIST_SLICE_SIZE) {
      if (start > 0) await nextTurn();
      for (const file of files.slice(start, start + LIST_SLICE_SIZE)) {
        const summary = this.#summarizeForList(file, listed);
        if (summary !== null) summaries.push(summary);
      }
    }
    this.#listed = listed;
    return summaries.sort(comparePostsNewestFirst);
  }

  /**
   * A list entry, reused from the last list when the file's stamp is the same (a stat instead of
   * a read); a post that cannot be read is listed with the reason, one deleted meanwhile is left
   * out. Entries read afresh go into `listed`.
   */
  #summarizeForList(absolutePath: string, listed: ListEntries): PostSummary | null {
    const id = postIdFromPath(this.folder, absolutePath);
    try {
      const known = this.#listed.get(absolutePath);
      if (known !== undefined && known.stamp === stampOf(statSync(absolutePath))) {
        listed.set(absolutePath, known);
        return known.summary;
      }
      const file = readPostText(absolutePath);
      const summary = summaryOf(id, file, file.stats.mtimeMs);
      // The stamp is taken before the read: a change during the read makes the next list read again.
      if (file.readOnly === null) listed.set(absolutePath, { stamp: stampOf(file.stats), summary });
      return summary;
    } catch (error) {
      if (errnoCode(error) === "ENOENT") return null;
      const problem = fileErrorToApiError(error, "open", id);
      if (problem === null) throw error;
      return summarizePost(id, "", 0, problem.message);
    }
  }

  /** Opens a post; one Clearpost cannot save back faithfully opens read-only, saying why. */
  async read(id: PostId): Promise<PostDocument> {
    return asFileAction("open", id, async () => documentOf(id, await readPostFile(await resolvePostPath(this.folder, id))));
  }

  /** A post's text and why it is read-only, without the summary and version an open needs (find in posts reads every post). */
  async readText(id: PostId): Promise<DecodedPost> {
    return asFileAction("open", id, async () => readPostText(await resolvePostPath(this.folder, id)));
  }

  /**
   * Creates `slug-of-title.md` at the folder's root from the writer's template or the usual front
   * matter (see post-template.ts), picking `-2`, `-3` … rather than overwriting a post.
   */
  async create(title: string): Promise<CreatedPost> {
    const slug = slugify(title);
    const { text, templateProblem } = await newPostTextFor(this.folder, title, this.#now());
    return this.#oneAtATime(async () => {
      for (let n = 1; ; n++) {
        const id = n === 1 ? `${slug}.md` : `${slug}-${n}.md`;
        try {
          await writeFile(await resolvePostPath(this.folder, id), text, { flag: "wx" });
          return { ...(await this.read(id)), templateProblem };
        } catch (error) {
          if (errnoCode(error) !== "EEXIST") throwFileError(error, "create", id);
        }
      }
    });
  }

  /**
   * Writes `text` (as UTF-8, line endings untouched) over post `id` atomically. With a
   * `baseVersion`, refuses with "conflict" when the post on disk is no longer that version;
   * refuses with "would-empty" to replace a non-empty post with nothing unless `allowEmpty`.
   */
  async save(id: PostId, text: string, baseVersion: PostVersion | null, { allowEmpty = false }: { allowEmpty?: boolean } = {}): Promise<SavePostResult> {
    return this.#oneAtATime(() =>
      asFileAction("save", id, async () => {
        const absolutePath = await resolvePostPath(this.folder, id);
        const onDisk = await readIfExists(absolutePath);
        if (onDisk?.readOnly) throw new ApiError("read-only", `"${id}" is open read-only and cannot be saved. ${onDisk.readOnly.message}`);
        if (baseVersion !== null && onDisk === null) {
          throw new ApiError("conflict", `"${id}" was deleted or moved outside Clearpost since you opened it. Keep your version to save it again.`);
        }
        if (baseVersion !== null && onDisk !== null && onDisk.version !== baseVersion) {
          throw new ApiError("conflict", `"${id}" was changed outside Clearpost since you opened it. Reload it to see those changes, or keep your version to overwrite them.`);
        }
        // An empty save over words is what a crash or a bug looks like; only the writer's say-so allows it.
        if (text === "" && !allowEmpty && onDisk !== null && onDisk.text !== "") {
          throw new ApiError("would-empty", `Saving now would leave "${id}" empty. Clearpost keeps the words on disk until you confirm that the post should be empty.`);
        }
        if (onDisk !== null && onDisk.text !== text && onDisk.text !== "") {
          await this.#keepPrevious?.(id, onDisk.text, onDisk.version).catch((error: unknown) => console.warn(`Clearpost: could not keep the previous version of "${id}"`, error));
        }
        const bytes = Buffer.from(text, "utf8");
        await writeFileAtomic(absolutePath, bytes);
        await removeLeftoverTempFiles(absolutePath).catch((error: unknown) => console.warn(`Clearpost: could not tidy old temp files of "${id}"`, error));
        const { mtimeMs } = await stat(absolutePath);
        return { version: versionOfBytes(bytes), summary: summarizePost(id, text, mtimeMs) };
      }),
    );
  }

  /** Renames post `id` within its folder to `fileName` (`.md` added when missing); never replaces another post. */
  async rename(id: PostId, fileName: string): Promise<PostSummary> {
    const name = postFileName(fileName);
    const slash = id.lastIndexOf("/");
    const newId = `${id.slice(0, slash + 1)}${name}`;
    return this.#oneAtATime(async () => {
      const from = await asFileAction("rename", id, () => resolvePostPath(this.folder, id));
      const to = await asFileAction("rename", newId, () => resolvePostPath(this.folder, newId));
      if (newId !== id) {
        await asFileAction("rename", id, () => stat(from));
        await asFileAction("rename", newId, () => moveWithoutOverwriting(from, to));
      }
      return (await this.read(newId)).summary;
    });
  }

  /** Moves post `id` to the trash. */
  async delete(id: PostId): Promise<void> {
    return this.#oneAtATime(() =>
      asFileAction("delete", id, async () => {
        const absolutePath = await resolvePostPath(this.folder, id);
        await stat(absolutePath); // a missing post gets "not found", not whatever the trash says
        await this.#trashItem(absolutePath).catch((error: unknown) => {
          // The host's trash (Electron's shell.trashItem) fails with plain Errors: the machine's problem, not a bug.
          throw fileErrorToApiError(error, "delete", id) ?? new ApiError("io", `Clearpost could not move "${id}" to the trash. ${error instanceof Error ? error.message : ""}`.trim());
        });
      }),
    );
  }

  /** Reports posts added, changed and removed on disk until the returned function is called. */
  watch(listener: PostsChangeListener): Promise<StopWatching> {
    return watchPosts(this.folder, listener);
  }
}
