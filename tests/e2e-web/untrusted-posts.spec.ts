/**
 * Posts from strangers, in real Chromium: every public vector of `../shared/data/xss/vectors.json`
 * and every one of ours (tests/security/fixtures/markdown-vectors.json) is written as a post,
 * opened from the posts list in browser mode (markdown-it -> DOMPurify in the page -> DOM, the
 * app's own path), its links clicked, and then exported (the shared export over jsdom) and opened
 * from file://. Dialogs, navigations, popups, script-initiated requests and leaks must all be zero;
 * remote image loads (allowed) and Content-Security-Policy refusals are counted apart.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { type BrowserContext, expect, type Page, type Request, test } from "@playwright/test";
import { findUnsafeMarkup, UNSAFE_MARKUP_RULES, type UnsafeFinding } from "../security/support/unsafe-markup";
import { loadOwnVectors, loadPublicVectors, PUBLIC_VECTORS_PATH, type XssVector } from "../security/support/xss-corpus";
import { type ServedPosts, servePosts } from "../support/serve-posts";
import { posts } from "../support/writer-page";

test.describe.configure({ mode: "serial" });

/** What one surface (the preview, an exported file) did with one family of vectors. */
interface Tally {
  vectors: number;
  dialogs: number;
  navigations: number;
  popups: number;
  scriptRequests: number;
  remoteImages: number;
  videoFrames: number;
  cspRefusals: number;
  leaks: number;
  scriptMarkup: number;
  pageErrors: number;
  appCrashes: number;
  notExported: number;
  linksClicked: number;
}

const COUNTS = ["dialogs", "navigations", "popups", "scriptRequests", "remoteImages", "videoFrames", "cspRefusals", "leaks", "scriptMarkup", "pageErrors", "appCrashes", "notExported", "linksClicked"] as const;
/** Counts that must be zero: leaks are requests and markup that reach out (CSS, forms, meta, base, frames …), scriptMarkup is a script element, handler or javascript: URL left in the DOM. */
const MUST_BE_ZERO = ["dialogs", "navigations", "popups", "scriptRequests", "leaks", "scriptMarkup"] as const;

/** One event, kept for the failure message. */
interface Incident {
  readonly surface: string;
  readonly vector: string;
  readonly kind: (typeof COUNTS)[number];
  readonly detail: string;
}

const publicVectors = loadPublicVectors();
const vectors: XssVector[] = [...(publicVectors ?? []), ...loadOwnVectors()];
const tallies = new Map<string, Tally>();
const incidents: Incident[] = [];

function tallyFor(surface: string, family: string): Tally {
  const key = `${surface}\u0000${family}`;
  let tally = tallies.get(key);
  if (!tally) {
    tally = { vectors: 0, dialogs: 0, navigations: 0, popups: 0, scriptRequests: 0, remoteImages: 0, videoFrames: 0, cspRefusals: 0, leaks: 0, scriptMarkup: 0, pageErrors: 0, appCrashes: 0, notExported: 0, linksClicked: 0 };
    tallies.set(key, tally);
  }
  return tally;
}

/** The vector being looked at, on which surface: events are charged to it. */
let current: { surface: string; vector: XssVector } | null = null;
/** The vector looked at before it, named in navigation incidents (a click's navigation may land late). */
let previous: string | null = null;

function charge(kind: (typeof COUNTS)[number], detail: string, count = 1): void {
  if (!current) {
    incidents.push({ surface: "between vectors", vector: "-", kind, detail });
    return;
  }
  tallyFor(current.surface, current.vector.family)[kind] += count;
  const recordedAlways = kind !== "remoteImages" && kind !== "videoFrames" && kind !== "cspRefusals" && kind !== "linksClicked";
  if (recordedAlways) incidents.push({ surface: current.surface, vector: current.vector.id, kind, detail: detail.slice(0, 300) });
}

