/**
 * The preview's body as a list of top-level blocks that is patched, not replaced: a keystroke
 * re-renders only the blocks it touched (preview-block-renderer.ts), and only blocks whose HTML changed are sanitized
 * and swapped in the DOM, inside the group of blocks that holds them (block-groups.ts). Blocks that merely moved (a line was added above them) keep their
 * nodes and get their new `data-source-line`. Full re-renders of long posts cost hundreds of
 * milliseconds of style and layout (perf-method.md); this keeps a keystroke to a block or two.
 */
import type { PreviewBlock } from "../../../shared/markdown/preview-blocks";
import { createGroup, GROUP_SIZE, mayStartGroup } from "./block-groups";
import { sanitizeBlockHtml } from "./sanitize-block";

/** Where a shown block came from in the post and where it is on the page, for scroll sync. */
export interface BlockPosition {
  /** Zero-based first line of the block in the whole post. */
  readonly startLine: number;
  /** Zero-based line after the block. */
  readonly endLine: number;
  readonly element: HTMLElement;
}

interface ShownBlock {
  /** The block's HTML without its line number: equal keys mean equal content. */
  readonly key: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly nodes: readonly ChildNode[];
  /** The first element; it carries `data-source-line` unless the block is raw HTML. */
  readonly element: HTMLElement | null;
  /** The group element its nodes are in (block-groups.ts); set when the block is placed. */
  group: HTMLElement | null;
}

const LINE_ATTRIBUTE = "data-source-line";

/** Keys of blocks already seen: the renderer hands back the same objects for unchanged blocks. */
const keys = new WeakMap<PreviewBlock, string>();

function keyOf(block: PreviewBlock): string {
  let key = keys.get(block);
  if (key === undefined) {
    key = block.html.replace(` ${LINE_ATTRIBUTE}="${block.startLine}"`, "");
    keys.set(block, key);
  }
  return key;
}

/** Changes a block's sanitized nodes before they are shown (the preview points local images at the asset URL). */
export type PrepareBlock = (fragment: DocumentFragment) => void;

function createShownBlock(block: PreviewBlock, key: string, prepare: PrepareBlock | undefined): ShownBlock {
  const fragment = sanitizeBlockHtml(block.html);
  prepare?.(fragment);
  const nodes = [...fragment.childNodes];
  const element = nodes.find((node): node is HTMLElement => node instanceof HTMLElement) ?? null;
  return { key, startLine: block.startLine, endLine: block.endLine, nodes, element, group: null };
}

/** The same nodes at the block's new lines. */
function moveShownBlock(shown: ShownBlock, block: PreviewBlock): ShownBlock {
  if (shown.startLine === block.startLine && shown.endLine === block.endLine) return shown;
  if (shown.element?.hasAttribute(LINE_ATTRIBUTE)) shown.element.setAttribute(LINE_ATTRIBUTE, String(block.startLine));
  return { ...shown, startLine: block.startLine, endLine: block.endLine };
}


/** The blocks of one preview body, patched in place by `update`. */
export class PreviewBlockList {
  private shown: ShownBlock[] = [];
  private positionsCache: BlockPosition[] | null = null;
  /** How many blocks each group holds. */
  private readonly groupSizes = new Map<HTMLElement, number>();

  constructor(
    private readonly container: HTMLElement,
    private readonly prepare?: PrepareBlock,
  ) {}

  /**
   * Shows `blocks`. The unchanged run at the start and the unchanged run at the end keep their
   * DOM; only the blocks between them are sanitized and replaced, which is the one paragraph a
   * keystroke touched, or the few blocks a paste or a reload changed.
   */
  update(blocks: readonly PreviewBlock[]): void {
    const old = this.shown;
    const keys = blocks.map(keyOf);
    let start = 0;
    while (start < old.length && start < blocks.length && old[start]?.key === keys[start]) start++;
    let oldEnd = old.length;
    let newEnd = blocks.length;
    while (oldEnd > start && newEnd > start && old[oldEnd - 1]?.key === keys[newEnd - 1]) {
      oldEnd--;
      newEnd--;
    }

    const removed = old.slice(start, oldEnd);
    const added = blocks.slice(start, newEnd).map((block, i) => createShownBlock(block, keys[start + i] ?? "", this.prepare));
    const kept = (shown: ShownBlock[], from: number) =>
      shown.map((block, i) => {
        const next = blocks[from + i];
        return next ? moveShownBlock(block, next) : block;
      });
    const suffix = kept(old.slice(oldEnd), newEnd);
    this.shown = [...kept(old.slice(0, start), 0), ...added, ...suffix];
    this.positionsCache = null;
    if (removed.length > 0 || added.length > 0) this.place(start, removed, added, suffix);
  }

