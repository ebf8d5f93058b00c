/**
 * A post's text -> an exported page or body fragment, as strings. Sanitizing needs a DOM, which
 * shared code has not, so the caller passes the shared policy in (DOMPurify over jsdom on the
 * Node side) together with whatever it does to image sources (inline them, point at copies).
 */
import type { MarkdownIt } from "markdown-it";
import { createMarkdownRenderer } from "../markdown/create-markdown-renderer";
import { splitPost } from "../post/front-matter";
import { buildExportDocument } from "./export-document";
import { type ExportMetadata, readExportMetadata } from "./export-metadata";

/** What the export of one post needs besides its text. */
export interface ExportPostOptions {
  /** The post's id (its path in the posts folder), for the file-name title fallback. */
  readonly id: string;
  /** The theme CSS to embed (full pages only). */
  readonly css: string;
  /** The shared sanitizing policy, and the caller's image rewriting, applied to the body's HTML. */
  readonly sanitize: (html: string) => string | Promise<string>;
}

let renderer: MarkdownIt | null = null;

/** The post's metadata and its body rendered by the one markdown-it setup (not yet sanitized). */
export function renderExportBody(text: string, id: string): { readonly metadata: ExportMetadata; readonly unsafeHtml: string } {
  renderer ??= createMarkdownRenderer();
  const post = splitPost(text);
  // No `lineOffset` in the env: exported HTML carries no `data-source-line`.
  return { metadata: readExportMetadata(post.frontMatter, post.body, id), unsafeHtml: renderer.render(post.body, {}) };
}

/** The post's body alone, sanitized: for pasting into a blog engine's editor. */
export async function exportPostFragment(text: string, options: Pick<ExportPostOptions, "id" | "sanitize">): Promise<string> {
  return options.sanitize(renderExportBody(text, options.id).unsafeHtml);
}

/** The post as a standalone HTML page. */
export async function exportPostHtml(text: string, options: ExportPostOptions): Promise<string> {
  const { metadata, unsafeHtml } = renderExportBody(text, options.id);
  return buildExportDocument({ metadata, bodyHtml: await options.sanitize(unsafeHtml), css: options.css });
}
