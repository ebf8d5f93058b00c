/** The text of a newly created post: front matter with title, date and draft, then a heading-free body. */
import { stringify } from "yaml";

/** Today's date as the writer's calendar shows it, `YYYY-MM-DD`. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Front matter plus an empty first paragraph; `yaml` quotes titles that need it (colons, quotes). */
export function newPostText(title: string, now: Date): string {
  const frontMatter = stringify({ title: title.trim(), date: localIsoDate(now), draft: true });
  return `---\n${frontMatter}---\n\n`;
}
