import type { PostStatistics } from "../../../../shared/api/contract";

const wordCount = new Intl.NumberFormat("en");

/** "· 1,204 words · grade 7.5" after the date: how long and how hard a post is, in its list entry. */
export function PostStatisticsLine({ statistics }: { statistics: PostStatistics }) {
  const { words, grade } = statistics;
  return (
    <span className="post-item-statistics">
      {words === 1 ? "· 1 word" : `· ${wordCount.format(words)} words`}
      {grade === null ? null : ` · grade ${grade.toFixed(1)}`}
    </span>
  );
}
