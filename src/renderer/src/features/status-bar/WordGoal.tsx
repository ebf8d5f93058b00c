const NUMBER = new Intl.NumberFormat();

/** Progress towards the post's `word_goal`: a bar and "812 / 1,000 words". */
export function WordGoal({ words, goal }: { words: number; goal: number }) {
  const share = Math.min(1, words / goal);
  return (
    // aria-live off: the status bar is a live region, and the count changes with every word.
    <span role="progressbar" aria-label="Word goal" aria-live="off" aria-valuemin={0} aria-valuemax={goal} aria-valuenow={Math.min(words, goal)} className="status-goal">
      <span className="status-goal-track" aria-hidden="true">
        {/* A React style object is set through the CSSOM, which the CSP allows. */}
        <span className={share >= 1 ? "status-goal-fill is-met" : "status-goal-fill"} style={{ width: `${share * 100}%` }} />
      </span>
      {`${NUMBER.format(words)} / ${NUMBER.format(goal)} words`}
    </span>
  );
}
