/**
 * The one contract between the UI and the machine. Electron's IPC binding, the preload client,
 * the browser-mode HTTP server and its client are all built from the tables below, so a method
 * added here is either bound everywhere or the compiler complains.
 */
import type { PublishProblem } from "../export/pre-publish";
import type {
  PostDocument,
  PostId,
  PostSummary,
  PostVersion,
  PostsChangedEvent,
  Settings,
  Workspace,
} from "../model/post";
import type { PostHistoryEntry } from "../model/history";
import { isValidSetting, type SettingsFileProblem } from "../model/settings";
import type { BackupPostRequest, UnsavedPost } from "../model/unsaved";
import type { PostSearchRequest } from "../search/search-pattern";
import type { PostSearchResult } from "../search/search-result";
import type { WindowCommandId } from "../commands";

/** Arguments of a save: the text, and the version it was based on so changes on disk are never overwritten silently. */
export interface SavePostRequest {
  readonly id: PostId;
  readonly text: string;
  /** The version the editor loaded or last saved; null to write regardless (the writer chose "keep mine"). */
  readonly baseVersion: PostVersion | null;
  /** The writer confirmed that emptying the post is what they want; without it an empty text never replaces a non-empty post. */
  readonly allowEmpty?: boolean;
}

/** What a save returns: the new version on disk. */
export interface SavePostResult {
  readonly version: PostVersion;
  readonly summary: PostSummary;
}

/** A new post, and why the writer's template for new posts was not used (null when it was, or there is none). */
export interface CreatedPost extends PostDocument {
  readonly templateProblem: string | null;
}

/** How to export a post as HTML. */
export interface ExportPostRequest {
  /** "inline": images as data URIs in the one file (the default); "folder": copied into `<name>_files/` beside it. */
  readonly images: "inline" | "folder";
  /** Only the body's HTML (for pasting into a blog engine) instead of a whole page. */
  readonly fragment: boolean;
}

/** What an export wrote. */
export interface ExportPostResult {
  /** The file written (absolute), or null when the writer cancelled the save dialog. */
  readonly path: string | null;
  /** Local image sources that name no image in the posts folder: left as written, they will not show. */
  readonly missingImages: readonly string[];
}

export type { PublishProblem } from "../export/pre-publish";
export type { PostSearchRequest } from "../search/search-pattern";
export type { PostSearchHit, PostSearchResult, SkippedPost } from "../search/search-result";
export type { PostSearchMatch } from "../search/find-matches";

/** A post like another by content, for the Keywords panel's "Related posts". */
export interface RelatedPostSummary {
  readonly id: PostId;
  readonly title: string;
  /** Cosine similarity of the two posts' TF-IDF vectors, 0 to 1. */
  readonly similarity: number;
}

/** How long and how hard a post is, for the posts list. */
export interface PostStatistics {
  readonly id: PostId;
  /** Words a reader reads (as the status bar counts them). */
  readonly words: number;
  /** The readability panel's headline grade, to one decimal; null when the post has no prose. */
  readonly grade: number | null;
}

/** Posts one postStatistics call may ask about: grading is slow, so the list asks in batches. */
export const MAX_STATISTICS_BATCH = 100;

/** A post's body for the clipboard ("Copy as HTML"). */
export interface PostBodyHtml {
  /** The body's HTML through the shared sanitizing policy (as in an export), local images inlined as data URIs. */
  readonly html: string;
  /** Local image sources that name no image in the posts folder. */
  readonly missingImages: readonly string[];
}

/** How to export every post ("Export all"). */
export interface ExportAllPostsRequest {
  readonly images: "inline" | "folder";
}

/** What "Export all" wrote. */
export interface ExportAllPostsResult {
  /** The folder written (absolute), or null when the writer cancelled the folder dialog. */
  readonly folder: string | null;
  /** Pages written (besides `index.html`) and drafts left out. */
  readonly posts: number;
  readonly drafts: number;
  /** Local image sources, over all posts, that name no image in the posts folder. */
  readonly missingImages: number;
}

/**
 * A pasted or dropped image to copy beside its post. The bytes travel as base64 so that the one
 * JSON-safe contract serves IPC and browser mode's JSON-over-HTTP alike.
 */
export interface SaveImageRequest {
  readonly postId: PostId;
  /** The file's name as the writer's system gave it (for messages only; the saved name comes from the post). */
  readonly name: string;
  /** The MIME type the system declared (for messages only; the bytes decide what the image is). */
  readonly type: string;
  readonly base64: string;
}

/** Where a saved image went. */
export interface SavedImage {
  /** Its path relative to the post, for the Markdown (`images/my-post-1.png`). */
  readonly src: string;
}

