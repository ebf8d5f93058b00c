/**
 * Runs "Find in posts" as the writer types: a short pause after the last keystroke, only the
 * latest search's answer is shown, and an invalid regular expression is said at once without
 * asking the API (which would say the same).
 */
import { useEffect, useMemo, useState } from "react";
import type { PostSearchResult } from "../../../../shared/api/contract";
import { compileSearchPattern, type PostSearchRequest } from "../../../../shared/search/search-pattern";
import { useApi } from "../../api/api-context";
import { apiErrorCode, errorMessage } from "../../api/api-errors";

/** Pause after typing before searching: a search reads every post, so not one per letter. */
const TYPING_PAUSE_MS = 250;

/** Where a search stands. */
export type PostSearchState =
  | { readonly kind: "idle" }
  | { readonly kind: "searching" }
  | { readonly kind: "invalid"; readonly message: string }
  | { readonly kind: "done"; readonly result: PostSearchResult };

/** The API's answer to one request, by the request it answers. */
interface Answer {
  readonly key: string;
  readonly state: Extract<PostSearchState, { kind: "invalid" | "done" }>;
}

/** The search state for `request`, searched again whenever it changes. */
export function usePostSearch(request: PostSearchRequest, reportError: (error: unknown) => void): PostSearchState {
  const api = useApi();
  const { query, regex, matchCase } = request;
  const key = JSON.stringify([query, regex, matchCase]);
  const compiled = useMemo(() => (query.trim() === "" ? null : compileSearchPattern({ query, regex, matchCase })), [query, regex, matchCase]);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!compiled?.ok) return;
    let current = true;
    const timer = setTimeout(() => {
      api.searchPosts({ query, regex, matchCase }).then(
        (result) => {
          if (current) setAnswer({ key, state: { kind: "done", result } });
        },
        (error: unknown) => {
          if (!current) return;
          if (apiErrorCode(error) === "invalid-argument") setAnswer({ key, state: { kind: "invalid", message: errorMessage(error) } });
          else reportError(error);
        },
      );
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, compiled, key, query, regex, matchCase, reportError]);

  if (compiled === null) return { kind: "idle" };
  if (!compiled.ok) return { kind: "invalid", message: compiled.message };
  if (answer?.key === key) return answer.state;
  // The previous results stay while the next search runs, so the list does not flash empty at every letter.
  return answer?.state.kind === "done" ? answer.state : { kind: "searching" };
}
