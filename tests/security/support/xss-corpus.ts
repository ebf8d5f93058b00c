/** The hostile Markdown corpus: the shared public vectors (when this checkout has them) and our own. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** One hostile document. */
export interface XssVector {
  readonly id: string;
  /** The public corpus's source, or our own family name. */
  readonly family: string;
  readonly markdown: string;
}

// Paths from the repository root, where Vitest and Playwright run (no import.meta: Playwright loads this as CommonJS).

/** `../shared/data/xss/vectors.json` from the repository root: 444 public vectors (see its README). */
export const PUBLIC_VECTORS_PATH = resolve("../shared/data/xss/vectors.json");

/** Our own vectors for Markdown contexts. */
export const OWN_VECTORS_PATH = resolve("tests/security/fixtures/markdown-vectors.json");

/** The family of a public vector: its id's prefix (`owasp`, `h5sc`, `dompurify`, `mdit`), or `reports` for CVE and bug-report ids. */
function publicFamily(id: string): string {
  const prefix = id.split("-")[0] ?? id;
  return ["owasp", "h5sc", "dompurify", "mdit"].includes(prefix) ? prefix : "reports";
}

/** The public vectors, or null when this checkout has no `../shared/data/xss/vectors.json`. */
export function loadPublicVectors(): XssVector[] | null {
  if (!existsSync(PUBLIC_VECTORS_PATH)) return null;
  const raw = JSON.parse(readFileSync(PUBLIC_VECTORS_PATH, "utf8")) as { id: string; markdown: string }[];
  return raw.map(({ id, markdown }) => ({ id, family: publicFamily(id), markdown }));
}

/** Our own vectors (tests/security/fixtures/markdown-vectors.json). */
export function loadOwnVectors(): XssVector[] {
  const raw = JSON.parse(readFileSync(OWN_VECTORS_PATH, "utf8")) as { id: string; family: string; markdown: string }[];
  return raw.map(({ id, family, markdown }) => ({ id, family: `own:${family}`, markdown }));
}
