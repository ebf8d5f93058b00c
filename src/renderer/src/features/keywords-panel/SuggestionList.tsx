import { useId } from "react";
import type { KeywordSuggestion } from "../../../../shared/keywords";

interface SuggestionListProps {
  readonly suggestions: readonly KeywordSuggestion[];
  /** The focus keyphrase and keywords already chosen, lower-cased, so their buttons say so. */
  readonly focus: string | null;
  readonly keywords: ReadonlySet<string>;
  readonly readOnly: boolean;
  readonly onUseAsFocus: (phrase: string) => void;
  readonly onAddToKeywords: (phrase: string) => void;
}

function places(suggestion: KeywordSuggestion): string[] {
  const { title, intro, headings } = suggestion.where;
  return [title && "title", intro && "intro", headings && "headings"].filter((place): place is string => place !== false);
}

/** The phrases the post is most about, best first, each with its count, where it stands and the two actions. */
export function SuggestionList({ suggestions, focus, keywords, readOnly, onUseAsFocus, onAddToKeywords }: SuggestionListProps) {
  const id = useId();
  if (suggestions.length === 0) return <p className="panel-note">Write a few paragraphs and the phrases they are about will show here.</p>;
  return (
    <ol className="panel-list keyword-suggestions">
      {suggestions.map((suggestion, index) => {
        const phraseId = `${id}-${index}`;
        const key = suggestion.phrase.toLowerCase();
        const where = places(suggestion);
        return (
          <li key={key} className="panel-card keyword-suggestion">
            <span className="keyword-head">
              <span id={phraseId} className="keyword-phrase">
                {suggestion.phrase}
              </span>
              {focus === key ? <span className="keyword-badge">focus</span> : keywords.has(key) ? <span className="keyword-badge">keyword</span> : null}
              <span className="keyword-count">{suggestion.count === 1 ? "once" : `${suggestion.count} times`}</span>
            </span>
            <span className="keyword-where">{where.length > 0 ? `In the ${where.join(", ")}` : "Not in the title, intro or headings"}</span>
            <span className="keyword-actions">
              <button
                type="button"
                className="button button-small"
                aria-describedby={phraseId}
                disabled={readOnly || focus === key}
                aria-label="Use as focus keyphrase"
                onClick={() => onUseAsFocus(suggestion.phrase)}
              >
                {/* Short enough to sit beside the other action; the accessible name says it in full. */}
                Use as focus
              </button>
              <button
                type="button"
                className="button button-small"
                aria-describedby={phraseId}
                disabled={readOnly || keywords.has(key)}
                onClick={() => onAddToKeywords(suggestion.phrase)}
              >
                Add to keywords
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
