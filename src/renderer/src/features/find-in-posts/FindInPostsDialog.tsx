import { useId } from "react";
import type { PostSearchHit, PostSearchMatch, PostSearchResult } from "../../../../shared/api/contract";
import type { PostId } from "../../../../shared/model/post";
import type { PostSearchRequest } from "../../../../shared/search/search-pattern";
import { ModalDialog } from "../../app/ModalDialog";
import { type PostSearchState, usePostSearch } from "./use-post-search";

interface FindInPostsDialogProps {
  readonly request: PostSearchRequest;
  readonly onChange: (request: PostSearchRequest) => void;
  readonly onClose: () => void;
  /** Opens post `id` with `match` selected. */
  readonly onGoTo: (id: PostId, match: PostSearchMatch) => void;
  readonly reportError: (error: unknown) => void;
}

const NUMBER = new Intl.NumberFormat();
const plural = (count: number, one: string, many: string) => `${NUMBER.format(count)} ${count === 1 ? one : many}`;

/** The match in its snippet, marked; the post's text goes in as text, never as HTML. */
function Snippet({ match }: { match: PostSearchMatch }) {
  const { snippet, snippetFrom, snippetTo } = match;
  return (
    <span className="find-snippet">
      {snippet.slice(0, snippetFrom)}
      <mark>{snippet.slice(snippetFrom, snippetTo)}</mark>
      {snippet.slice(snippetTo)}
    </span>
  );
}

function PostMatches({ hit, onGoTo }: { hit: PostSearchHit; onGoTo: FindInPostsDialogProps["onGoTo"] }) {
  const titleId = useId();
  return (
    <li className="find-post" aria-labelledby={titleId}>
      <h3 id={titleId} className="find-post-title">
        {hit.title} <span className="find-post-id">{hit.id}</span>
      </h3>
      <ul className="find-matches">
        {hit.matches.map((match) => (
          <li key={`${match.from.line}:${match.from.column}`}>
            <button type="button" className="find-match" onClick={() => onGoTo(hit.id, match)}>
              <span className="find-line">Line {match.from.line}</span>
              <Snippet match={match} />
            </button>
          </li>
        ))}
      </ul>
      {hit.moreMatches ? <p className="panel-note">More matches in this post are not listed.</p> : null}
    </li>
  );
}

function summaryOf(result: PostSearchResult): string {
  const matches = result.posts.reduce((sum, hit) => sum + hit.matches.length, 0);
  if (matches === 0) return `No matches in ${plural(result.searchedPosts, "post", "posts")}.`;
  return `${plural(matches, "match", "matches")} in ${plural(result.posts.length, "post", "posts")} (of ${NUMBER.format(result.searchedPosts)} searched).`;
}

function Results({ state, onGoTo }: { state: PostSearchState; onGoTo: FindInPostsDialogProps["onGoTo"] }) {
  if (state.kind !== "done") return null;
  const { result } = state;
  return (
    <>
      {result.stopped !== null ? <p className="find-note">{result.stopped}</p> : null}
      {result.skipped.length > 0 ? (
        <details className="find-note">
          <summary>{plural(result.skipped.length, "post was", "posts were")} not searched</summary>
          <ul>
            {result.skipped.map((post) => (
              <li key={post.id}>
                <code>{post.id}</code>: {post.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ul className="find-posts" aria-label="Matches by post">
        {result.posts.map((hit) => (
          <PostMatches key={hit.id} hit={hit} onGoTo={onGoTo} />
        ))}
      </ul>
    </>
  );
}

/**
 * "Find in posts": words, a phrase or a regular expression searched in every saved post of the
 * folder, the matches grouped by post with their line and a little context. Choosing one opens
 * its post with the match selected.
 */
export function FindInPostsDialog({ request, onChange, onClose, onGoTo, reportError }: FindInPostsDialogProps) {
  const state = usePostSearch(request, reportError);
  const errorId = useId();
  const status = state.kind === "searching" ? "Searching…" : state.kind === "done" ? summaryOf(state.result) : "";

  return (
    <ModalDialog title="Find in posts" onCancel={onClose} wide>
      <form role="search" aria-label="Search the posts" className="find-form" onSubmit={(event) => event.preventDefault()}>
        <label className="field">
          <span className="field-label">Find</span>
          <input
            className="text-input"
            type="search"
            value={request.query}
            onChange={(event) => onChange({ ...request, query: event.target.value })}
            aria-invalid={state.kind === "invalid"}
            aria-describedby={state.kind === "invalid" ? errorId : undefined}
            placeholder={request.regex ? "A regular expression, e.g. colou?r" : "Words or a phrase"}
            spellCheck={false}
            autoFocus
          />
        </label>
        <div className="find-options">
          <label className="checkbox-label">
            <input type="checkbox" checked={request.regex} onChange={(event) => onChange({ ...request, regex: event.target.checked })} /> Regular expression
          </label>
          <label className="checkbox-label">
            <input type="checkbox" checked={request.matchCase} onChange={(event) => onChange({ ...request, matchCase: event.target.checked })} /> Match case
          </label>
        </div>
      </form>
      {state.kind === "invalid" && request.query.trim() !== "" ? (
        <p id={errorId} className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <p className="find-status" role="status">
        {status}
      </p>
      <div className="find-results">
        <Results state={state} onGoTo={onGoTo} />
      </div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