/** A command the writer chose in the desktop app's menu, for the window to carry out (an id from the command table). */
export type MenuCommand = WindowCommandId;

/** Every call the UI can make. Each returns a promise; failures reject with an ApiError. */
export interface ClearpostCalls {
  /** The posts folder and what this transport can do with it. */
  getWorkspace(): Promise<Workspace>;
  /** Asks the writer for another posts folder (Electron only); null when they cancel. */
  openFolder(): Promise<Workspace | null>;
  /** All posts of the folder, newest first. */
  listPosts(): Promise<readonly PostSummary[]>;
  readPost(id: PostId): Promise<PostDocument>;
  /**
   * Creates `slug-of-title.md` from the folder's `.clearpost/template.md` (`{{title}}`, `{{date}}`,
   * `{{slug}}` filled in) or else the usual front matter; never overwrites (picks `-2`, `-3` …).
   */
  createPost(title: string): Promise<CreatedPost>;
  savePost(request: SavePostRequest): Promise<SavePostResult>;
  /** Renames a post's file in its folder; `fileName` may omit the `.md` extension. */
  renamePost(id: PostId, fileName: string): Promise<PostSummary>;
  /** Moves a post to the trash. */
  deletePost(id: PostId): Promise<void>;
  /**
   * Writes the post as a standalone HTML page (or its body alone). In the desktop app the writer
   * picks the file; in browser mode it goes to `export/<post name>.html` in the posts folder.
   */
  exportPost(id: PostId, request: ExportPostRequest): Promise<ExportPostResult>;
  /** What the saved post still lacks before publishing (title, description, alt texts, broken local links, grade over target …); empty when nothing. */
  checkBeforePublishing(id: PostId): Promise<readonly PublishProblem[]>;
  /** The five saved posts most like post `id` by content, most similar first. */
  relatedPosts(id: PostId): Promise<readonly RelatedPostSummary[]>;
  /** "Find in posts": every saved post's matches of words, a phrase or a regular expression; an invalid pattern rejects with "invalid-argument". */
  searchPosts(request: PostSearchRequest): Promise<PostSearchResult>;
  /** Word counts and grades of up to MAX_STATISTICS_BATCH posts (those that cannot be read are left out). */
  postStatistics(ids: readonly PostId[]): Promise<readonly PostStatistics[]>;
  /** The post's body HTML, as "Export fragment" writes it, for the window to put on the clipboard. */
  exportPostBody(id: PostId): Promise<PostBodyHtml>;
  /**
   * Writes every post that is not a draft plus an `index.html` listing them. In the desktop app
   * the writer picks the folder; in browser mode it is `export/` in the posts folder.
   */
  exportAllPosts(request: ExportAllPostsRequest): Promise<ExportAllPostsResult>;
  /** Copies an image into `images/` beside the post as `<post slug>-<n>.<ext>`, never replacing a file; PNG, JPEG, GIF and WebP up to 20 MB. */
  saveImage(request: SaveImageRequest): Promise<SavedImage>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** What was wrong with the settings file at start (it was copied aside and defaults are used), or null; told to the first caller only. */
  settingsFileProblem(): Promise<SettingsFileProblem | null>;
  /** The open post's `lang` from its front matter (null for none): the desktop app's spellchecker checks in it when spelling is on. */
  setPostLanguage(lang: string | null): Promise<void>;
  /** Journals a post's unsaved text in the app data folder (hot exit); a save or discardBackup clears it. */
  backupPost(request: BackupPostRequest): Promise<void>;
  /** Forgets a post's journaled text: the writer threw those edits away. */
  discardBackup(id: PostId): Promise<void>;
  /** Unsaved text left by earlier sessions in this posts folder that differs from the disk, newest first. */
  listBackups(): Promise<readonly UnsavedPost[]>;
  /** The earlier versions of a post that saves replaced (local history), newest first. */
  listHistory(id: PostId): Promise<readonly PostHistoryEntry[]>;
  /** The text of one earlier version, by the versionId listHistory gave. */
  readHistoryVersion(id: PostId, versionId: string): Promise<string>;
}

