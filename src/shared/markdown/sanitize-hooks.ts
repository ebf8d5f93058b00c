/**
 * The parts of the shared sanitizing policy that options cannot say, as DOMPurify hooks installed
 * by the preview (DOMPurify in the window) and the export (DOMPurify over jsdom) alike:
 * - `<iframe>` only for the allowed video players, sandboxed, lazy, with a title;
 * - `<input>` only as the disabled checkbox of a task list item;
 * - headings keep their `id` (DOMPurify drops ids named like document properties, `#images`,
 *   `#links`, `#forms`, and which names those are differs between Chromium and jsdom, so preview
 *   and export would disagree; a heading's id cannot clobber a document property anyway).
 * Typed structurally, so this module needs neither the DOM's types nor DOMPurify's.
 */
import { isVideoEmbedUrl, VIDEO_EMBED_SANDBOX } from "./video-embeds";

/** A node as DOMPurify hands it to a hook. */
export interface SanitizedNode {
  readonly nodeName: string;
}

/** An element as DOMPurify hands it to a hook. */
export interface SanitizedElement extends SanitizedNode {
  readonly attributes: ArrayLike<{ readonly name: string }>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  remove(): void;
}

/** What DOMPurify tells the `uponSanitizeAttribute` hook, and what it may change. */
export interface SanitizedAttribute {
  readonly attrName: string;
  readonly attrValue: string;
  forceKeepAttr: boolean | undefined;
}

/** The hooks the policy needs; DOMPurify's own instance type fits this. */
export interface HookablePurify {
  addHook(entryPoint: "uponSanitizeElement", hook: (node: SanitizedNode) => void): void;
  addHook(entryPoint: "uponSanitizeAttribute", hook: (node: SanitizedElement, event: SanitizedAttribute) => void): void;
  addHook(entryPoint: "afterSanitizeAttributes", hook: (node: SanitizedElement) => void): void;
}

const HEADING = /^H[1-6]$/;
/** The ids markdown-it-anchor writes: letters, marks, digits, `-` and `_`. */
const HEADING_ID = /^[\p{L}\p{M}\p{N}_-]+$/u;
/** The attributes a task list checkbox keeps. */
const CHECKBOX_ATTRIBUTES = new Set(["type", "checked", "disabled", "class"]);
/** Attributes the options allow for the hooks' sake, which only a video frame may keep (`referrerpolicy="unsafe-url"` on an image would leak the page's address). */
const FRAME_ONLY_ATTRIBUTES = ["allow", "allowfullscreen", "referrerpolicy", "sandbox"] as const;
/** The only `data:` sources a post may use: images, which a browser never runs (DOMPurify alone keeps `data:text/html` on <img>). */
const DATA_IMAGE = /^\s*data:image\/[a-z0-9.+-]+[;,]/i;
/** Which player features a video frame gets, whatever the pasted embed code asked for. */
const VIDEO_EMBED_ALLOW = "encrypted-media; fullscreen; picture-in-picture";

function isElement(node: SanitizedNode): node is SanitizedElement {
  return typeof (node as Partial<SanitizedElement>).getAttribute === "function";
}

/** Removes iframes that are not allowed players and inputs that are not checkboxes, before their attributes are looked at. */
function refuseElement(node: SanitizedNode): void {
  if (!isElement(node)) return;
  if (node.nodeName === "IFRAME" && !isVideoEmbedUrl(node.getAttribute("src") ?? "")) node.remove();
  else if (node.nodeName === "INPUT" && node.getAttribute("type")?.toLowerCase() !== "checkbox") node.remove();
}

function keepHeadingIds(node: SanitizedElement, event: SanitizedAttribute): void {
  if (event.attrName === "id" && HEADING.test(node.nodeName) && HEADING_ID.test(event.attrValue)) event.forceKeepAttr = true;
}

/** Locks down the allowed iframes and checkboxes, and data sources that are not images, once attributes are sanitized. */
function lockDownEmbeds(node: SanitizedElement): void {
  const source = node.getAttribute("src");
  if (source !== null && /^\s*data:/i.test(source) && !DATA_IMAGE.test(source)) node.removeAttribute("src");
  if (node.nodeName === "IFRAME") {
    node.setAttribute("sandbox", VIDEO_EMBED_SANDBOX);
    node.setAttribute("allow", VIDEO_EMBED_ALLOW);
    node.setAttribute("allowfullscreen", "");
    node.setAttribute("loading", "lazy");
    // YouTube refuses to play without knowing the embedding site; send the origin, never the path.
    node.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    if (!node.getAttribute("title")?.trim()) node.setAttribute("title", "Embedded video");
  } else {
    // Allowed by the options only so that video frames survive a second pass: nowhere else.
    for (const name of FRAME_ONLY_ATTRIBUTES) node.removeAttribute(name);
  }
  if (node.nodeName === "INPUT") {
    for (const name of Array.from(node.attributes, (attribute) => attribute.name)) {
      if (!CHECKBOX_ATTRIBUTES.has(name)) node.removeAttribute(name);
    }
    node.setAttribute("disabled", "");
  }
}

/** Installs the policy's hooks on one DOMPurify instance; call once per instance. */
export function installPostSanitizeHooks(purify: HookablePurify): void {
  purify.addHook("uponSanitizeElement", refuseElement);
  purify.addHook("uponSanitizeAttribute", keepHeadingIds);
  purify.addHook("afterSanitizeAttributes", lockDownEmbeds);
}
