/** What a screenshot scene gets: a fresh folder served in browser mode, a page on it, and a way to save a shot. */
import type { Page } from "@playwright/test";
import type { ServedPosts } from "../../tests/support/serve-posts";

export interface SceneContext {
  readonly page: Page;
  /** The served folder; a scene may restart it (the crash scene does) and must then use the new one. */
  served: ServedPosts;
  /** Saves the page (or one element of it) as `<name>.png` in the output folder. */
  readonly shoot: (name: string, element?: { screenshot(options: { path: string }): Promise<unknown> }) => Promise<void>;
}

/** One screenshot scene: sets the app up as a writer would and saves one or more shots. */
export type Scene = (context: SceneContext) => Promise<void>;
