/**
 * The text of a new post: the writer's template (`.clearpost/template.md` in the posts folder,
 * placeholders filled) when there is one that works, else Clearpost's own front matter. A broken
 * template never stops a post from being created; the reason comes back for the writer to see.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { newPostText, localIsoDate } from "../../shared/post/new-post";
import { fillPostTemplate } from "../../shared/post/post-template";
import { slugify } from "../../shared/post/slug";
import { errnoCode } from "./file-errors";

/** Where the template lives, from the posts folder (a dot-folder: never listed as posts). */
const POST_TEMPLATE_PATH = [".clearpost", "template.md"] as const;

/** A template is a page of front matter and a few headings; anything bigger is a mistake. */
const MAX_TEMPLATE_BYTES = 256 * 1024;

/** A new post's text, and why the writer's template was not used (null when it was, or when there is none). */
export interface NewPostText {
  readonly text: string;
  readonly templateProblem: string | null;
}

/** The template's text, null when there is none; throws a writer's reason when it cannot be read. */
async function readTemplate(folder: string): Promise<string | null> {
  try {
    const bytes = await readFile(path.join(folder, ...POST_TEMPLATE_PATH));
    if (bytes.length > MAX_TEMPLATE_BYTES) throw new Error(`it is larger than ${MAX_TEMPLATE_BYTES / 1024} KB`);
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return null;
    if (error instanceof TypeError) throw new Error("it is not UTF-8 text", { cause: error });
    throw error;
  }
}

/** The text of a new post titled `title` created at `now` in `folder`. */
export async function newPostTextFor(folder: string, title: string, now: Date): Promise<NewPostText> {
  const fallback = newPostText(title, now);
  let template: string | null;
  try {
    template = await readTemplate(folder);
  } catch (error) {
    const reason = errnoCode(error) ?? (error instanceof Error ? error.message : String(error));
    return { text: fallback, templateProblem: `Clearpost could not read the template for new posts (.clearpost/template.md): ${reason}. The post was created with the usual front matter.` };
  }
  if (template === null) return { text: fallback, templateProblem: null };
  const filled = fillPostTemplate(template, { title: title.trim(), date: localIsoDate(now), slug: slugify(title) });
  if (filled.text === null) return { text: fallback, templateProblem: `${filled.problem} The post was created with the usual front matter.` };
  return { text: filled.text, templateProblem: null };
}
