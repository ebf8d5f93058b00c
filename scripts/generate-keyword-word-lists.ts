/**
 * Writes the keyword engine's generated modules from the installed npm packages.
 * Run: npx tsx scripts/generate-keyword-word-lists.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { KEYWORD_GENERATED_MODULES, renderPhraseWordClasses, renderTitleFontWidths } from "./keyword-word-lists";

mkdirSync(dirname(KEYWORD_GENERATED_MODULES.phraseWordClasses), { recursive: true });
writeFileSync(KEYWORD_GENERATED_MODULES.phraseWordClasses, renderPhraseWordClasses());
writeFileSync(KEYWORD_GENERATED_MODULES.titleFontWidths, renderTitleFontWidths());
console.log(`Wrote ${Object.values(KEYWORD_GENERATED_MODULES).join(" and ")}`);
