/**
 * Gives every heading an `id` from its text (`## Why it works` -> `id="why-it-works"`), the way
 * GitHub does, so readers and tables of contents can link to a section. markdown-it-anchor does
 * the work and keeps ids unique per document (`intro`, `intro-1`); this file only picks the slug
 * rules and turns off its `tabindex`, which would make every heading a focus stop.
 */
import type { MarkdownIt } from "markdown-it";
import anchor from "markdown-it-anchor";

/**
 * GitHub's slug: lower case, letters (any script), digits, `-` and `_` kept, other punctuation
 * dropped, each space a `-`. Non-ASCII stays as it is (ids are Unicode), never percent-encoded.
 */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

export function headingAnchors(md: MarkdownIt): void {
  md.use(anchor, { slugify: (text: string) => headingSlug(text) || "section", tabIndex: false });
}
