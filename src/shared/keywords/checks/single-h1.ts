/**
 * Does the page have exactly one H1? The preview and the export show a front matter `title` as
 * the page's H1, so a `# heading` in the body beside it makes two.
 */
import type { KeywordCheck } from "../keyword-check";
import type { PostOutline } from "../post-outline";

/** Good with one H1, ok with none, bad with more (the ranges are the body's H1s). */
export function checkSingleH1(outline: PostOutline): KeywordCheck {
  const id = "single-h1";
  const count = outline.bodyH1s.length + (outline.titleInFrontMatter ? 1 : 0);
  const ranges = outline.bodyH1s.map(({ from, to }) => ({ from, to }));
  if (count === 1) return { id, status: "good", message: "The page has one H1." };
  if (count === 0) return { id, status: "ok", message: "The page has no H1. Add a front matter `title`." };
  const why = outline.titleInFrontMatter ? " (the front matter title is shown as one)" : "";
  return { id, status: "bad", message: `The page has ${count} H1 headings${why}. Keep one; make the others \`##\`.`, ranges };
}
