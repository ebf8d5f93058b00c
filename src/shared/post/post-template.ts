/**
 * Fills a writer's template for new posts (`.clearpost/template.md` in the posts folder):
 * `{{title}}`, `{{date}}` and `{{slug}}` become the new post's. A placeholder that is a whole
 * front matter value (`title: {{title}}`) is written as YAML, quoted when the title needs it, so
 * a title with a colon or quotes cannot break the front matter; anywhere else it is plain text.
 */
import { stringify } from "yaml";
import { findFrontMatter, splitPost } from "./front-matter";

/** What the placeholders stand for. */
export interface PostTemplateValues {
  readonly title: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly slug: string;
}

/** A filled template, or why it cannot be used. */
export type FilledTemplate = { readonly text: string; readonly problem: null } | { readonly text: null; readonly problem: string };

const PLACEHOLDER = /\{\{\s*(title|date|slug)\s*\}\}/g;
/** A front matter line whose whole value is one placeholder: `key: {{name}}`, maybe `- {{name}}` in a list. */
const WHOLE_VALUE = /^(\s*(?:[^\s#:][^:]*:|-)[ \t]+)\{\{\s*(title|date|slug)\s*\}\}[ \t]*$/gm;

const valueOf = (values: PostTemplateValues, name: string) => values[name as keyof PostTemplateValues];

/** Fills `template` with `values`; a template whose front matter is not valid YAML once filled is refused with the reason. */
export function fillPostTemplate(template: string, values: PostTemplateValues): FilledTemplate {
  const block = findFrontMatter(template);
  const end = block?.bodyOffset ?? 0;
  const frontMatter = template
    .slice(0, end)
    .replace(WHOLE_VALUE, (_line, head: string, name: string) => `${head}${stringify(valueOf(values, name)).trimEnd()}`)
    .replace(PLACEHOLDER, (_match, name: string) => valueOf(values, name));
  const body = template.slice(end).replace(PLACEHOLDER, (_match, name: string) => valueOf(values, name));
  const text = frontMatter + body;
  const error = splitPost(text).frontMatter?.error ?? null;
  if (error !== null) return { text: null, problem: `The template for new posts (.clearpost/template.md) cannot be used: ${error.replace(/ The post opens as text.*$/, "")}` };
  return { text, problem: null };
}
