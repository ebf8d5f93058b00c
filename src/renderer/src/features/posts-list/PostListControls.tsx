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

const SORT_CHOICES: readonly (readonly [PostSortOrder, string])[] = [
  ["date", "Date"],
  ["title", "Title"],
  ["edited", "Edited"],
];
const STATUS_CHOICES: readonly (readonly [PostStatusFilter, string])[] = [
  ["all", "All"],
  ["drafts", "Drafts"],
  ["published", "Published"],
];
/** The tag select's value for "any tag" (no tag is empty). */
const ANY_TAG = "";

interface LabelledSelectProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly (readonly [T, string])[];
  readonly onChange: (value: T) => void;
}

/** A select with its label above it (a sibling, so the label alone names it). */
function LabelledSelect<T extends string>({ label, value, choices, onChange }: LabelledSelectProps<T>) {
  const id = useId();
  return (
    <div className="post-list-control">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(choices.find(([choice]) => choice === event.target.value)?.[0] ?? value)}>
        {choices.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The list's "Sort by", "Show" and "Tag" choices, under the filter box. */
export function PostListControls({ sort, status, tag, tags, onSort, onStatus, onTag }: PostListControlsProps) {
  const tagChoices: (readonly [string, string])[] = [[ANY_TAG, "Any"], ...tags.map((own) => [own, own] as const)];
  return (
    <div className="post-list-controls">
      <LabelledSelect label="Sort by" value={sort} choices={SORT_CHOICES} onChange={onSort} />
      <LabelledSelect label="Show" value={status} choices={STATUS_CHOICES} onChange={onStatus} />
      <LabelledSelect label="Tag" value={tag ?? ANY_TAG} choices={tagChoices} onChange={(value) => onTag(value === ANY_TAG ? null : value)} />
    </div>
  );
}
