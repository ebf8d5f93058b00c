/**
 * Writes the readability checker's generated word-list modules from the installed npm packages.
 * Run: npx tsx scripts/generate-readability-word-lists.ts
 */
import { writeFileSync } from "node:fs";
import { GENERATED_MODULES, renderLyAdverbs, renderPlainAlternatives, renderWordsByFrequency } from "./readability-word-lists";

async function main(): Promise<void> {
  writeFileSync(GENERATED_MODULES.wordsByFrequency, renderWordsByFrequency());
  writeFileSync(GENERATED_MODULES.plainAlternatives, await renderPlainAlternatives());
  writeFileSync(GENERATED_MODULES.lyAdverbs, renderLyAdverbs());
  console.log(`Wrote ${Object.values(GENERATED_MODULES).join(" and ")}`);
}

void main();
