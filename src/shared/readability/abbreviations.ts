/**
 * Abbreviations whose period is not a sentence end, in three kinds, because "Dr. Smith" never
 * ends a sentence, "Fig. 2" ends none before a number, and "in the U.S. The" does end one.
 * Lower-case, without the final period.
 */

/** Titles and Latin or editorial shorthand, always followed by more of the same sentence. */
export const NEVER_ENDS_SENTENCE: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "hon", "gen", "capt", "lt", "col", "sgt", "gov", "sen", "rep", "st", "mt", "messrs", "mme", "mlle",
  "e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "esp", "incl", "resp", "w.r.t",
]);

/** References that come before a number: "Fig. 2", "No. 5", "p. 12". */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set([
  "fig", "figs", "no", "nos", "p", "pp", "vol", "vols", "ch", "chap", "sec", "eq", "art", "para", "ref", "tab", "op",
]);

/**
 * Abbreviations that often end a sentence too ("... and so on, etc."). Any dotted initialism
 * (U.S., Ph.D.) and a single capital initial (J. K. Rowling) behave the same way.
 */
export const MAY_END_SENTENCE: ReadonlySet<string> = new Set([
  "etc", "al", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "a.m", "p.m", "u.s", "u.k", "u.n", "ph.d",
]);

/**
 * Words that commonly open a sentence: after an abbreviation that may end one, a capitalised
 * word from this list starts a new sentence ("in the U.S. The report"), any other does not
 * ("U.S. President", "J. K. Rowling").
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "a", "after", "all", "also", "an", "and", "as", "at", "before", "but", "for", "he", "her", "here", "his", "how", "however", "i", "if", "in",
  "it", "its", "many", "most", "my", "no", "not", "on", "one", "our", "she", "so", "some", "that", "the", "their", "then", "there", "these",
  "they", "this", "those", "to", "we", "what", "when", "why", "yes", "you", "your",
]);
