/**
 * The Node-side implementation of the ClearpostApi: one PostLibrary for the current posts
 * folder, its watcher, and the settings. The Electron IPC binding and the browser-mode server
 * both serve this same object, so the two transports cannot drift apart.
 */
import path from "node:path";
import type { ClearpostApi, MenuCommand } from "../../shared/api/contract";
import { ApiError } from "../../shared/api/errors";
import type { PostsChangedEvent, Workspace } from "../../shared/model/post";
import { defaultPostsFolder } from "../app-paths";
import { BackupStore } from "../backup/backup-store";
import { backupFailure } from "../backup/backup-failure";
import { unsavedPosts } from "../backup/unsaved-posts";
import { savePostImage } from "../images/save-post-image";
import { HistoryStore } from "../history/history-store";
import { asFileAction } from "../library/file-errors";
import { PostLibrary, type StopWatching, type TrashItem, ensurePostsFolder, moveToFolderTrash, resolvePostPath } from "../library";
import { spellingLanguage } from "../../shared/model/spelling-language";
import type { SettingsStore } from "../settings/settings-store";
import { checkBeforePublishing } from "../export/pre-publish-check";
import { createExportCalls } from "./export-calls";
import { ListenerSet } from "./listener-set";
import { PostSearchService } from "./post-search-service";
import { PostStatisticsService } from "./post-statistics-service";
import { RelatedPostsService } from "./related-posts-service";
import { StatisticsGrader } from "./statistics-grader";

export { ensurePostsFolder } from "../library";
export { EXPORT_FOLDER_NAME } from "./export-calls";

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
  /** Asks the writer for the folder of an "Export all"; null in browser mode, where it is `export/` in the posts folder. */
  pickExportFolder?: (() => Promise<string | null>) | null;
  /** Sets the host's spellchecker to a language tag, or turns it off with null; absent in browser mode, where the browser follows the editor's `lang`. */
  spellIn?: ((language: string | null) => void) | null;
}

/** The API plus the host's ways to pass on a menu command and to stop watching when the app quits. */
export type ClearpostServices = ClearpostApi & { chooseMenuCommand(command: MenuCommand): void; close(): Promise<void> };

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
  const postsChanged = new ListenerSet<PostsChangedEvent>();
  const workspaceChanged = new ListenerSet<Workspace>();
  const menuCommands = new ListenerSet<MenuCommand>();
  // Backups and history live beside the settings file: the app data folder, never the posts folder.
  const backups = new BackupStore(path.dirname(settings.filePath));
  const history = new HistoryStore(path.dirname(settings.filePath));
  // One grading worker for every folder the window opens, started on the first post to grade.
  const grader = new StatisticsGrader();

  const openLibrary = async (folder: string) => {
    const library = new PostLibrary(folder, {
      trashItem: trashFor(trash, path.resolve(folder)),
      keepPrevious: (id, text, version) => history.keep(path.resolve(folder), id, text, version),
    });
    const stopWatching: StopWatching = await library.watch((event) => postsChanged.emit(event));
    return { library, stopWatching, related: new RelatedPostsService(library), search: new PostSearchService(library), statistics: new PostStatisticsService(library, grader) };
  };
  let current = await openLibrary(options.folder);
  let postLanguage: string | null = null;
  const updateSpelling = async () => options.spellIn?.(spellingLanguage((await settings.get()).spellcheckLanguage, postLanguage));
  await updateSpelling();

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
    ...createExportCalls({
      folder: () => current.library.folder,
      pickExportFile: options.pickExportFile ?? null,
      pickExportFolder: options.pickExportFolder ?? null,
      theme: async () => (await settings.get()).exportTheme,
    }),
    checkBeforePublishing: async (id) => checkBeforePublishing(current.library, id, (await settings.get()).readabilityTarget),
    relatedPosts: (id) => current.related.related(id),
    searchPosts: (request) => current.search.search(request),
    postStatistics: (ids) => current.statistics.statistics(ids),
    saveImage: (request) => savePostImage(current.library.folder, request),
    getSettings: () => settings.get(),
    updateSettings: async (patch) => {
      const updated = await settings.update(patch);
      if (patch.spellcheckLanguage !== undefined) await updateSpelling();
      return updated;
    },
    settingsFileProblem: () => settings.takeProblem(),
    setPostLanguage: async (lang) => {
      postLanguage = lang;
      await updateSpelling();
    },
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
    onDidChooseMenuCommand: (listener) => menuCommands.add(listener),
    chooseMenuCommand: (command) => menuCommands.emit(command),
    close: async () => {
      postsChanged.clear();
      workspaceChanged.clear();
      menuCommands.clear();
      await Promise.all([current.stopWatching(), grader.close()]);
    },
  };
}
