import { useCallback, useEffect, useMemo } from "react";
import type { RelatedPostSummary } from "../../../../shared/api/contract";
import type { KeyphraseReport } from "../../../../shared/keywords";
import type { PostSummary } from "../../../../shared/model/post";
import { fileStem } from "../../../../shared/post/fields";
import { markdownPostLink } from "../../../../shared/post/post-link";
import type { SourceRange } from "../../../../shared/readability";
import type { PostSession } from "../../session/post-session";
import { useSessionStatus } from "../../session/use-session-status";
import { useStoreValue } from "../../store";
import { CheckList } from "../checks/CheckList";
import { useJumpToSource } from "../checks/use-jump-to-source";
import { SidePanel } from "../side-panels/SidePanel";
import { addToKeywords, insertAtCursor, chooseFocusKeyphrase } from "./front-matter-edits";
import { checkItems, checksSummary } from "./keyword-checks";
import { RelatedPosts } from "./RelatedPosts";
import { SearchResultPreview, SocialCardPreview } from "./SearchPreviews";
import { SuggestionList } from "./SuggestionList";

interface KeywordsPanelProps {
  readonly session: PostSession;
  /** The folder's posts: their focus keyphrases for the duplicate check, and a refresh signal for related posts. */
  readonly posts: readonly PostSummary[];
  /** Shows the editor when the writer hid it, before jumping to a place in it. */
  readonly revealEditor: () => void;
  readonly reportError: (error: unknown) => void;
}

/** One keyword of front matter `keywords`, its checklist folded under a summary line. */
function KeywordChecklist({ keyphrase, onJump }: { keyphrase: KeyphraseReport; onJump: (range: SourceRange) => void }) {
  return (
    <details className="keyword-checklist">
      <summary>
        <span className="keyword-phrase">{keyphrase.phrase}</span> <span className="panel-note">({checksSummary(keyphrase.checks)})</span>
      </summary>
      <CheckList checks={checkItems(keyphrase.checks)} onJump={onJump} label={`Checks for ${keyphrase.phrase}`} />
    </details>
  );
}

/**
 * What the post is about and whether readers searching for it will find it: suggestions, the
 * focus keyphrase's and keywords' checklists, the post checks, the search result and social card,
 * and related posts. While it shows, the keyword engine runs in the analysis worker after every
 * painted change; its choices edit the front matter through the editor, so undo works.
 */
export function KeywordsPanel({ session, posts, revealEditor, reportError }: KeywordsPanelProps) {
  const { analysis, view } = session;
  const report = useStoreValue(analysis.state, (state) => state.keywords);
  const failure = useStoreValue(analysis.state, (state) => state.failure);
  const postId = useSessionStatus(session, (status) => status.id, session.id);
  const readOnly = useSessionStatus(session, (status) => status.readOnly !== null, false);
  const jumpTo = useJumpToSource(session, revealEditor);

  useEffect(() => {
    analysis.setEnabled("keywords", true);
    return () => analysis.setEnabled("keywords", false);
  }, [analysis]);

  useEffect(() => {
    const otherFocusKeyphrases = posts.flatMap((post) => (post.id !== postId && post.focusKeyphrase !== null ? [{ id: post.id, focusKeyphrase: post.focusKeyphrase }] : []));
    analysis.setKeywordContext({ slug: fileStem(postId), otherFocusKeyphrases });
  }, [analysis, posts, postId]);

  const edit = useCallback(
    (change: () => void) => {
      try {
        change();
      } catch (error) {
        reportError(error);
      }
    },
    [reportError],
  );
  const insertLink = useCallback((post: RelatedPostSummary) => insertAtCursor(view, markdownPostLink(postId, post.id, post.title)), [view, postId]);
  const chosen = useMemo(() => new Set(report?.keywords.map((keyword) => keyword.phrase.toLowerCase()) ?? []), [report]);

  return (
    <SidePanel name="Keywords" className="keywords-panel" failure={failure} ready={report !== null}>
      {() =>
        report && (
          <>
            <h3 className="panel-heading">Focus keyphrase</h3>
            {report.focus === null ? (
              <p className="panel-note">None yet. Choose the phrase readers would search for: pick one of the suggestions below.</p>
            ) : (
              <>
                <p className="focus-keyphrase">{report.focus.phrase}</p>
                <CheckList checks={checkItems(report.focus.checks)} onJump={jumpTo} label="Focus keyphrase checks" />
              </>
            )}
            <h3 className="panel-heading">Suggestions</h3>
            <SuggestionList
              suggestions={report.suggestions}
              focus={report.focus?.phrase.toLowerCase() ?? null}
              keywords={chosen}
              readOnly={readOnly}
              onUseAsFocus={(phrase) => edit(() => chooseFocusKeyphrase(view, phrase))}
              onAddToKeywords={(phrase) => edit(() => addToKeywords(view, phrase))}
            />
            {report.keywords.length > 0 ? (
              <>
                <h3 className="panel-heading">Keywords</h3>
                {report.keywords.map((keyphrase) => (
                  <KeywordChecklist key={keyphrase.phrase} keyphrase={keyphrase} onJump={jumpTo} />
                ))}
              </>
            ) : null}
            <h3 className="panel-heading">Post</h3>
            <CheckList checks={checkItems(report.post)} onJump={jumpTo} label="Post checks" />
            <h3 className="panel-heading">In search results</h3>
            <SearchResultPreview preview={report.preview} />
            <h3 className="panel-heading">When shared</h3>
            <SocialCardPreview preview={report.preview} postId={postId} />
            <h3 className="panel-heading">Related posts</h3>
            <RelatedPosts postId={postId} posts={posts} readOnly={readOnly} onInsertLink={insertLink} />
          </>
        )
      }
    </SidePanel>
  );
}