/** Every event the UI can subscribe to; each subscription returns its unsubscribe function. */
export interface ClearpostEvents {
  onDidChangePosts(listener: (event: PostsChangedEvent) => void): () => void;
  onDidChangeWorkspace(listener: (workspace: Workspace) => void): () => void;
  /** The writer chose a menu command (desktop app only) that acts on the open post. */
  onDidChooseMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The whole API as the renderer sees it (`window.clearpost` or the HTTP client). */
export type ClearpostApi = ClearpostCalls & ClearpostEvents;

export type CallName = keyof ClearpostCalls;
export type EventName = keyof ClearpostEvents;
export type CallArgs<M extends CallName> = Parameters<ClearpostCalls[M]>;
export type CallResult<M extends CallName> = Awaited<ReturnType<ClearpostCalls[M]>>;
/** The payload an event delivers to its listeners. */
export type EventPayload<E extends EventName> = Parameters<Parameters<ClearpostEvents[E]>[0]>[0];

type ArgCheck = (value: unknown) => boolean;

const isString: ArgCheck = (v) => typeof v === "string";
const isNonEmptyString: ArgCheck = (v) => typeof v === "string" && v.trim().length > 0;
const isPostId: ArgCheck = (v) => typeof v === "string" && v.length > 0 && v.length < 4096 && !v.includes("\0");
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const isSavePostRequest: ArgCheck = (v) =>
  isRecord(v) &&
  isPostId(v.id) &&
  isString(v.text) &&
  (v.baseVersion === null || isString(v.baseVersion)) &&
  (v.allowEmpty === undefined || typeof v.allowEmpty === "boolean");

const isBackupPostRequest: ArgCheck = (v) =>
  isRecord(v) && Object.keys(v).length === 3 && isPostId(v.id) && isString(v.text) && (v.baseVersion === null || isString(v.baseVersion));

const isExportPostRequest: ArgCheck = (v) =>
  isRecord(v) && Object.keys(v).length === 2 && (v.images === "inline" || v.images === "folder") && typeof v.fragment === "boolean";

const isExportAllPostsRequest: ArgCheck = (v) => isRecord(v) && Object.keys(v).length === 1 && (v.images === "inline" || v.images === "folder");

const isPostSearchRequest: ArgCheck = (v) =>
  isRecord(v) && Object.keys(v).length === 3 && isString(v.query) && typeof v.regex === "boolean" && typeof v.matchCase === "boolean";

const isSettingsPatch: ArgCheck = (v) => isRecord(v) && Object.entries(v).every(([key, value]) => isValidSetting(key, value));

const isLanguageTag: ArgCheck = (v) => v === null || (typeof v === "string" && /^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/.test(v));

const isPostIdBatch: ArgCheck = (v) => Array.isArray(v) && v.length <= MAX_STATISTICS_BATCH && v.every(isPostId);

const isSaveImageRequest: ArgCheck = (v) =>
  isRecord(v) && Object.keys(v).length === 4 && isPostId(v.postId) && isString(v.name) && isString(v.type) && isString(v.base64);

/**
 * The runtime table of calls: name -> checks for each argument. `satisfies` makes the compiler
 * reject a missing or an extra method, and the tuple length must match the method's parameters.
 */
export const CALLS = {
  getWorkspace: [],
  openFolder: [],
  listPosts: [],
  readPost: [isPostId],
  createPost: [isNonEmptyString],
  savePost: [isSavePostRequest],
  renamePost: [isPostId, isNonEmptyString],
  deletePost: [isPostId],
  exportPost: [isPostId, isExportPostRequest],
  checkBeforePublishing: [isPostId],
  relatedPosts: [isPostId],
  searchPosts: [isPostSearchRequest],

  postStatistics: [isPostIdBatch],
  exportPostBody: [isPostId],
  exportAllPosts: [isExportAllPostsRequest],
  saveImage: [isSaveImageRequest],
  getSettings: [],
  updateSettings: [isSettingsPatch],
  settingsFileProblem: [],
  setPostLanguage: [isLanguageTag],
  backupPost: [isBackupPostRequest],
  discardBackup: [isPostId],
  listBackups: [],
  listHistory: [isPostId],
  readHistoryVersion: [isPostId, isNonEmptyString],
} as const satisfies { readonly [M in CallName]: { readonly length: CallArgs<M>["length"] } & readonly ArgCheck[] };

/** The runtime table of events: `satisfies` keeps it equal to ClearpostEvents. */
export const EVENTS = {
  onDidChangePosts: true,
  onDidChangeWorkspace: true,
  onDidChooseMenuCommand: true,
} as const satisfies { readonly [E in EventName]: true };

export const CALL_NAMES = Object.keys(CALLS) as CallName[];
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

/** True when `args` are acceptable arguments for `method` (count and shape). */
export function validCallArgs(method: CallName, args: readonly unknown[]): boolean {
  const checks: readonly ArgCheck[] = CALLS[method];
  return args.length === checks.length && checks.every((check, i) => check(args[i]));
}

/** True for a string that names a call of the contract (for messages from the wire). */
export function isCallName(value: unknown): value is CallName {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(CALLS, value);
}
