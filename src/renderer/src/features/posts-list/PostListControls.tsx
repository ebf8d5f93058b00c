import { useId } from "react";
import type { PostSortOrder, PostStatusFilter } from "./arrange-posts";

interface PostListControlsProps {
  readonly sort: PostSortOrder;
  readonly status: PostStatusFilter;
  readonly tag: string | null;
  /** Every tag in the folder, for the tag filter's choices. */
  readonly tags: readonly string[];
  readonly onSort: (sort: PostSortOrder) => void;
  readonly onStatus: (status: PostStatusFilter) => void;
  readonly onTag: (tag: string | null) => void;
}

const SORT_LABELS: Readonly<Record<PostSortOrder, string>> = { date: "Date", title: "Title", edited: "Edited" };
const STATUS_LABELS: Readonly<Record<PostStatusFilter, string>> = { all: "All", drafts: "Drafts", published: "Published" };

/** The list's "Sort by", "Show" and "Tag" choices, under the filter box. */
export function PostListControls({ sort, status, tag, tags, onSort, onStatus, onTag }: PostListControlsProps) {
  const id = useId();
  return (
    <div className="post-list-controls">
      <label className="post-list-control" htmlFor={`${id}-sort`}>
        <span>Sort by</span>
        <select id={`${id}-sort`} className="select" value={sort} onChange={(event) => onSort(event.target.value as PostSortOrder)}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="post-list-control" htmlFor={`${id}-status`}>
        <span>Show</span>
        <select id={`${id}-status`} className="select" value={status} onChange={(event) => onStatus(event.target.value as PostStatusFilter)}>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="post-list-control" htmlFor={`${id}-tag`}>
        <span>Tag</span>
        <select id={`${id}-tag`} className="select" value={tag ?? ""} disabled={tags.length === 0 && tag === null} onChange={(event) => onTag(event.target.value === "" ? null : event.target.value)}>
          <option value="">Any</option>
          {tags.map((own) => (
            <option key={own} value={own}>
              {own}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
