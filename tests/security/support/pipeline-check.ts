/**
 * One post through the pipeline as the preview and the export run it, and what was unsafe about
 * the result: the shared markdown-it renderer, then the shared DOMPurify policy over jsdom.
 */
import { createMarkdownRenderer } from "../../../src/shared/markdown/create-markdown-renderer";
import { renderPreviewBlocks } from "../../../src/shared/markdown/preview-blocks";
import { splitPost } from "../../../src/shared/post/front-matter";
import { createNodeSanitizer } from "./node-sanitizer";
import { findUnsafeMarkup, UNSAFE_MARKUP_RULES, type UnsafeFinding } from "./unsafe-markup";

const md = createMarkdownRenderer();
let sanitizer = createNodeSanitizer();
let probeDocument = sanitizer.window.document.implementation.createHTMLDocument("");
let postsOnThisWindow = 0;

/**
 * A fresh jsdom window every so many posts: one window slowly keeps more memory with every
 * DOMPurify call, and each call gets slower with it.
 */
function renewWindowNow(): void {
  if (++postsOnThisWindow < 100) return;
  sanitizer.window.close();
  sanitizer = createNodeSanitizer();
  probeDocument = sanitizer.window.document.implementation.createHTMLDocument("");
  postsOnThisWindow = 0;
}

/**
 * What is wrong with how the pipeline handled post `doc`; empty when it is safe. The export's path
 * always runs; the preview's block-by-block path (one DOMPurify call per block) when `preview` is true.
 */
export function problemsWith(doc: string, { preview = true }: { readonly preview?: boolean } = {}): string[] {
  renewWindowNow();
  const problems: string[] = [];
  const report = (where: string, findings: readonly UnsafeFinding[]) => {
    for (const finding of findings) problems.push(`${where}: ${finding.kind}: ${finding.detail}`);
  };
  const post = splitPost(doc);

  // The export: the whole body sanitized to a string, which a browser later parses again.
  const exported = sanitizer.sanitize(md.render(post.body));
  report("export", findUnsafeMarkup(sanitizer.parseAsBody(exported), UNSAFE_MARKUP_RULES, probeDocument));
  // Sanitizing again must find nothing left to remove. The string may still change: removing an
  // element keeps its content, which can leave nesting (a <p> in a <p>) that parsing rearranges;
  // the rearranged form must then be a fixed point.
  const again = sanitizer.sanitize(exported);
  // (DOMPurify turns "" into an empty comment and removes that: not a finding.)
  const removedAgain = exported === "" ? [] : sanitizer.lastRemoved();
  if (removedAgain.length > 0) problems.push(`sanitizing the output again removed ${removedAgain.join(", ")} from ${JSON.stringify(exported)}`);
  if (again !== exported) {
    stats.restructured++;
    const third = sanitizer.sanitize(again);
    if (third !== again) problems.push(`no fixed point:\n  twice:  ${JSON.stringify(again)}\n  thrice: ${JSON.stringify(third)}`);
  }

  // The preview: each top-level block sanitized to nodes and inserted as they are.
  stats.documents++;
  if (!preview) return problems;
  stats.previewed++;
  for (const block of renderPreviewBlocks(md, post.body, post.bodyLine)) {
    stats.blocks++;
    const nodes = sanitizer.sanitizeToFragment(block.html);
    // DOMPurify gives null when parsing leaves no <body> (a block that starts with <frameset>):
    // nothing to show, so safe, but a caller must not read nodes from it. Counted for the log.
    if (nodes === null) stats.nullBlocks.add(block.html.slice(0, 60));
    else report(`preview block at line ${block.startLine}`, findUnsafeMarkup(nodes, UNSAFE_MARKUP_RULES, probeDocument));
  }
  return problems;
}

/** Counts for the log: posts checked (and through the preview's path), second passes that only rearranged nesting, preview blocks, blocks DOMPurify gave null for. */
export const stats = { documents: 0, previewed: 0, restructured: 0, blocks: 0, nullBlocks: new Set<string>() };

