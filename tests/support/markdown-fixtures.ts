/** The Markdown fixture pairs (tests/fixtures/markdown/<name>/input.md -> expected.html). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const MARKDOWN_FIXTURES_DIR = join(import.meta.dirname, "../fixtures/markdown");

export interface MarkdownFixture {
  readonly name: string;
  readonly input: string;
  /** Null until the expected output has been written. */
  readonly expected: string | null;
  readonly expectedPath: string;
  /** The post id the fixture stands for, so relative images resolve from `<name>/`. */
  readonly id: string;
}

/** Every fixture, by name. */
export function markdownFixtures(): MarkdownFixture[] {
  return readdirSync(MARKDOWN_FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(MARKDOWN_FIXTURES_DIR, entry.name);
      const expectedPath = join(dir, "expected.html");
      return {
        name: entry.name,
        input: readFileSync(join(dir, "input.md"), "utf8"),
        expected: existsSync(expectedPath) ? readFileSync(expectedPath, "utf8") : null,
        expectedPath,
        id: `${entry.name}/input.md`,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
