/** Local history as the UI sees it: earlier versions of a post, kept in the app data folder. */

/** One earlier version of a post. */
export interface PostHistoryEntry {
  /** Names the version for readHistoryVersion. */
  readonly versionId: string;
  /** When it was replaced by a save, in milliseconds since the epoch. */
  readonly savedMs: number;
  readonly words: number;
  /** The readability engine's headline grade; null when the version has no prose. */
  readonly grade: number | null;
}
