/** What the app shows about the open post: values that change on loads, saves and conflicts, not per keystroke. */
import type { PostDocument, PostId, PostSummary } from "../../../shared/model/post";
import type { SplitPost } from "../../../shared/post/front-matter";

/** Whether the editor's text is on disk. */
export type SaveState = "saved" | "unsaved" | "saving";

/**
 * How the file on disk disagrees with the editor: it changed behind the writer's back while they
 * had unsaved changes, or it was deleted or moved away.
 */
export type DiskConflict = "changed-on-disk" | "removed";

/** A save that failed for a reason the writer can act on: the message, and whether confirming an empty post would let it through. */
export interface SaveFailure {
  readonly message: string;
  readonly wouldEmpty: boolean;
}

/** The open post as the shell, the list and the banners see it. */
export interface PostSessionStatus {
  readonly id: PostId;
  /** As of the last load or save, not the live text. */
  readonly summary: PostSummary;
  readonly readOnly: PostDocument["readOnly"];
  readonly saveState: SaveState;
  readonly conflict: DiskConflict | null;
  /** The last save failed (disk full, no permission, folder gone, an empty post): the text waits in the editor and the backup. */
  readonly saveFailure: SaveFailure | null;
}

/** The post's text as of the last painted frame, split into front matter and body once for all its readers. */
export interface DocumentSnapshot {
  readonly text: string;
  readonly post: SplitPost;
}

/** The cursor's line and column, both counted from 1. */
export interface CursorPosition {
  readonly line: number;
  readonly column: number;
  /** The head's offset in the document. */
  readonly offset: number;
}
