/**
 * What must never be in a sanitized post, as one DOM walk that runs anywhere: over jsdom in the
 * fuzz test and inside Chromium's page in the browser test (Playwright sends the function's source,
 * so it uses nothing from outside its body but its arguments).
 */

/** Families of findings, kept apart because they mean different things to a writer. */
export type UnsafeKind =
  /** Script could run: a script element, an event handler, a javascript:-like URL. */
  | "script"
  /** A host for active or foreign content: iframe, object, embed, svg, math … */
  | "active"
  /** A form or form control: a post must never submit anything. */
  | "form"
  /** CSS from the post: a style element or attribute (remote url(), overlays). */
  | "css"
  /** A way to reach the network or the disk other than an image: meta, base, link, srcset, ping, file: and UNC URLs … */
  | "network"
  /** An id or name that shadows a property of `document` or of a form (DOM clobbering, by the rules of HTML's named properties). */
  | "clobbering";

/** One thing found, and where. */
export interface UnsafeFinding {
  readonly kind: UnsafeKind;
  readonly detail: string;
}

/** The lists the walk checks against; plain data so it can be sent into a page. */
export interface UnsafeMarkupRules {
  readonly elements: Readonly<Record<string, UnsafeKind>>;
  /** Attributes that are findings whatever their value. */
  readonly attributes: Readonly<Record<string, UnsafeKind>>;
  /** Attributes whose value is a URL. */
  readonly urlAttributes: readonly string[];
  /** Elements whose `src` may be a `data:` URL of their own media type. */
  readonly dataUrlElements: readonly string[];
  /** Hosts a sandboxed iframe may show (the policy's video players). */
  readonly iframeHosts: readonly string[];
}

export const UNSAFE_MARKUP_RULES: UnsafeMarkupRules = {
  elements: {
    script: "script",
    iframe: "active",
    frame: "active",
    frameset: "active",
    object: "active",
    embed: "active",
    applet: "active",
    portal: "active",
    webview: "active",
    svg: "active",
    math: "active",
    form: "form",
    input: "form",
    button: "form",
    textarea: "form",
    select: "form",
    isindex: "form",
    style: "css",
    link: "network",
    meta: "network",
    base: "network",
  },
  attributes: {
    style: "css",
    srcset: "network",
    imagesrcset: "network",
    ping: "network",
    background: "network",
    poster: "network",
    lowsrc: "network",
    dynsrc: "network",
    action: "form",
    formaction: "form",
    srcdoc: "active",
    // The page's style nonce lets a <style> past the CSP: no post's element may carry one.
    nonce: "css",
  },
  urlAttributes: ["href", "src", "action", "formaction", "xlink:href", "cite", "data", "poster", "background", "longdesc", "lowsrc", "dynsrc", "manifest", "codebase", "archive", "profile", "icon", "usemap"],
  dataUrlElements: ["img", "video", "audio", "source", "track"],
  iframeHosts: ["www.youtube-nocookie.com", "youtube-nocookie.com", "www.youtube.com", "youtube.com", "player.vimeo.com"],
};

/**
 * Every unsafe thing under `root`, a sanitized post's DOM. Self-contained: see the file comment.
 * `probeDocument` is an empty document to test ids and names against (the page's own document has
 * named properties for the very elements being checked); one is made when none is given.
 */
export function findUnsafeMarkup(root: ParentNode, rules: UnsafeMarkupRules, probeDocument?: Document): UnsafeFinding[] {
  const findings: UnsafeFinding[] = [];
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const probe = probeDocument ?? doc.implementation.createHTMLDocument("");
  const probeForm = probe.createElement("form");
  const describe = (element: Element) => `<${element.localName}> ${element.outerHTML.slice(0, 160)}`;
  // Template contents are inert, but walked too: nothing unsafe may hide in them for later.
  const elements: Element[] = [];
  const collect = (from: ParentNode) => {
    for (const element of Array.from(from.querySelectorAll("*"))) {
      elements.push(element);
      if (element.localName === "template") collect((element as HTMLTemplateElement).content);
    }
  };
  collect(root);
  for (const element of elements) {
    const tag = element.localName.toLowerCase();
    const elementKind = rules.elements[tag];
    let isAllowed = false;
    if (tag === "iframe") {
      // An allowed video player: https, a listed host, sandboxed without a way to reach the page
      // around it (navigating it, dialogs, forms, popups that escape the sandbox, downloads).
      const sandbox = (element.getAttribute("sandbox") ?? "").toLowerCase().split(/\s+/);
      const loose = sandbox.some((token) => token.startsWith("allow-top-navigation") || ["allow-modals", "allow-forms", "allow-popups-to-escape-sandbox", "allow-downloads"].includes(token));
      try {
        const src = new URL(element.getAttribute("src") ?? "", "https://invalid.invalid/");
        isAllowed = src.protocol === "https:" && rules.iframeHosts.includes(src.hostname) && element.hasAttribute("sandbox") && !loose;
      } catch {
        isAllowed = false;
      }
    } else if (tag === "input") {
      // A task list's checkbox, which cannot be ticked.
      isAllowed = element.getAttribute("type")?.toLowerCase() === "checkbox" && element.hasAttribute("disabled") && !element.hasAttribute("form") && !element.hasAttribute("name");
    }
    if (elementKind && !isAllowed) findings.push({ kind: elementKind, detail: describe(element) });
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) findings.push({ kind: "script", detail: `${name} on ${describe(element)}` });
      const attributeKind = rules.attributes[name];
      if (attributeKind) findings.push({ kind: attributeKind, detail: `${name} on ${describe(element)}` });
      // Only these elements become named properties of `document` (HTML's "named elements"): an
      // <img name=cookie> shadows document.cookie, an <h2 id=title> shadows nothing.
      const namesDocumentProperty = (name === "name" && ["img", "form", "embed", "object", "iframe"].includes(tag)) || (name === "id" && ["img", "object"].includes(tag));
      const inForm = element.closest("form") !== null && (name === "id" || name === "name");
      if ((namesDocumentProperty || inForm) && attribute.value !== "" && (attribute.value in probe || attribute.value in probeForm)) {
        findings.push({ kind: "clobbering", detail: `${name}="${attribute.value}" on ${describe(element)}` });
      }
      if (!rules.urlAttributes.includes(name)) continue;
      // What a browser's URL parser sees: tabs and newlines removed, leading controls and spaces trimmed.
      let url = attribute.value.replace(/[\t\n\r]/g, "").toLowerCase();
      while (url !== "" && url.charCodeAt(0) <= 0x20) url = url.slice(1);
      const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1] ?? null;
      if (scheme === "javascript" || scheme === "vbscript" || scheme === "livescript" || scheme === "mocha") {
        findings.push({ kind: "script", detail: `${name}="${attribute.value}" on ${describe(element)}` });
      } else if (scheme === "data") {
        const ownMedia = name === "src" && rules.dataUrlElements.includes(tag) && /^data:(?:image|audio|video)\//.test(url) && !url.startsWith("data:image/svg");
        const isImageSvg = name === "src" && tag === "img" && url.startsWith("data:image/svg");
        if (!ownMedia && !isImageSvg) findings.push({ kind: url.startsWith("data:text/html") ? "script" : "network", detail: `${name}="${attribute.value.slice(0, 80)}" on ${describe(element)}` });
      } else if (scheme === "file" || /^[/\\]{2}/.test(url)) {
        // file: URLs, UNC paths and protocol-relative URLs reach the disk or, from an exported file, a Windows share.
        findings.push({ kind: "network", detail: `${name}="${attribute.value}" on ${describe(element)}` });
      }
    }
  }
  return findings;
}
