import { describe, expect, it } from "vitest";
import { findTextMatches } from "../../../src/shared/search/find-matches";
import { compileSearchPattern, type PostSearchRequest } from "../../../src/shared/search/search-pattern";

const request = (query: string, options: Partial<PostSearchRequest> = {}): PostSearchRequest => ({ query, regex: false, matchCase: false, ...options });

function found(text: string, search: PostSearchRequest): string[] {
  const compiled = compileSearchPattern(search);
  if (!compiled.ok) throw new Error(compiled.message);
  return findTextMatches(text, compiled.pattern, 50).matches.map((match) => match.snippet.slice(match.snippetFrom, match.snippetTo));
}

describe("compileSearchPattern", () => {
  it("finds typed words literally, punctuation included, whatever the spacing between them", () => {
    expect(found("I like C++ and a.b, not axb. I like   C++\ntoo.", request("like c++"))).toEqual(["like C++", "like   C++"]);
    expect(found("a.b axb", request("a.b"))).toEqual(["a.b"]);
  });

  it("reads a regular expression with line anchors and Unicode classes", () => {
    expect(found("## One\ntext ## no\n## Zwei Ü\n", request("^## \\p{L}+", { regex: true }))).toEqual(["## One", "## Zwei"]);
  });

  it("says why a regular expression is invalid, and that an empty search finds nothing", () => {
    expect(compileSearchPattern(request("a(b", { regex: true }))).toEqual({ ok: false, message: expect.stringMatching(/^Not a valid regular expression: .*a\(b/) as string });
    expect(compileSearchPattern(request("   ")).ok).toBe(false);
  });

  it("steps past empty matches instead of looping", () => {
    expect(found("ab", request("x*", { regex: true }))).toEqual([]);
  });

  it("cuts a long line around the match and marks where it was cut", () => {
    const line = `${"word ".repeat(30)}needle${" tail".repeat(30)}`;
    const compiled = compileSearchPattern(request("needle"));
    if (!compiled.ok) throw new Error(compiled.message);
    const [match] = findTextMatches(line, compiled.pattern, 5).matches;
    expect(match?.snippet.startsWith("…")).toBe(true);
    expect(match?.snippet.endsWith("…")).toBe(true);
    expect(match?.from).toEqual({ line: 1, column: 150 });
  });
});
