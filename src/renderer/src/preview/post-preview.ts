/** Shows a post in the preview: its front matter as a header, its body as incrementally patched blocks. */
import { createMarkdownRenderer } from "../../../shared/markdown/create-markdown-renderer";
import { PreviewBlockRenderer } from "../../../shared/markdown/preview-block-renderer";
import type { PreviewBlock } from "../../../shared/markdown/preview-blocks";
import { readPostHeader } from "../../../shared/post/fields";
import type { SplitPost } from "../../../shared/post/front-matter";
import { type BlockPosition, PreviewBlockList } from "./block-list";
import { type ImageUrlOf, pointImagesAt } from "./local-images";
import { buildPostHeader } from "./post-header";

/** One post's preview, drawn into a header slot and a body element that nothing else writes to. */
export class PostPreview {
  private readonly renderer = new PreviewBlockRenderer(createMarkdownRenderer());
  private readonly blocks: PreviewBlockList;
  private shownHeader = "";
  private rendered: { readonly post: SplitPost; readonly blocks: readonly PreviewBlock[] } | null = null;

  /** `imageUrl` gives the URL to show a post's image from, or null to leave its `src` as written. */
  constructor(
    private readonly headerSlot: HTMLElement,
    body: HTMLElement,
    imageUrl: ImageUrlOf = () => null,
  ) {
    this.blocks = new PreviewBlockList(body, (fragment) => pointImagesAt(fragment, imageUrl));
  }

  /**
   * Shows `post`, touching only the parts that changed since the last call; with `count`, only
   * the body's first `count` blocks (a long post's first render goes a slice at a time).
   * Returns how many blocks the whole body has.
   */
  show(post: SplitPost, count = Infinity): number {
    const header = post.frontMatter ? readPostHeader(post.frontMatter) : null;
    const headerKey = JSON.stringify(header);
    if (headerKey !== this.shownHeader) {
      this.shownHeader = headerKey;
      const built = header ? buildPostHeader(header) : null;
      this.headerSlot.replaceChildren(...(built ? [built] : []));
    }
    // The slices of a first render show one text: it is rendered once, not per slice.
    if (this.rendered?.post !== post) this.rendered = { post, blocks: this.renderer.render(post.body, post.bodyLine) };
    const { blocks } = this.rendered;
    this.blocks.update(count < blocks.length ? blocks.slice(0, count) : blocks);
    return blocks.length;
  }

  /** The body's blocks with their source lines, for scroll sync. */
  positions(): readonly BlockPosition[] {
    return this.blocks.positions();
  }

  /** Empties the preview. */
  clear(): void {
    this.headerSlot.replaceChildren();
    this.blocks.clear();
    this.shownHeader = "";
    this.rendered = null;
  }
}
