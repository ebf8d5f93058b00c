/**
 * Splits a post into its YAML front matter and its Markdown body, and reads the fields the app
 * shows. Parsing uses the `yaml` Document API so later edits keep the writer's comments and order.
 */
import { parseDocument } from "yaml";

/** Where the front matter block sits in the text. */
export interface FrontMatterBlock {
  /** The YAML between the fences, without them. */
  readonly yaml: string;
  /** Offset in the text where the body starts (after the closing fence and its line break). */
  readonly bodyOffset: number;
  /** Zero-based line where the body starts. */
  readonly bodyLine: number;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Finds a `---` fenced YAML block at the very start of the text, or null when there is none. */
export function findFrontMatter(text: string): FrontMatterBlock | null {
  const open = OPENING.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  // An empty block closes on the line right after the opening fence.
  const close = CLOSING.exec(rest);
  if (!close) return null;
  const yaml = rest.slice(0, close.index);
  const bodyOffset = open[0].length + close.index + close[0].length;
  return { yaml, bodyOffset, bodyLine: countLines(text.slice(0, bodyOffset)) };
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}

/** The front matter as plain data, with a writer-readable error when the YAML is broken. */
export interface FrontMatterData {
  readonly data: Readonly<Record<string, unknown>>;
  readonly error: string | null;
}

/** Parses a front matter block's YAML. Broken YAML gives empty data and a message, never a throw. */
export function readFrontMatterData(yaml: string): FrontMatterData {
  const doc = parseDocument(yaml, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first?.linePos?.[0]?.line;
    const where = line === undefined ? "" : ` (front matter line ${line})`;
    return { data: {}, error: `The front matter is not valid YAML${where}: ${first?.code ?? "syntax error"}. The post opens as text; fix it to see its title and date.` };
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch {
    // yaml refuses aliases that expand without bound (a "billion laughs" post from a stranger).
    return { data: {}, error: "The front matter repeats itself too much (YAML aliases) to be read. The post opens as text." };
  }
  if (value === null || value === undefined) return { data: {}, error: null };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { data: {}, error: "The front matter should be a list of `key: value` lines." };
  }
  return { data: value as Record<string, unknown>, error: null };
}

/** The parts of a post the app reads: its front matter data and its body. */
export interface SplitPost {
  readonly frontMatter: FrontMatterData | null;
  readonly body: string;
  /** Offset of the body in the whole text. */
  readonly bodyOffset: number;
  /** Zero-based line of the body in the whole text. */
  readonly bodyLine: number;
}

/** Splits and parses a post's text in one step. */
export function splitPost(text: string): SplitPost {
  return splitWith(text, readFrontMatterData);
}

/**
 * A `splitPost` for one post being edited: the YAML is parsed again only when it changed since
 * the last call, so typing in the body does not parse the front matter per keystroke, and readers
 * get the same `frontMatter` object while it stays the same.
 */
export function createPostSplitter(): (text: string) => SplitPost {
  let lastYaml: string | null = null;
  let lastData: FrontMatterData | null = null;
  return (text) =>
    splitWith(text, (yaml) => {
      if (yaml !== lastYaml || !lastData) {
        lastYaml = yaml;
        lastData = readFrontMatterData(yaml);
      }
      return lastData;
    });
}

function splitWith(text: string, readData: (yaml: string) => FrontMatterData): SplitPost {
  const block = findFrontMatter(text);
  if (!block) {
    const bom = text.startsWith("\uFEFF") ? 1 : 0;
    return { frontMatter: null, body: text.slice(bom), bodyOffset: bom, bodyLine: 0 };
  }
  return {
    frontMatter: readData(block.yaml),
    body: text.slice(block.bodyOffset),
    bodyOffset: block.bodyOffset,
    bodyLine: block.bodyLine,
  };
}
