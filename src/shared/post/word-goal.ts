/** A post's writing goal: front matter `word_goal: 1000` sets how many words the writer aims for. */
import type { FrontMatterData } from "./front-matter";

/** The goal in words, or null when there is none or it is not a positive whole number. */
export function wordGoalOf(frontMatter: FrontMatterData | null): number | null {
  const value = frontMatter?.data["word_goal"];
  const goal = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(goal) && goal > 0 ? goal : null;
}
