/** Readability and keyword analysis in Node: cold, and after a one-word edit with the per-paragraph cache (issues 3 and 4). */
import { readKeyphraseDataset } from "../../scripts/keyphrase-evaluation";
import { buildRelatedPostsIndex, buildTermVector, createKeywordAnalyzer, findRelatedPosts, type LibraryPost, relatedPosts, suggestKeywords } from "../../src/shared/keywords";
import { createReadabilityAnalyzer } from "../../src/shared/readability";
import { generatePost } from "../generator/generate-post";
import { type NodeFigure, sample } from "./node-figure";
import { alternatingEdits } from "./one-word-edits";

const thousands = (words: number) => `${(words / 1000).toLocaleString("en")}k words`;

/** Readability reports of generated posts of each size, cold and cached. */
export async function readabilityFigures(sizes: readonly number[], seed: number): Promise<NodeFigure[]> {
  const figures: NodeFigure[] = [];
  for (const words of sizes) {
    const { text } = generatePost({ words, seed });
    figures.push(await sample("readability", `${thousands(words)}, cold`, () => createReadabilityAnalyzer().report(text)));
    const analyzer = createReadabilityAnalyzer();
    analyzer.report(text);
    const nextEdit = alternatingEdits(text);
    figures.push(await sample("readability", `${thousands(words)}, after a one-word edit`, () => analyzer.report(nextEdit()), { runs: 9 }));
  }
  return figures;
}

/** Keyword suggestions for generated posts and a SemEval-2010 paper, cold and cached. */
export async function keywordFigures(sizes: readonly number[], seed: number): Promise<NodeFigure[]> {
  const paper = readKeyphraseDataset("semeval2010")[0];
  const texts = sizes.map((words) => ({ name: thousands(words), text: generatePost({ words, seed }).text }));
  if (paper) texts.push({ name: `SemEval-2010 paper ${paper.id} (${paper.text.split(/\s+/).length.toLocaleString("en")} words)`, text: paper.text });
  const figures: NodeFigure[] = [];
  for (const { name, text } of texts) {
    figures.push(await sample("keywords", `suggestions, ${name}, cold`, () => suggestKeywords(text)));
    const analyzer = createKeywordAnalyzer();
    analyzer.suggest(text);
    const nextEdit = alternatingEdits(text);
    figures.push(await sample("keywords", `suggestions, ${name}, after a one-word edit`, () => analyzer.suggest(nextEdit()), { runs: 9 }));
  }
  return figures;
}

/** Related posts over a generated library. */
export async function relatedPostsFigures(libraryPosts: number, seed: number): Promise<NodeFigure[]> {
  const texts = Array.from({ length: libraryPosts }, (_, i) => generatePost({ words: 600, seed: seed + i + 1 }).text);
  let library: LibraryPost[] = [];
  const group = `related posts (${libraryPosts.toLocaleString("en")} posts of 600 words)`;
  const vectors = await sample(group, "term vectors of every post", () => (library = texts.map((text, i) => ({ id: `post-${i}.md`, vector: buildTermVector(text) }))), { runs: 3, warmUps: 0 });
  const target = library[0];
  if (!target) return [vectors];
  const index = buildRelatedPostsIndex(library);
  return [
    vectors,
    await sample(group, "index of the library", () => buildRelatedPostsIndex(library)),
    await sample(group, "related posts of one post, indexed", () => findRelatedPosts(index, target.vector, { excludeId: target.id }), { runs: 9 }),
    await sample(group, "related posts of one post, no index", () => relatedPosts(target.vector, library, { excludeId: target.id }), { runs: 9 }),
  ];
}
