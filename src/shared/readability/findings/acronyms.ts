/**
 * Acronyms used before they are spelled out. Each unit lists its acronym mentions and whether a
 * mention spells the acronym out ("application programming interface (API)" or "API
 * (application programming interface)"); the post-level pass marks an acronym's first mention
 * when that mention does not. Acronyms that are everyday words (TV, OK, NASA) are left alone.
 */
import { NO_COUNTS } from "../counts";
import type { AnalyzedSentence } from "../analyzed-sentence";
import type { UnitFinding } from "../finding";
import type { SourceRange } from "../prose";
import { isAmongMostFrequent } from "../word-lists/word-frequency";

/** An acronym as written in a unit (offsets relative to the unit). */
export interface AcronymMention extends SourceRange {
  /** The acronym without a plural "s" ("APIs" -> "API"). */
  readonly acronym: string;
  /** True when this mention spells the acronym out. */
  readonly spelledOut: boolean;
}

const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9&]*[A-Z0-9](?:s)?$/;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
const SMALL_WORDS = new Set(["of", "and", "the", "for", "to", "a", "an", "in", "on", "at", "by", "&"]);
/** Acronyms as common as this many of the most frequent words are everyday words. */
const EVERYDAY_ACRONYM_RANK = 10_000;

/** Whether these words' initials spell the acronym (small words may be skipped, letters may come from inside a word). */
function spells(words: readonly string[], acronym: string): boolean {
  const significant = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, "");
  const first = significant[0];
  if (!first || first[0]?.toLowerCase() !== letters[0] || significant.length > letters.length + 1) return false;
  const joined = significant.join(" ").toLowerCase();
  let at = 0;
  for (const letter of letters) {
    at = joined.indexOf(letter, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

/** The acronym mentions of one sentence; `text` is the unit's text, for the parentheses around them. */
export function findAcronymMentions(sentence: AnalyzedSentence, text: string): AcronymMention[] {
  const { words } = sentence;
  // A sentence written in capitals is shouting or a label, not acronyms.
  if (words.length >= 3 && words.every((word) => word.text === word.text.toUpperCase())) return [];
  const mentions: AcronymMention[] = [];
  words.forEach((word, index) => {
    if (!ACRONYM.test(word.text) || ROMAN_NUMERAL.test(word.text)) return;
    const acronym = word.text.replace(/s$/, "");
    if (isAmongMostFrequent(acronym.toLowerCase(), EVERYDAY_ACRONYM_RANK)) return;
    const size = acronym.length + 3;
    const inParentheses = text[word.from - 1] === "(";
    const before = words.slice(Math.max(0, index - size), index).map((w) => w.text);
    const after = text[word.to] === " " && text[word.to + 1] === "(" ? words.slice(index + 1).filter((w) => w.to <= text.indexOf(")", word.to)).map((w) => w.text) : [];
    const spelledOut = (inParentheses && before.some((_, k) => spells(before.slice(k), acronym))) || (after.length > 0 && spells(after, acronym));
    mentions.push({ acronym, from: word.from, to: word.to, spelledOut });
  });
  return mentions;
}

/** Marks the first mention of each acronym when that mention does not spell it out (post-level). */
export function findUndefinedAcronyms(mentions: readonly AcronymMention[]): UnitFinding[] {
  const seen = new Set<string>();
  const findings: UnitFinding[] = [];
  for (const mention of mentions) {
    if (seen.has(mention.acronym)) continue;
    seen.add(mention.acronym);
    if (mention.spelledOut) continue;
    findings.push({
      kind: "undefined-acronym",
      from: mention.from,
      to: mention.to,
      message: `Spell out “${mention.acronym}” the first time you use it, e.g. “full name (${mention.acronym})”.`,
      fix: { remove: NO_COUNTS, add: NO_COUNTS },
    });
  }
  return findings;
}
