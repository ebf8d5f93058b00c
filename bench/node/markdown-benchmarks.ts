/** The preview's Markdown work in Node, and the HTML export of a post with five images (issue 5). */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runnerImport } from "vite";
import { TINY_PNG } from "../../tests/support/tiny-png";
import { createMarkdownRenderer } from "../../src/shared/markdown/create-markdown-renderer";
import { PreviewBlockRenderer } from "../../src/shared/markdown/preview-block-renderer";
import { renderPreviewBlocks } from "../../src/shared/markdown/preview-blocks";
import { splitPost } from "../../src/shared/post/front-matter";
import type * as ExportPostFile from "../../src/main/export/export-post-file";
import { generatePost } from "../generator/generate-post";
import { type NodeFigure, sample } from "./node-figure";
import { alternatingEdits } from "./one-word-edits";


/** The preview's blocks of a whole body (opening a post), and after a one-word edit (a keystroke: only the touched blocks). */
export async function previewParseFigures(sizes: readonly number[], seed: number): Promise<NodeFigure[]> {
  const md = createMarkdownRenderer();
  const figures: NodeFigure[] = [];
  for (const words of sizes) {
    const { body, bodyLine } = splitPost(generatePost({ words, seed }).text);
    const size = words.toLocaleString("en");
    figures.push(await sample("markdown", `preview blocks of ${size} words, whole body`, () => renderPreviewBlocks(md, body, bodyLine)));
    const renderer = new PreviewBlockRenderer(md);
    renderer.render(body, bodyLine);
    const nextEdit = alternatingEdits(body);
    figures.push(await sample("markdown", `preview blocks of ${size} words, after a one-word edit`, () => renderer.render(nextEdit(), bodyLine), { runs: 9 }));
  }
  return figures;
}

/** The export of a 1,500-word post with five local images, inlined and as a fragment, through the real export code. */
export async function exportFigures(seed: number): Promise<NodeFigure[]> {
  // Vite's module runner, because the export imports its theme as `?raw` text, as the built app does.
  const { module } = await runnerImport<typeof ExportPostFile>("./src/main/export/export-post-file.ts", { configFile: false, logLevel: "warn" });
  const folder = await mkdtemp(join(tmpdir(), "clearpost-bench-export-"));
  try {
    await mkdir(join(folder, "images"));
    for (let i = 0; i < 5; i++) await writeFile(join(folder, "images", `photo-${i}.png`), TINY_PNG);
    const images = Array.from({ length: 5 }, (_, i) => `![Photo ${i}](images/photo-${i}.png)`).join("\n\n");
    await writeFile(join(folder, "post.md"), `${generatePost({ words: 1_500, seed }).text}\n${images}\n`);
    const request = { folder, id: "post.md", destination: join(folder, "post.html"), images: "inline", fragment: false } as const;
    return [
      await sample("export", "1,500 words + 5 images, standalone page, images inlined", () => module.renderPostExport(request)),
      await sample("export", "1,500 words + 5 images, body fragment", () => module.renderPostExport({ ...request, fragment: true })),
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
