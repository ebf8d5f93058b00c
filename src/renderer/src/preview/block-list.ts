/**
 * The preview's body as a list of top-level blocks that is patched, not replaced: a keystroke
 * re-renders only the blocks it touched (preview-block-renderer.ts), and only blocks whose HTML changed are sanitized
 * and swapped in the DOM. Blocks that merely moved (a line was added above them) keep their
 * nodes and get their new `data-source-line`. Full re-renders of long posts cost hundreds of
 * milliseconds of style and layout (perf-method.md); this keeps a keystroke to a block or two.
 */
import type { PreviewBlock } from "../../../shared/markdown/preview-blocks";
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
  return { key, startLine: block.startLine, endLine: block.endLine, nodes, element };
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

    for (const block of old.slice(start, oldEnd)) for (const node of block.nodes) node.remove();
    const added = blocks.slice(start, newEnd).map((block, i) => createShownBlock(block, keys[start + i] ?? "", this.prepare));
    const fragment = document.createDocumentFragment();
    for (const block of added) fragment.append(...block.nodes);
    const suffix = old.slice(oldEnd);
    this.container.insertBefore(fragment, suffix.find((block) => block.nodes.length > 0)?.nodes[0] ?? null);

    const kept = (shown: ShownBlock[], from: number) =>
      shown.map((block, i) => {
        const next = blocks[from + i];
        return next ? moveShownBlock(block, next) : block;
      });
    this.shown = [...kept(old.slice(0, start), 0), ...added, ...kept(suffix, newEnd)];
    this.positionsCache = null;
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
    for (const block of this.shown) for (const node of block.nodes) node.remove();
    this.shown = [];
    this.positionsCache = null;
  }
}
