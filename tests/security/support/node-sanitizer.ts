/**
 * The shared post sanitizing policy (options and hooks) on its own DOMPurify over jsdom, as the
 * preview and the export apply it, with what the fuzz test needs besides: the nodes themselves
 * (the preview's path), and what a call removed (to check a second pass removes nothing).
 */
import DOMPurify, { type Config, type WindowLike } from "dompurify";
import { JSDOM } from "jsdom";
import { installPostSanitizeHooks } from "../../../src/shared/markdown/sanitize-hooks";
import { postSanitizeFragmentOptions } from "../../../src/shared/markdown/sanitize-policy";

/** The shared policy, serializing back to a string (as an exported file holds it). */
export const POST_SANITIZE_CONFIG: Config = { ...postSanitizeFragmentOptions(), RETURN_DOM_FRAGMENT: false };

/** A sanitizer with its own jsdom window. */
export interface NodeSanitizer {
  /** The policy applied to `html`, serialized back to HTML (what an exported file would contain). */
  sanitize(html: string): string;
  /** The policy applied to `html`, as the nodes the preview inserts (no second parse); null when DOMPurify gives none. */
  sanitizeToFragment(html: string): DocumentFragment | null;
  /** What the last call removed, apart from the `<remove>` marker FORCE_BODY adds: elements by name, attributes as `name@element`. */
  lastRemoved(): string[];
  /** `html` parsed the way a browser opening an exported file parses it: as body content (the element is reused by the next call). */
  parseAsBody(html: string): HTMLElement;
  readonly window: Window;
}

/** Creates a jsdom window and a DOMPurify bound to it. */
export function createNodeSanitizer(): NodeSanitizer {
  const { window } = new JSDOM("<!doctype html><html><head></head><body></body></html>");
  const purify = DOMPurify(window as unknown as WindowLike);
  installPostSanitizeHooks(purify);
  const fragmentConfig: Config & { RETURN_DOM_FRAGMENT: true } = postSanitizeFragmentOptions();
  // One parked document to parse into: creating a jsdom document per call costs milliseconds.
  const parked = new window.DOMParser().parseFromString("<!doctype html><html><head></head><body></body></html>", "text/html");
  const container = parked.createElement("div");
  return {
    sanitize: (html) => purify.sanitize(html, POST_SANITIZE_CONFIG),
    sanitizeToFragment: (html) => purify.sanitize(html, fragmentConfig) as unknown as DocumentFragment | null,
    lastRemoved: () =>
      purify.removed.flatMap((entry) => {
        if ("attribute" in entry) return [`${entry.attribute?.name ?? "?"}@${entry.from.nodeName.toLowerCase()}`];
        const name = entry.element.nodeName.toLowerCase();
        return name === "remove" ? [] : [name];
      }),
    parseAsBody: (html) => {
      // innerHTML of a <div> parses as body content does (the "in body" insertion mode).
      container.innerHTML = html;
      return container as unknown as HTMLElement;
    },
    window: window as unknown as Window,
  };
}
