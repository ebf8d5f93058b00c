import type { PostSummary } from "../../../../shared/model/post";
import { PopupMenu } from "../../app/PopupMenu";

/** Where the menu opens and what it is about. */
export interface PostMenuRequest {
  readonly post: PostSummary;
  /** The element that opened the menu; focus returns to it. */
  readonly anchor: HTMLElement;
  /** The pointer position for a right click; null to open beside `anchor`. */
  readonly at: { readonly x: number; readonly y: number } | null;
}

interface PostActionsMenuProps {
  readonly request: PostMenuRequest;
  readonly onRename: () => void;
  readonly onDelete: () => void;
  /** Closes the menu; `restoreFocus` when the writer dismissed it (not when an item opened a dialog). */
  readonly onClose: (restoreFocus: boolean) => void;
}

/** The actions of one post (Rename…, Delete) as a menu at the pointer or beside the list entry. */
export function PostActionsMenu({ request, onRename, onDelete, onClose }: PostActionsMenuProps) {
  return (
    <PopupMenu label={`Actions for ${request.post.title}`} anchor={request.anchor} at={request.at} onClose={onClose}>
      <button type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={onRename}>
        Rename…
      </button>
      <button type="button" role="menuitem" tabIndex={-1} className="menu-item menu-item-danger" onClick={onDelete}>
        Delete
      </button>
    </PopupMenu>
  );
}
