/**
 * Teaches the editor's Markdown parser that a `---` block at the very top is YAML front matter.
 * Without it the block's last line and closing fence read as a setext heading, so every post
 * would open with its front matter shown as a big bold heading.
 */
import type { markdown } from "@codemirror/lang-markdown";
import { tags } from "@lezer/highlight";

type MarkdownExtension = NonNullable<NonNullable<Parameters<typeof markdown>[0]>["extensions"]>;
/** One parser extension object (lang-markdown re-exports @lezer/markdown's types only through its options). */
type MarkdownConfig = Exclude<MarkdownExtension, readonly unknown[]>;

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** A `FrontMatter` block node, highlighted as meta, from the opening fence to the closing one. */
export const frontMatterSyntax: MarkdownConfig = {
  defineNodes: [{ name: "FrontMatter", block: true, style: tags.meta }],
  parseBlock: [
    {
      name: "FrontMatter",
      before: "HorizontalRule",
      parse(cx, line) {
        if (cx.lineStart !== 0 || !FENCE.test(line.text)) return false;
        // Unclosed front matter runs to the end, as it does while the writer is still typing it.
        let end = line.text.length;
        while (cx.nextLine()) {
          end = cx.lineStart + line.text.length;
          if (CLOSING_FENCE.test(line.text)) {
            cx.nextLine();
            break;
          }
        }
        cx.addElement(cx.elt("FrontMatter", 0, end));
        return true;
      },
    },
  ],
};
