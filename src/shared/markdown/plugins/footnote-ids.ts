/**
 * markdown-it-footnote names the second citation of a note `fnref1:1`; HTML allows the colon but
 * it must be escaped in CSS selectors and strict validators refuse it, so the exported page would
 * not validate. This writes `fnref1-1` instead, in the citation's id and the note's back link.
 * Run after markdown-it-footnote, whose render rules it wraps.
 */
import type { MarkdownIt, RendererRule } from "markdown-it";

const SECOND_CITATION = /(fnref[\w-]*?\d+):(\d+)/g;

function withDashedIds(rule: RendererRule): RendererRule {
  return (tokens, index, options, env, self) => rule(tokens, index, options, env, self).replace(SECOND_CITATION, "$1-$2");
}

export function footnoteIds(md: MarkdownIt): void {
  const rules = md.renderer.rules;
  for (const name of ["footnote_ref", "footnote_anchor"]) {
    const rule = rules[name];
    if (rule) rules[name] = withDashedIds(rule);
  }
}
