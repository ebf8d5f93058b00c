// The part of highlight.js's core that highlight-code.ts uses. highlight.js's own types start with
// `/// <reference lib="dom" />`, which would give all of src/shared the DOM's globals and undo
// tsconfig.shared.json's "no DOM here"; tsconfig.base.json's `paths` points the import here instead.
export interface HighlightLanguage {
  readonly name?: string;
}

export type LanguageDefinition = (hljs: unknown) => HighlightLanguage;

export interface HighlightResult {
  readonly value: string;
}

declare const hljs: {
  registerLanguage(name: string, language: LanguageDefinition): void;
  getLanguage(name: string): HighlightLanguage | undefined;
  highlight(code: string, options: { language: string; ignoreIllegals?: boolean }): HighlightResult;
};

export default hljs;
