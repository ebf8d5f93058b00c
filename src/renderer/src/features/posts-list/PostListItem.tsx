import { type MouseEvent, useId } from "react";
import type { PostStatistics } from "../../../../shared/api/contract";
import type { PostSummary } from "../../../../shared/model/post";
import { formatPostDate } from "../../format-post-date";
import { PostStatisticsLine } from "./PostStatisticsLine";

interface PostListItemProps {
  readonly post: PostSummary;
  /** Its word count and grade, once known. */
  readonly statistics: PostStatistics | null;
  readonly isOpen: boolean;
  readonly unsaved: boolean;
  readonly menuOpen: boolean;
  readonly onOpen: () => void;
  /** Opens the actions menu at the pointer, or beside `anchor` when opened from the keyboard. */
  readonly onMenu: (anchor: HTMLElement, at: { x: number; y: number } | null) => void;
}

/** One post in the list: a button named by its title that opens it, its date, draft state, length and grade, and its actions button. */
export function PostListItem({ post, statistics, isOpen, unsaved, menuOpen, onOpen, onMenu }: PostListItemProps) {
  const detailsId = useId();

  const onContextMenu = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    // The ContextMenu key and Shift+F10 fire this too, without pointer coordinates.
    const fromKeyboard = event.clientX === 0 && event.clientY === 0;
    onMenu(event.currentTarget, fromKeyboard ? null : { x: event.clientX, y: event.clientY });
  };

  return (
    <li className={isOpen ? "post-item is-open" : "post-item"}>
      <button
        type="button"
        className="post-open"
        aria-label={post.title}
        aria-describedby={detailsId}
        aria-current={isOpen ? "page" : undefined}
        title={post.id}
        onClick={onOpen}
        onContextMenu={onContextMenu}
      >
        <span className="post-item-title-line">
          {unsaved ? (
            <span className="unsaved-dot" aria-hidden="true">
              •
            </span>
          ) : null}
          <span className="post-item-title">{post.title}</span>
        </span>
        <span className="post-item-details" id={detailsId}>
          {post.date ? <time dateTime={post.date}>{formatPostDate(post.date)}</time> : <span>No date</span>}
          {statistics ? <PostStatisticsLine statistics={statistics} /> : null}
          {post.draft ? <span className="draft-badge">Draft</span> : null}
          {unsaved ? <span className="visually-hidden">Unsaved changes</span> : null}
          {post.problem ? <span className="post-item-problem" title={post.problem}>⚠ Needs attention</span> : null}
        </span>
      </button>
      <button
        type="button"
        className="post-more"
        aria-label={`More actions for ${post.title}`}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        title="More actions"
        onClick={(event) => onMenu(event.currentTarget, null)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
    </li>
  );
}
