/** Reads the fields the posts list and the preview header show: title, date, description, draft, tags. */
import type { FrontMatterData } from "./front-matter";

/** The header of a post as a reader sees it. */
export interface PostHeader {
  readonly title: string | null;
  readonly date: string | null;
  readonly description: string | null;
  readonly draft: boolean;
  readonly tags: readonly string[];
}

/** Dates in YAML parse to Date objects; we show the calendar date the writer typed. */
function dateField(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  return null;
}

/** A field's text, trimmed (numbers as written); null when empty or not text. */
export function textField(value: unknown): string | null {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  if (typeof value === "number") return String(value);
  return null;
}

function tagsField(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(textField).filter((t): t is string => t !== null);
  const one = textField(value);
  return one === null ? [] : one.split(",").map((t) => t.trim()).filter(Boolean);
}

/** Reads the header fields from parsed front matter (null when the post has none). */
export function readPostHeader(frontMatter: FrontMatterData | null): PostHeader {
  const data = frontMatter?.data ?? {};
  return {
    title: textField(data.title),
    date: dateField(data.date),
    description: textField(data.description),
    draft: data.draft === true || data.draft === "true",
    tags: tagsField(data.tags ?? data.keywords),
  };
}

const ATX_H1 = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/m;

/** The text of the first `# heading` of a Markdown body, or null. */
export function firstHeading(body: string): string | null {
  const match = ATX_H1.exec(body);
  return match?.[1]?.trim() || null;
}

/** The file name without folders and without its Markdown extension. */
export function fileStem(id: string): string {
  const name = id.slice(id.lastIndexOf("/") + 1);
  return name.replace(/\.(md|markdown)$/i, "");
}
