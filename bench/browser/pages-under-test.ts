/** The two pages the bench types into: Clearpost in browser mode, and the bare editor it is compared with. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { EditorView } from "@codemirror/view";
import type { Page } from "@playwright/test";
import { type ServedPosts, servePosts } from "../../tests/support/serve-posts";
import type { ProbeSetup } from "../pages/probe-protocol";
import type { CaretTarget } from "./caret-target";
import type { BaselineServer } from "./static-server";

export type PageName = "baseline" | "clearpost";

/** One page the bench can open a post in and type into. */
export interface PageUnderTest {
  readonly name: PageName;
  /** Makes `post` (titled `title`) the one the page shows; returns the URL to open and what the probe must do there. */
  load(post: string, title: string): Promise<{ readonly url: string; readonly setup: ProbeSetup }>;
  /** Puts the caret at `target` and focuses the editor, as a writer would. */
  placeCaret(page: Page, target: CaretTarget): Promise<void>;
  /** Releases what `load` started. */
  unload(): Promise<void>;
}

/** Clearpost: `clearpost serve` on a fresh folder holding the post; the probe opens it from the list. */
export function clearpostPage(): PageUnderTest {
  let served: ServedPosts | null = null;
  return {
    name: "clearpost",
    async load(post, title) {
      served = await servePosts();
      await writeFile(join(served.folder, "benchmark-post.md"), post);
      return { url: served.url, setup: { openPostTitle: title, expectPanels: true } };
    },
    async placeCaret(page, target) {
      // The writer's way: Go to line (Mod-Alt-G) with line:column.
      await page.locator(".cm-content").click();
      await page.keyboard.press("ControlOrMeta+Alt+g");
      await page.locator(".cm-goto-line input").fill(`${target.line}:${target.column}`);
      await page.keyboard.press("Enter");
      // The dialog leaves the focus on the page; the writer clicks back into the text.
      await page.locator(".cm-content").focus();
    },
    async unload() {
      await served?.stop();
      served = null;
    },
  };
}

/** The bare editor, served with the post from the bench's own server. */
export function baselinePage(server: BaselineServer): PageUnderTest {
  return {
    name: "baseline",
    async load(post) {
      server.post = post;
      return { url: server.url, setup: { openPostTitle: null, expectPanels: false } };
    },
    async placeCaret(page, target) {
      await page.evaluate((offset) => {
        const view = window.bareEditor;
        if (!view) throw new Error("the bare editor did not start");
        const { scrollIntoView } = view.constructor as typeof EditorView;
        view.dispatch({ selection: { anchor: offset }, effects: scrollIntoView(offset, { y: "center" }) });
        view.focus();
      }, target.offset);
    },
    async unload() {},
  };
}
