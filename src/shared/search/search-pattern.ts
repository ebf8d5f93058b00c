/**
 * Turns what the writer typed into "Find in posts" into one regular expression, or a message
 * saying why it cannot be one. Shared by the search service and the search box, so the box can
 * say at once that a pattern is invalid, in the same words the service would.
 */

/** What the writer asks "Find in posts" for. */
export interface PostSearchRequest {
  /** Words to find as a phrase (any spacing or line break between them), or a regular expression. */
  readonly query: string;
  /** Read `query` as a JavaScript regular expression (with the `u` flag). */
  readonly regex: boolean;
  readonly matchCase: boolean;
}

/** The compiled pattern, or why there is none. */
export type SearchPattern = { readonly ok: true; readonly pattern: RegExp } | { readonly ok: false; readonly message: string };

/** Longest query accepted: a search box, not a document. */
const MAX_QUERY_LENGTH = 1000;

const SPECIAL = /[\\^$.*+?()[\]{}|/-]/g;

/** `query`'s words, escaped, joined by any run of white space: a phrase still matches where the writer wrapped a line. */
function phrasePattern(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(SPECIAL, "\\$&"))
    .join("\\s+");
}

/** The regular expression for `request`; `^` and `$` match at line ends. */
export function compileSearchPattern(request: PostSearchRequest): SearchPattern {
  if (request.query.trim() === "") return { ok: false, message: "Type something to find." };
  if (request.query.length > MAX_QUERY_LENGTH) return { ok: false, message: `The search is longer than ${MAX_QUERY_LENGTH} characters.` };
  const flags = `gmu${request.matchCase ? "" : "i"}`;
  try {
    return { ok: true, pattern: new RegExp(request.regex ? request.query : phrasePattern(request.query), flags) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : String(error);
    return { ok: false, message: `Not a valid regular expression: ${reason}` };
  }
}
