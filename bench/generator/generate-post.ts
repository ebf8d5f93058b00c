/**
 * Generates realistic blog posts for the benchmark: front matter, headings, paragraphs with
 * emphasis, links and inline code, lists, fenced code, quotes, tables and images, at a chosen
 * number of words. The same seed always gives the same post. Paragraphs are one source line each
 * and end with a plain sentence, so the bench can type at a paragraph's end and find its text in
 * the preview.
 */
import { type SeededRandom, seededRandom } from "./seeded-random";
import {
  ADVERBS, CODE_BLOCKS, CODE_NAMES, HARD_WORDS, HEADINGS, LINK_TEXTS, LIST_ITEMS, OBJECTS, OPENERS, PASSIVES, SUBJECTS, TABLE_ROWS, TAILS, VERBS,
} from "./post-vocabulary";

/** A generated post and how many prose words it holds. */
export interface GeneratedPost {
  readonly text: string;
  /** Words of prose (headings, paragraphs, list items, quotes, table cells, alt text); code is not counted. */
  readonly words: number;
}

/** What to generate. */
export interface PostRecipe {
  /** Prose words to reach; the post stops at the first block boundary at or past it. */
  readonly words: number;
  readonly seed: number;
  /** Default: "Benchmark post <seed>". */
  readonly title?: string;
}

/** A piece of prose and its word count. */
interface Prose {
  readonly text: string;
  readonly words: number;
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** One plain sentence: no markup, so it reads the same in the editor and the preview. */
function plainSentence(random: SeededRandom): string {
  const shape = random.int(0, 5);
  if (shape === 0) return `${capitalize(random.pick(PASSIVES))} ${random.pick(TAILS)}.`;
  const opener = random.chance(0.3) ? `${random.pick(OPENERS)}, ` : "";
  const subject = opener ? random.pick(SUBJECTS) : capitalize(random.pick(SUBJECTS));
  const adverb = random.chance(0.2) ? `${random.pick(ADVERBS)} ` : "";
  const hard = random.chance(0.1) ? ` and the ${random.pick(HARD_WORDS)} of ${random.pick(OBJECTS)}` : "";
  const tail = random.chance(0.6) ? ` ${random.pick(TAILS)}` : "";
  const more = shape === 5 ? `, and ${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}` : "";
  return `${opener}${subject} ${adverb}${random.pick(VERBS)} ${random.pick(OBJECTS)}${hard}${tail}${more}.`;
}

/** A sentence that may carry emphasis, a link or inline code (never at its very end). */
function markedSentence(random: SeededRandom): Prose {
  const plain = plainSentence(random);
  const words = countWords(plain);
  const roll = random.int(0, 5);
  const [first, ...rest] = plain.split(" ");
  if (roll === 0) return { text: `*${first}* ${rest.join(" ")}`, words };
  if (roll === 1) return { text: `**${first} ${rest[0] ?? ""}** ${rest.slice(1).join(" ")}`, words };
  if (roll === 2) {
    const link = random.pick(LINK_TEXTS);
    return { text: `See [${link}](https://example.com/${slug(link)}) first. ${plain}`, words: words + 2 + countWords(link) };
  }
  if (roll === 3) return { text: `Run \`${random.pick(CODE_NAMES)}\` before ${plain.charAt(0).toLowerCase()}${plain.slice(1)}`, words: words + 2 };
  return { text: plain, words };
}

function paragraph(random: SeededRandom): Prose {
  const sentences = Array.from({ length: random.int(1, 4) }, () => markedSentence(random));
  const last = plainSentence(random);
  return {
    text: [...sentences.map((sentence) => sentence.text), last].join(" "),
    words: sentences.reduce((sum, sentence) => sum + sentence.words, 0) + countWords(last),
  };
}

function heading(random: SeededRandom): Prose {
  const text = random.pick(HEADINGS);
  return { text: `${random.chance(0.25) ? "###" : "##"} ${text}`, words: countWords(text) };
}

function list(random: SeededRandom): Prose {
  const ordered = random.chance(0.3);
  const items = Array.from({ length: random.int(3, 5) }, () => capitalize(random.pick(LIST_ITEMS)));
  return { text: items.map((item, i) => `${ordered ? `${i + 1}.` : "-"} ${item}`).join("\n"), words: countWords(items.join(" ")) };
}

function quote(random: SeededRandom): Prose {
  const text = `${plainSentence(random)} ${plainSentence(random)}`;
  return { text: `> ${text}`, words: countWords(text) };
}

function codeBlock(random: SeededRandom): Prose {
  const block = random.pick(CODE_BLOCKS);
  return { text: ["```" + block.language, ...block.lines, "```"].join("\n"), words: 0 };
}

function table(random: SeededRandom): Prose {
  const rows = Array.from({ length: random.int(3, 5) }, () => random.pick(TABLE_ROWS));
  const lines = ["| Crop | Watering | Harvest |", "| --- | --- | --- |", ...rows.map((row) => `| ${row.join(" | ")} |`)];
  return { text: lines.join("\n"), words: 3 + countWords(rows.flat().join(" ")) };
}

function image(random: SeededRandom, index: number): Prose {
  const alt = `Photo of ${random.pick(OBJECTS)}`;
  return { text: `![${alt}](images/photo-${index % 5}.png)`, words: countWords(alt) };
}

/** The next block after a paragraph: mostly more paragraphs, sometimes something else. */
function nextBlock(random: SeededRandom, index: number): Prose {
  const roll = random.next();
  if (roll < 0.6) return paragraph(random);
  if (roll < 0.7) return list(random);
  if (roll < 0.76) return quote(random);
  if (roll < 0.82) return codeBlock(random);
  if (roll < 0.86) return table(random);
  if (roll < 0.9) return image(random, index);
  return heading(random);
}

/** A post of about `recipe.words` prose words, the same for the same seed. */
export function generatePost(recipe: PostRecipe): GeneratedPost {
  const random = seededRandom(recipe.seed);
  const title = recipe.title ?? `Benchmark post ${recipe.seed}`;
  const description = plainSentence(random);
  const frontMatter = ["---", `title: ${title}`, "date: 2026-01-15", `description: ${description}`, "tags: [garden, software]", "---"].join("\n");
  const blocks: string[] = [];
  let words = 0;
  const add = (prose: Prose) => {
    blocks.push(prose.text);
    words += prose.words;
  };
  add(paragraph(random));
  while (words < recipe.words) {
    add(nextBlock(random, blocks.length));
    // Every kind of block is followed by a paragraph, so the post reads as prose with things in it.
    if (words < recipe.words) add(paragraph(random));
  }
  return { text: `${frontMatter}\n\n${blocks.join("\n\n")}\n`, words };
}
