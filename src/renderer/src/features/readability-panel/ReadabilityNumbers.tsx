import type { ReadabilityReport } from "../../../../shared/readability";
import { daleChallGrade } from "../../../../shared/readability/formulas/dale-chall";
import { countOf, formatCount, formatScore } from "./format";
import { SCORE_ROWS } from "./score-explanations";

/**
 * Words, sentences, paragraphs, sentence length and reading time of the running prose: the
 * sentences the scores grade. The status bar counts every word a reader reads (headings and
 * tables too), so the two word counts differ, and the tile says which words it counts.
 */
export function ReadabilityCounts({ stats }: { stats: ReadabilityReport["stats"] }) {
  return (
    <dl className="readability-counts">
      <div>
        <dt title="Words of the sentences graded: headings, tables and code are left out">Words in sentences</dt>
        <dd>{formatCount(stats.words)}</dd>
      </div>
      <div>
        <dt>Sentences</dt>
        <dd>{formatCount(stats.sentences)}</dd>
      </div>
      <div>
        <dt>Paragraphs</dt>
        <dd>{formatCount(stats.paragraphs)}</dd>
      </div>
      <div className="is-wide">
        <dt>Average sentence</dt>
        <dd>
          {formatScore(stats.averageSentenceLength)} <span className="count-unit">words</span>
        </dd>
      </div>
      <div>
        <dt>Reading</dt>
        <dd>{stats.readingTimeMinutes === 0 ? "–" : countOf(stats.readingTimeMinutes, "min", "min")}</dd>
      </div>
    </dl>
  );
}

/** The other formulas' scores, each with what it measures. */
export function ScoreTable({ scores }: { scores: ReadabilityReport["scores"] }) {
  return (
    <table className="score-table">
      <caption className="visually-hidden">Readability scores</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Formula and what it measures</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {SCORE_ROWS.map(({ score, name, measures }) => {
          const value = scores[score];
          const note = score === "daleChall" && value !== null ? ` A score, not a grade: about grade ${formatScore(Math.round(daleChallGrade(value)))} here.` : "";
          return (
            <tr key={score}>
              <th scope="row">
                <span className="score-name">{name}</span>
                <span className="score-measures">
                  {measures}
                  {note}
                </span>
              </th>
              <td>{formatScore(value)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
