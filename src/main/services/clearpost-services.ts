/**
 * The Node-side implementation of the ClearpostApi: one PostLibrary for the current posts
 * folder, its watcher, and the settings. The Electron IPC binding and the browser-mode server
 * both serve this same object, so the two transports cannot drift apart.
 */
import path from "node:path";
import type { ClearpostApi } from "../../shared/api/contract";
import { ApiError } from "../../shared/api/errors";
import type { PostsChangedEvent, Workspace } from "../../shared/model/post";
import { fileStem } from "../../shared/post/fields";
import { defaultPostsFolder } from "../app-paths";
import { BackupStore } from "../backup/backup-store";
import { backupFailure } from "../backup/backup-failure";
import { unsavedPosts } from "../backup/unsaved-posts";
import { HistoryStore } from "../history/history-store";
import { exportPostToFile } from "../export/export-post-file";
import { asFileAction } from "../library/file-errors";
import { PostLibrary, type StopWatching, type TrashItem, ensurePostsFolder, moveToFolderTrash, resolvePostPath } from "../library";
import type { SettingsStore } from "../settings/settings-store";
import { ListenerSet } from "./listener-set";

export { ensurePostsFolder } from "../library";

/** Where deleted posts go: the host's own trash, or `'folder'` for `.trash/` inside the posts folder. */
export type TrashOption = { readonly kind: "system" | "folder"; trashItem(absolutePath: string): Promise<void> } | "folder";

/** What the host (Electron app or `clearpost serve`) provides. */
export interface ClearpostServicesOptions {
  /** Posts folder to open at start (already ensured). */
  folder: string;
  settings: SettingsStore;
  trash: TrashOption;
  /** Asks the writer for a folder; null in browser mode, where the folder is fixed when the server starts. */
  pickFolder: (() => Promise<string | null>) | null;
  /**
   * Asks the writer where to save an export (the system's save dialog, which asks before replacing
   * a file), suggesting `fileName`; null in browser mode, where exports go to `export/` in the posts folder.
   */
  pickExportFile?: ((fileName: string) => Promise<string | null>) | null;
}

/** Where browser mode writes exports: a folder of the posts folder (it holds no posts, so the list ignores it). */
export const EXPORT_FOLDER_NAME = "export";

/** The API plus the host's way to stop watching when the app quits. */
export type ClearpostServices = ClearpostApi & { close(): Promise<void> };

/** The folder to open at start: the one asked for, else the last one opened, else `Documents/Clearpost`. */
export async function resolveStartFolder(settings: SettingsStore, explicitFolder?: string): Promise<string> {
  if (explicitFolder !== undefined) return path.resolve(explicitFolder);
  return (await settings.postsFolder()) ?? (await defaultPostsFolder());
}

/** The trash for posts in `folder`. */
function trashFor(option: TrashOption, folder: string): TrashItem {
  return option === "folder" ? moveToFolderTrash(folder) : (absolutePath) => option.trashItem(absolutePath);
}

