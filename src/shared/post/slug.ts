/** Turns a title into a file-name slug: lower case, ASCII letters and digits joined by dashes. */

const MAX_SLUG_LENGTH = 80;

/** `Cancer Study: What It Means!` -> `cancer-study-what-it-means`; never empty. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // drop accents after decomposing é -> e + ´
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
  return slug || "untitled";
}
