/**
 * The preview's blocks sit in groups of a few dozen, and each group, not each block, skips style,
 * layout and paint while it is off screen (`content-visibility: auto` on `.preview-group`).
 * Measured at 100,000 words (2,500 blocks): with the property on every block, Chromium spent
 * 10-55 ms per frame checking each block against the viewport and hit-testing thousands of paint
 * layers; without it, 20-40 ms per frame laying out and pre-painting the whole post. Sixty to
 * eighty groups cost neither.
 */

/** Blocks a new group gathers before it may close. */
export const GROUP_SIZE = 32;

/**
 * Elements with no top margin in the post theme (resources/export-theme.css). A group's
 * containment stops margins collapsing across its edges, so a group starts only with one of
 * these: the gap above it is then the block before's bottom margin, as without groups.
 */
const STARTS_GROUP = new Set(["P", "UL", "OL", "DL", "BLOCKQUOTE", "PRE", "TABLE"]);

/** Whether a block whose nodes are `nodes` may open a group without changing the spacing above it. */
export function mayStartGroup(nodes: readonly ChildNode[]): boolean {
  const first = nodes[0];
  return first instanceof HTMLElement && STARTS_GROUP.has(first.tagName);
}

/** A new, empty group element. */
export function createGroup(): HTMLElement {
  const group = document.createElement("div");
  group.className = "preview-group";
  return group;
}
