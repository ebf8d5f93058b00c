/** The words generated posts are made of: a gardening-and-software blog's plain English, with a few hard words so the readability marks have work to do. */

export const SUBJECTS = [
  "the garden", "our team", "the new release", "a small bed of tomatoes", "the compost heap", "every writer", "the build server",
  "the old greenhouse", "this approach", "the first draft", "a careful reader", "the irrigation system", "my neighbour", "the test suite",
  "the spring harvest", "a good editor", "the soil", "our blog", "the morning light", "the design review",
] as const;

export const VERBS = [
  "needs", "shows", "keeps", "changes", "brings", "follows", "protects", "measures", "improves", "slows", "feeds", "explains",
  "replaces", "welcomes", "survives", "reaches", "covers", "supports", "simplifies", "complicates",
] as const;

export const OBJECTS = [
  "more water than we expected", "the rest of the week", "a simple plan", "the roots", "fewer mistakes", "every small change",
  "the slow parts of the process", "the weeds along the fence", "a steady rhythm", "the readers who stay", "the heat of the afternoon",
  "the numbers we care about", "the mulch", "a second opinion", "the whole season", "the page", "our assumptions", "the seedlings",
] as const;

export const TAILS = [
  "before the first frost", "after a long day", "without much effort", "in the shade of the old oak", "when the deadline comes",
  "by the end of the month", "during the dry weeks", "for reasons nobody wrote down", "with surprising consistency",
  "in spite of the organizational impediments", "as the documentation suggests", "once the rain stops",
] as const;

export const OPENERS = [
  "However", "In practice", "Last year", "Of course", "Surprisingly", "For now", "Meanwhile", "In the end", "Frankly", "Consequently",
] as const;

export const ADVERBS = ["really", "quietly", "extremely", "usually", "carefully", "slowly", "completely", "basically"] as const;

export const PASSIVES = [
  "the beds were mulched by the kids", "the results were reviewed by the whole team", "the seeds were planted too early",
  "the draft was rewritten twice", "the tests were run every night",
] as const;

export const HARD_WORDS = [
  "methodology", "utilization", "heterogeneous", "implementation", "notwithstanding", "approximately", "infrastructure",
  "comprehensive", "considerable", "facilitated",
] as const;

export const HEADINGS = [
  "What we planted", "Why the build got slower", "Watering on a schedule", "What the numbers say", "Lessons from the first season",
  "Keeping the soil alive", "How we test", "The second draft", "Tools we use", "What comes next", "Reading the results",
  "A note on compost", "Shipping small changes", "When things go wrong",
] as const;

export const LINK_TEXTS = ["our guide", "the release notes", "this study", "an earlier post", "the manual", "a longer answer"] as const;

export const CODE_NAMES = ["waterPlants()", "npm run build", "soil.ph", "git rebase", "--dry-run", "config.yaml", "harvest.json"] as const;

export const LIST_ITEMS = [
  "water early in the morning", "check the soil before you dig", "keep a log of every change", "write the test first",
  "mulch the beds in autumn", "read the draft out loud", "label every row", "ship small and often", "leave room between plants",
] as const;

export const CODE_BLOCKS = [
  { language: "ts", lines: ["export function waterPlants(beds: Bed[]): void {", "  for (const bed of beds) {", "    if (bed.moisture < 0.3) bed.water(2);", "  }", "}"] },
  { language: "python", lines: ["def harvest(rows):", "    total = 0", "    for row in rows:", "        total += row.weight", "    return total"] },
  { language: "sh", lines: ["npm run build", "npm test -- --reporter=dot", "git push origin main"] },
  { language: "yaml", lines: ["beds:", "  - name: tomatoes", "    water: daily", "  - name: beans", "    water: weekly"] },
] as const;

export const TABLE_ROWS = [
  ["Tomatoes", "Daily", "July"], ["Beans", "Twice a week", "August"], ["Lettuce", "Daily", "June"], ["Squash", "Weekly", "September"],
  ["Peppers", "Every other day", "August"], ["Carrots", "Weekly", "October"],
] as const;
