/**
 * Which words carry no topic of their own: the `stopword` package's English list (function
 * words), single letters, and two-letter words unless written as an acronym ("AI", "UX").
 */
import { eng } from "stopword";

const STOPWORDS: ReadonlySet<string> = new Set(eng);

/** Whether a word (as written) is a stopword; `lower` is its lower-case form. */
export function isStopword(text: string, lower: string): boolean {
  if (STOPWORDS.has(lower)) return true;
  if (lower.length === 1) return true;
  return lower.length === 2 && text !== text.toUpperCase();
}