/** The families in the order they are printed. */
function printTable(): void {
  const header = ["surface", "family", "vectors", ...COUNTS];
  const rows = [...tallies.entries()].map(([key, tally]) => {
    const [surface = "", family = ""] = key.split("\u0000");
    return [surface, family, String(tally.vectors), ...COUNTS.map((count) => String(tally[count]))];
  });
  const totals = (surface: string) => {
    const mine = [...tallies.entries()].filter(([key]) => key.startsWith(`${surface}\u0000`)).map(([, tally]) => tally);
    return [surface, "ALL", String(mine.reduce((sum, t) => sum + t.vectors, 0)), ...COUNTS.map((count) => String(mine.reduce((sum, t) => sum + t[count], 0)))];
  };
  const surfaces = [...new Set(rows.map((row) => row[0] ?? ""))];
  const all = [header, ...rows, ...surfaces.map(totals)];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  const refusals = [...refusedBy.entries()].map(([directive, count]) => `${directive} ${count}`).join(", ");
  console.log(["", "Posts from strangers in Chromium (remoteImages, videoFrames and cspRefusals are allowed; linksClicked is work done; notExported are posts the export refused with a message; the rest must be 0):", ...all.map(line), `CSP refusals by directive: ${refusals || "none"}`, ""].join("\n"));
}

let served: ServedPosts;
let exportDir: string;
/** The post id each vector was written as. */
const postIds = new Map<string, string>();

test.beforeAll(async () => {
  served = await servePosts();
  await mkdir(join(served.folder, "vectors"), { recursive: true });
  await Promise.all(
    vectors.map(async (vector, index) => {
      const id = `vectors/${String(index).padStart(4, "0")}.md`;
      postIds.set(vector.id, id);
      await writeFile(join(served.folder, id), vector.markdown);
    }),
  );
  exportDir = await mkdtemp(join(tmpdir(), "clearpost-export-"));
});

test.afterAll(async () => {
  printTable();
  const notable = incidents.filter((incident) => incident.kind !== "linksClicked");
  if (notable.length > 0) console.log(`Incidents:\n${notable.map((i) => `  ${i.surface} ${i.vector} ${i.kind}: ${i.detail}`).join("\n")}`);
  await served.stop();
  await rm(exportDir, { recursive: true, force: true });
});

/** Content-Security-Policy refusals by the directive that refused, for the log. */
const refusedBy = new Map<string, number>();

/** The Content-Security-Policy refusal Chromium logs to the console. */
const CSP_REFUSAL = /Content Security Policy|Refused to (?:load|apply|execute|frame|connect|create|evaluate|send)/i;

/** True for a URL off this machine: anything but file: and the served app. */
function isRemote(url: URL): boolean {
  return url.protocol !== "file:" && url.protocol !== "data:" && url.protocol !== "blob:" && url.host !== new URL(served.origin).host;
}

/** True for the embed address of one of the video players the policy lets a post show in a sandboxed frame. */
function isVideoPlayer(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" && UNSAFE_MARKUP_RULES.iframeHosts.includes(parsed.hostname);
  } catch {
    return false;
  }
}

/** Resource types only script can start. */
const SCRIPT_TYPES = new Set(["fetch", "xhr", "websocket", "eventsource", "script", "manifest"]);

