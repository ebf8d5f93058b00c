/** What the app knows about posts. Plain, readonly, JSON-safe values that cross every boundary. */

/** A post's path inside the posts folder, always with `/` separators (e.g. `2024/cancer-study.md`). */
export type PostId = string;

/**
 * An opaque fingerprint of a post's bytes on disk. Two reads of the same bytes give the same
 * version, so the app can tell its own saves from changes made behind its back.
 */
export type PostVersion = string;

/** One line of the posts list. */
export interface PostSummary {
  readonly id: PostId;
  /** From front matter `title`, else the first `# heading`, else the file name. */
  readonly title: string;
  /** Front matter `date` as written (ISO `YYYY-MM-DD` where it parses), or null. */
  readonly date: string | null;
  readonly draft: boolean;
  /** Front matter `tags` (a list or comma-separated text), for the posts list's tag filter. */
  readonly tags: readonly string[];
  /** Front matter `focus_keyphrase`, so the Keywords panel can warn when two posts aim for the same one. */
  readonly focusKeyphrase: string | null;
  /** Last modification time in milliseconds since the epoch. */
  readonly modifiedMs: number;
  /** A problem a writer should know about (broken front matter, not UTF-8), or null. */
  readonly problem: string | null;
}

/** Why a post opens read-only: the app could not write it back without losing something. */
export type ReadOnlyReason = "not-utf8" | "binary" | "too-large";

/** A post opened for editing. */
export interface PostDocument {
  readonly id: PostId;
  readonly text: string;
  readonly version: PostVersion;
  readonly summary: PostSummary;
  /** Set when the post must not be saved; the message says why in a writer's words. */
  readonly readOnly: { readonly reason: ReadOnlyReason; readonly message: string } | null;
}

/** A change to the posts folder, seen on disk. */
export interface PostsChangedEvent {
  readonly kind: "added" | "changed" | "removed";
  readonly id: PostId;
  /** The version now on disk for "added" and "changed"; null for "removed". */
  readonly version: PostVersion | null;
}

/** The folder the app is working in and what this transport can do with it. */
export interface Workspace {
  /** Absolute path of the posts folder. */
  readonly folder: string;
  /** False in browser mode: the folder is chosen when the server starts. */
  readonly canOpenFolder: boolean;
  /** Where deleted posts go: the operating system's trash, or `.trash/` inside the posts folder. */
  readonly trash: "system" | "folder";
}

export type { Settings } from "./settings";
