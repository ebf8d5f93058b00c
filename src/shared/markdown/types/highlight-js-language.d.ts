// A highlight.js language module (see highlight-js-core.d.ts for why these types are ours).
import type { LanguageDefinition } from "./highlight-js-core";

declare const language: LanguageDefinition;

export default language;
