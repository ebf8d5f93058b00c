/** The flat list of a post's headings as the nested outline the panel shows, and the heading the cursor is under. */
import type { PostHeading } from "../../../../shared/markdown/post-headings";
import { lastIndexAtOrBefore } from "../../../../shared/sorted-lookup";

/** A heading with the headings below it (deeper levels up to the next heading of its level or higher). */
export interface OutlineNode {
  readonly heading: PostHeading;
  /** Its place in the flat list, a stable key for the post as it stands. */
  readonly index: number;
  readonly children: OutlineNode[];
}

/** Nests `headings`: each goes under the nearest earlier heading of a higher level, so a skipped level still nests. */
export function nestHeadings(headings: readonly PostHeading[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  headings.forEach((heading, index) => {
    const node: OutlineNode = { heading, index, children: [] };
    while (open.length > 0 && (open[open.length - 1]?.heading.level ?? 0) >= heading.level) open.pop();
    (open[open.length - 1]?.children ?? roots).push(node);
    open.push(node);
  });
  return roots;
}

/** Index of the heading whose section holds `position` (the last one starting at or before it), or -1 above the first. */
export function headingIndexAt(headings: readonly PostHeading[], position: number): number {
  return lastIndexAtOrBefore(headings, position, (heading) => heading.from);
}