/** Creates the services over `options.folder` and starts watching it. */
export async function createClearpostServices(options: ClearpostServicesOptions): Promise<ClearpostServices> {
  const { settings, trash, pickFolder } = options;
  const pickExportFile = options.pickExportFile ?? null;
  const postsChanged = new ListenerSet<PostsChangedEvent>();
  const workspaceChanged = new ListenerSet<Workspace>();
  // Backups and history live beside the settings file: the app data folder, never the posts folder.
  const backups = new BackupStore(path.dirname(settings.filePath));
  const history = new HistoryStore(path.dirname(settings.filePath));

  const openLibrary = async (folder: string) => {
    const library = new PostLibrary(folder, {
      trashItem: trashFor(trash, path.resolve(folder)),
      keepPrevious: (id, text, version) => history.keep(path.resolve(folder), id, text, version),
    });
    const stopWatching: StopWatching = await library.watch((event) => postsChanged.emit(event));
    return { library, stopWatching };
  };
  let current = await openLibrary(options.folder);

  // Journal calls refuse the ids a save refuses: no backup for a post outside the folder.
  const checkedPostPath = (id: string) => asFileAction("save", id, () => resolvePostPath(current.library.folder, id));

  const workspace = (): Workspace => ({
    folder: current.library.folder,
    canOpenFolder: pickFolder !== null,
    trash: trash === "folder" ? "folder" : trash.kind,
  });

  return {
    getWorkspace: async () => workspace(),
    openFolder: async () => {
      if (pickFolder === null) {
        throw new ApiError("unsupported", "In browser mode the posts folder is chosen when the server starts: clearpost serve --posts DIR");
      }
      const picked = await pickFolder();
      if (picked === null) return null;
      const { folder } = await ensurePostsFolder(picked);
      const next = await openLibrary(folder);
      const previous = current;
      current = next;
      await previous.stopWatching();
      workspaceChanged.emit(workspace());
      // The folder is open either way; failing to remember it only means asking again next time.
      await settings.rememberPostsFolder(folder).catch((error: unknown) => console.warn("Clearpost: could not remember the posts folder", error));
      return workspace();
    },
    listPosts: () => current.library.list(),
    readPost: (id) => current.library.read(id),
    createPost: (title) => current.library.create(title),
    savePost: async ({ id, text, baseVersion, allowEmpty }) => {
      const { library } = current;
      const saved = await library.save(id, text, baseVersion, { allowEmpty: allowEmpty ?? false });
      // The text is on disk now; a backup left behind would only be offered back if it differs.
      await backups.remove(library.folder, id).catch((error: unknown) => console.warn("Clearpost: could not remove a backup", error));
      return saved;
    },
    renamePost: async (id, fileName) => {
      const { library } = current;
      const renamed = await library.rename(id, fileName);
      await backups.rename(library.folder, id, renamed.id).catch((error: unknown) => console.warn("Clearpost: could not move a backup", error));
      await history.rename(library.folder, id, renamed.id).catch((error: unknown) => console.warn("Clearpost: could not move a post's history", error));
      return renamed;
    },
    deletePost: async (id) => {
      const { library } = current;
      await library.delete(id);
      await backups.remove(library.folder, id).catch((error: unknown) => console.warn("Clearpost: could not remove a backup", error));
    },
    exportPost: async (id, { images, fragment }) => {
      const folder = current.library.folder;
      const fileName = `${fileStem(id)}${fragment ? ".fragment" : ""}.html`;
      const picked = pickExportFile ? await pickExportFile(fileName) : path.join(folder, EXPORT_FOLDER_NAME, fileName);
      if (picked === null) return { path: null, missingImages: [] };
      // The save dialog already asked before replacing a file; browser mode replaces only its own earlier exports.
      const overwrite = pickExportFile ? "always" : "exports-only";
      const written = await exportPostToFile({ folder, id, destination: picked, images, fragment, overwrite });
      return { path: written.path, missingImages: written.missing };
    },
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    backupPost: async ({ id, text, baseVersion }) => {
      await checkedPostPath(id);
      await backups.write(current.library.folder, id, { text, baseVersion }).catch((error: unknown) => backupFailure(error, id, backups.folder));
    },
    discardBackup: async (id) => {
      await checkedPostPath(id);
      await backups.remove(current.library.folder, id).catch((error: unknown) => backupFailure(error, id, backups.folder));
    },
    listBackups: () => unsavedPosts(backups, current.library),
    listHistory: async (id) => {
      await checkedPostPath(id);
      return history.list(current.library.folder, id);
    },
    readHistoryVersion: async (id, versionId) => {
      await checkedPostPath(id);
      return history.read(current.library.folder, id, versionId);
    },
    onDidChangePosts: (listener) => postsChanged.add(listener),
    onDidChangeWorkspace: (listener) => workspaceChanged.add(listener),
    close: async () => {
      postsChanged.clear();
      workspaceChanged.clear();
      await current.stopWatching();
    },
  };
}