  /** The shown blocks that have an element, in order. */
  positions(): readonly BlockPosition[] {
    this.positionsCache ??= this.shown.flatMap((block) =>
      block.element ? [{ startLine: block.startLine, endLine: block.endLine, element: block.element }] : [],
    );
    return this.positionsCache;
  }

  /** Removes every block. */
  clear(): void {
    for (const group of this.groupSizes.keys()) group.remove();
    this.groupSizes.clear();
    this.shown = [];
    this.positionsCache = null;
  }

  /**
   * Swaps `removed` for `added`, which now start at index `start` of the shown blocks with
   * `suffix` after them. A keystroke's change stays inside its group; a change that would leave
   * a group too big or opened by a block that may not open one regroups the groups it touched.
   */
  private place(start: number, removed: readonly ShownBlock[], added: ShownBlock[], suffix: readonly ShownBlock[]): void {
    const before = this.shown[start - 1]?.group ?? null;
    const target = removed[0]?.group ?? before ?? suffix[0]?.group ?? null;
    const size = target ? (this.groupSizes.get(target) ?? 0) : 0;
    const opener = before === target || start === 0 ? null : (added[0] ?? (suffix[0]?.group === target ? suffix[0] : undefined));
    const fits =
      target !== null &&
      removed.every((block) => block.group === target) &&
      size - removed.length + added.length <= 2 * GROUP_SIZE &&
      (opener === null || opener === undefined || mayStartGroup(opener.nodes));
    if (!fits) {
      this.regroup(start, removed, added.length);
      return;
    }
    for (const block of removed) for (const node of block.nodes) node.remove();
    const fragment = document.createDocumentFragment();
    for (const block of added) {
      block.group = target;
      fragment.append(...block.nodes);
    }
    const next = suffix.find((block) => block.group !== target || block.nodes.length > 0);
    target.insertBefore(fragment, next?.group === target ? (next.nodes[0] ?? null) : null);
    const left = size - removed.length + added.length;
    if (left > 0) this.groupSizes.set(target, left);
    else {
      target.remove();
      this.groupSizes.delete(target);
    }
  }

  /**
   * Rebuilds the groups holding `removed` and the shown blocks around the `addedCount` new ones
   * at `start`: their blocks are laid out in fresh groups of about GROUP_SIZE, each opened by a
   * block that may open one, in the place of the old groups.
   */
  private regroup(start: number, removed: readonly ShownBlock[], addedCount: number): void {
    const shown = this.shown;
    const touched = new Set<HTMLElement>();
    for (const block of removed) if (block.group) touched.add(block.group);
    let from = start;
    const before = shown[start - 1]?.group;
    if (before) {
      touched.add(before);
      while (from > 0 && shown[from - 1]?.group === before) from--;
    }
    let to = start + addedCount;
    const after = shown[to]?.group;
    if (after) {
      touched.add(after);
      while (to < shown.length && shown[to]?.group === after) to++;
    }
    for (const block of removed) for (const node of block.nodes) node.remove();
    const reference = shown[to]?.group ?? null;

    const fragment = document.createDocumentFragment();
    let group: HTMLElement | null = null;
    let size = 0;
    const close = () => {
      if (group) this.groupSizes.set(group, size);
    };
    for (const block of shown.slice(from, to)) {
      if (!group || (size >= GROUP_SIZE && mayStartGroup(block.nodes))) {
        close();
        group = createGroup();
        size = 0;
        fragment.append(group);
      }
      group.append(...block.nodes);
      block.group = group;
      size++;
    }
    close();
    for (const old of touched) {
      old.remove();
      this.groupSizes.delete(old);
    }
    this.container.insertBefore(fragment, reference);
  }
}
