/** Hot exit and local history as the UI sees them: plain, readonly, JSON-safe values. */
import type { PostId, PostVersion } from "./post";

/** Unsaved text the editor journals, so a crash or a kill loses at most a second of typing. */
export interface BackupPostRequest {
  readonly id: PostId;
  readonly text: string;
  /** The version on disk the text is based on; null when the post's file went away. */
  readonly baseVersion: PostVersion | null;
}

/** Text the writer typed and never saved, kept from a session that ended without saving it. */
export interface UnsavedPost {
  readonly id: PostId;
  readonly text: string;
  /** When it was journaled, in milliseconds since the epoch. */
  readonly savedMs: number;
  /** The post's text on disk now, to compare with; null when the file is gone. */
  readonly diskText: string | null;
}