/** Watches `context` and charges whatever happens to the current vector; `isOwn` tells the app's own traffic. */
function watch(context: BrowserContext, page: Page, isOwn: (request: Request) => boolean, isExpectedPage: (url: string) => boolean): { watching: (on: boolean) => void } {
  let ready = false;
  page.on("dialog", (dialog) => {
    charge("dialogs", `${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on("framenavigated", (frame) => {
    if (frame !== page.mainFrame()) {
      // A frame's load is charged when it is requested (an allowed video player, or a leak); what it
      // shows once refused (chrome-error:) or before (about:blank) is not a second event.
      if (!/^(?:about:blank|chrome-error:)/.test(frame.url()) && !isVideoPlayer(frame.url())) charge("leaks", `a frame navigated to ${frame.url()}`);
      return;
    }
    // Even while the app is being (re)loaded: only the app itself, or the exported file, is expected.
    const url = frame.url();
    // chrome-error:// is where an aborted navigation lands; the navigation was charged when it was requested.
    if (url === expectedUrl || url.startsWith("chrome-error:") || (!ready && isExpectedPage(url))) return;
    charge("navigations", `main frame to ${url}${previous ? ` (after ${previous})` : ""}`);
  });
  context.on("page", (opened) => {
    if (opened === page) return;
    charge("popups", `new page ${opened.url()}`);
    void opened.close().catch(() => undefined);
  });
  page.on("console", (message) => {
    if (!ready || !CSP_REFUSAL.test(message.text())) return;
    charge("cspRefusals", message.text());
    // Most come from DOMPurify's own parse: Chromium checks inline handlers and styles against the
    // page's policy even in the inert document DOMParser makes, before the sanitizer removes them.
    const text = message.text();
    const directive = /inline event handler/i.test(text)
      ? "inline handler (script-src)"
      : /inline style/i.test(text)
        ? "inline style (style-src)"
        : (/directive:? ["']([a-z-]+)/i.exec(text)?.[1] ?? "other");
    refusedBy.set(directive, (refusedBy.get(directive) ?? 0) + 1);
  });
  page.on("pageerror", (error) => {
    if (ready) charge("pageErrors", error.message);
  });
  page.on("websocket", (socket) => charge("scriptRequests", `websocket ${socket.url()}`));
  // The app's own analysis worker comes from its bundle; any other worker is a post's script.
  page.on("worker", (worker) => {
    if (!worker.url().startsWith(`${served.origin}/assets/`)) charge("scriptRequests", `worker ${worker.url()}`);
  });
  // Our own origin (or file: for exports): only script-started requests outside the app's API matter.
  context.on("request", (request) => {
    if (!ready || isRemote(new URL(request.url())) || isOwn(request)) return;
    charge("scriptRequests", `${request.resourceType()} ${request.url()}`);
  });
  // Everything else would leave the machine. A request that reaches this route passed the page's
  // Content-Security-Policy (refused ones are never sent): it is charged here, then refused.
  void context.route(isRemote, (route) => {
    const request = route.request();
    const type = request.resourceType();
    const url = request.url();
    if (type === "document" && request.frame() === page.mainFrame()) charge("navigations", `main frame to ${url}`);
    else if (type === "document" && isVideoPlayer(url)) charge("videoFrames", url);
    else if (SCRIPT_TYPES.has(type)) charge("scriptRequests", `${type} ${url}`);
    else if (type === "image" && url.startsWith("https:")) charge("remoteImages", url);
    else charge("leaks", `${type} ${url}`);
    void route.abort("blockedbyclient").catch(() => undefined);
  });
  return { watching: (on) => (ready = on) };
}

/** The URL the main frame is expected to be at (the app, or the exported file being looked at). */
let expectedUrl = "";

/** What opening one post in the page gave. */
interface Opened {
  /** "crashed" when the app's root went empty (an uncaught error unmounts React's tree). */
  readonly outcome: "opened" | "crashed" | "timeout";
  readonly findings: UnsafeFinding[];
  readonly clicked: number;
}

/**
 * Opens post `id` from the posts list as a writer's click does, waits for its preview, checks the
 * preview's DOM and clicks its links: one round trip per post. Sent as a string, because
 * Playwright serializes functions and this one carries findUnsafeMarkup's source; the page's CSP
 * forbids eval to the page, not to the debugger.
 */
function openPostScript(id: string): string {
  return `(async () => {
    const find = ${findUnsafeMarkup.toString()};
    const nextFrame = () => new Promise((done) => requestAnimationFrame(() => done()));
    const button = document.querySelector(${JSON.stringify(`button.post-open[title="${id}"]`)});
    if (!button) return { outcome: "timeout", findings: [], clicked: 0 };
    // The last post's preview stays until the new post's session replaces it with a new one.
    const lastPreview = document.querySelector('[aria-label="Preview"]');
    button.click();
    const root = document.getElementById("root");
    const deadline = performance.now() + 10000;
    while (button.getAttribute("aria-current") !== "page" && root.childElementCount > 0 && performance.now() < deadline) await nextFrame();
    if (root.childElementCount === 0) return { outcome: "crashed", findings: [], clicked: 0 };
    if (button.getAttribute("aria-current") !== "page") return { outcome: "timeout", findings: [], clicked: 0 };
    // The new preview mounts after the editor's first frame and is aria-busy until its first render is complete.
    const shownPreview = () => {
      const preview = document.querySelector('[aria-label="Preview"]:not([aria-busy])');
      return preview === lastPreview ? null : preview;
    };
    while (!shownPreview() && root.childElementCount > 0 && performance.now() < deadline) await nextFrame();
    await nextFrame();
    await new Promise((done) => setTimeout(done, 0));
    const preview = shownPreview();
    if (!preview) return { outcome: root.childElementCount === 0 ? "crashed" : "timeout", findings: [], clicked: 0 };
    const findings = find(preview, ${JSON.stringify(UNSAFE_MARKUP_RULES)});
    let clicked = 0;
    // Web and mail links open outside the app by design (window.open in browser mode, the system
    // browser in Electron); every other link and image-map area is clicked as a writer would.
    for (const link of preview.querySelectorAll("a[href], area[href]")) {
      if (/^(?:https?|mailto):/i.test(link.getAttribute("href") || "")) continue;
      link.click();
      clicked++;
    }
    await new Promise((done) => setTimeout(done, 15));
    return { outcome: root.childElementCount === 0 ? "crashed" : "opened", findings, clicked };
  })()`;
}

function chargeFindings(findings: readonly UnsafeFinding[]): void {
  for (const finding of findings) charge(finding.kind === "script" ? "scriptMarkup" : "leaks", `markup ${finding.kind}: ${finding.detail}`);
}

test("every hostile post is harmless in the live preview", async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const { watching } = watch(context, page, (request) => {
    const url = new URL(request.url());
    if (url.origin !== served.origin) return false;
    // Our own origin: the app's pages, code, worker and API, and a post's relative images (404s or
    // the image route). Only the app's code fetches, and only from /api/: any other fetch is a post's script.
    return !["fetch", "xhr", "websocket", "eventsource"].includes(request.resourceType()) || url.pathname.startsWith("/api/");
  }, (url) => url.startsWith(`${served.origin}/`));
  const open = async () => {
    watching(false);
    // A navigation a post started may still be landing and interrupt the first tries.
    for (let attempt = 1; ; attempt++) {
      try {
        await page.goto(served.url);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await page.waitForTimeout(300);
      }
    }
    await expect(page.locator(`button.post-open[title="${postIds.get(vectors.at(-1)?.id ?? "")}"]`)).toBeAttached({ timeout: 20_000 });
    expectedUrl = page.url();
    watching(true);
  };
  await open();

  for (const vector of vectors) {
    previous = current?.vector.id ?? null;
    current = { surface: "preview", vector };
    tallyFor("preview", vector.family).vectors++;
    let opened: Opened | null;
    try {
      opened = (await page.evaluate(openPostScript(postIds.get(vector.id) ?? ""))) as Opened;
    } catch {
      opened = null; // the page went away under the script: a navigation, charged by its event
    }
    if (opened?.outcome === "crashed") charge("appCrashes", "the window went blank: the app crashed on this post");
    if (opened?.outcome === "timeout") throw new Error(`${vector.id} did not open in the preview`);
    if (opened) chargeFindings(opened.findings);
    if (opened && opened.clicked > 0) charge("linksClicked", "", opened.clicked);
    if (opened?.outcome !== "opened" || page.url() !== expectedUrl) await open(); // bring the app back for the next vector
  }
  // Late events (a timer, an image error) still belong to the last vector.
  await page.waitForTimeout(500);
  current = null;
  await context.close();
});

test("every hostile post is harmless as an exported page opened from file://", async ({ browser }) => {
  test.setTimeout(240_000);
  // The built command line's export, as a writer runs it: `clearpost export POST.md… --out DIR`.
  const posts = vectors.map((vector) => join(served.folder, postIds.get(vector.id) ?? ""));
  const exported = await promisify(execFile)(process.execPath, [resolve("bin/clearpost.cjs"), "export", ...posts, "--out", exportDir], { maxBuffer: 16 * 1024 * 1024 }).then(
    () => null,
    (error: Error & { stderr?: string }) => error.stderr ?? error.message,
  );
  const files = new Map<string, string>();
  for (const vector of vectors) {
    const file = join(exportDir, (postIds.get(vector.id) ?? "").replace(/^vectors\//, "").replace(/\.md$/, ".html"));
    if (existsSync(file)) files.set(vector.id, pathToFileURL(file).href);
  }
  // A post the export refuses (it says why and goes on with the others) has no page to open.
  const refusals = (exported ?? "").split("\n").filter((line) => !/image ".*" was not found/.test(line) && line.trim() !== "");
  expect(files.size, `clearpost export wrote too few pages:\n${refusals.join("\n")}`).toBeGreaterThan(vectors.length * 0.95);

  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  const { watching } = watch(context, page, (request) => request.url().startsWith("file:"), () => false);
  watching(true);
  for (const vector of vectors) {
    previous = current?.vector.id ?? null;
    current = { surface: "export", vector };
    tallyFor("export", vector.family).vectors++;
    expectedUrl = files.get(vector.id) ?? "";
    if (expectedUrl === "") {
      charge("notExported", refusals.find((line) => line.includes(postIds.get(vector.id) ?? "\u0000")) ?? "no page written");
      continue;
    }
    await page.goto(expectedUrl);
    const findings = (await page.evaluate(
      `(() => { const find = ${findUnsafeMarkup.toString()}; const root = document.querySelector("article.post") || document.body; return find(root, ${JSON.stringify(UNSAFE_MARKUP_RULES)}); })()`,
    )) as UnsafeFinding[];
    chargeFindings(findings);
    // Anything outside the article that was not ours (a <base>, a <meta refresh> hoisted into <head> …).
    const strays = (await page.evaluate(
      `Array.from(document.querySelectorAll("base, meta[http-equiv]:not([http-equiv='Content-Security-Policy' i]), link:not([rel=canonical]), body script, body style, iframe:not([sandbox])")).map((e) => e.outerHTML.slice(0, 120))`,
    )) as string[];
    for (const stray of strays) charge("leaks", `outside the article: ${stray}`);
  }
  await page.waitForTimeout(300);
  current = null;
  await context.close();
});

test("the counts: no dialog, navigation, popup, script request or leak on either surface", () => {
  const failures = incidents.filter((incident) => (MUST_BE_ZERO as readonly string[]).includes(incident.kind));
  expect(failures).toEqual([]);
  // Every vector was looked at on both surfaces, ours (at least 100) included.
  const looked = (surface: string) => [...tallies.entries()].filter(([key]) => key.startsWith(`${surface}\u0000`)).reduce((sum, [, tally]) => sum + tally.vectors, 0);
  expect({ preview: looked("preview"), export: looked("export") }).toEqual({ preview: vectors.length, export: vectors.length });
  expect(vectors.filter((vector) => vector.family.startsWith("own:")).length).toBeGreaterThanOrEqual(100);
  if (publicVectors === null) console.log(`Skipped the public corpus: ${PUBLIC_VECTORS_PATH} is not in this checkout.`);
  const errors = incidents.filter((incident) => incident.kind === "pageErrors");
  if (errors.length > 0) console.log(`Page errors (the app failing on a post, not a post's script running):\n${errors.map((e) => `  ${e.surface} ${e.vector}: ${e.detail}`).join("\n")}`);
});

test("no hostile post crashes the app", () => {
  // DOMPurify returns null, not nodes, for HTML that parses into a <frameset> document: the
  // preview must show nothing for such a block instead of failing (src/renderer/src/preview/sanitize-block.ts).
  const crashes = incidents.filter((incident) => incident.kind === "appCrashes");
  expect(crashes).toEqual([]);
});

test("a post that carries the page's own style nonce still cannot style the page", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(served.url);
  await expect(posts(page)).toBeVisible();
  // The worst case: a post written after the page was served, with the nonce of this very page.
  const nonce = await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? "");
  expect(nonce).not.toBe("");
  const rules = "body, .preview-body { display: none !important; } .nonce-thief { position: absolute; width: 17px; }";
  const post = [
    "---\ntitle: Nonce thief\n---",
    `<style nonce="${nonce}">${rules}</style>`,
    `<div class="nonce-thief" nonce="${nonce}">Styled?</div>`,
    `<link rel="stylesheet" nonce="${nonce}" href="data:text/css,${encodeURIComponent(rules)}">`,
    `Inline <span nonce="${nonce}"><style nonce="${nonce}">${rules}</style>words</span> here.`,
    `<template><style nonce="${nonce}">${rules}</style></template>`,
    "The end.",
  ].join("\n\n");
  await writeFile(join(served.folder, "nonce-thief.md"), `${post}\n`);
  await posts(page).getByText("Nonce thief", { exact: true }).click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toContainText("The end.");
  await expect(preview).toContainText("Styled?");
  expect(await preview.locator("style, link, [nonce]").count()).toBe(0);
  await expect(page.locator(".nonce-thief")).not.toHaveCSS("width", "17px");
  await expect(page.locator("body")).toHaveCSS("display", "block");
  await expect(preview).toBeVisible();
  await context.close();
});
