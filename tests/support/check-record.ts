/** The score fields every `clearpost check --json` record carries (issue 3), for the unit and the built-CLI tests alike. */
export const CHECK_SCORE_NAMES = [
  "fleschReadingEase",
  "fleschKincaidGrade",
  "gunningFog",
  "smog",
  "colemanLiau",
  "automatedReadabilityIndex",
  "daleChall",
] as const;

/** `{name: matcher}` for every score, with the matcher of the test runner at hand (Vitest's or Playwright's `expect.any(Number)`). */
export function everyScore(matcher: unknown): Record<(typeof CHECK_SCORE_NAMES)[number], unknown> {
  return Object.fromEntries(CHECK_SCORE_NAMES.map((name) => [name, matcher])) as Record<(typeof CHECK_SCORE_NAMES)[number], unknown>;
}
