/**
 * The contract's export calls over the open posts folder. The desktop app asks the writer where
 * to write; browser mode has no dialog and a web page must never name a path on the writer's
 * disk, so there everything goes to `export/` inside the posts folder and only replaces files that
 * are earlier Clearpost exports: even a page that stole the token could not overwrite anything else.
 */
import path from "node:path";
import type { ClearpostCalls } from "../../shared/api/contract";
import type { ExportTheme } from "../../shared/model/settings";
import { fileStem } from "../../shared/post/fields";
import { exportAllPosts } from "../export/export-all-posts";
import { exportPostToFile, renderPostExport } from "../export/export-post-file";

/** Where browser mode writes exports: a folder of the posts folder (it holds no posts, so the list ignores it). */
export const EXPORT_FOLDER_NAME = "export";

/** What the export calls need from their host. */
export interface ExportHost {
  /** The open posts folder (it changes when the writer opens another). */
  readonly folder: () => string;
  /** The save dialog, suggesting a file name (it asks before replacing a file); null in browser mode. */
  readonly pickExportFile: ((fileName: string) => Promise<string | null>) | null;
  /** The folder dialog for "Export all"; null in browser mode. */
  readonly pickExportFolder: (() => Promise<string | null>) | null;
  /** The writer's colours for exported pages (Settings). */
  readonly theme: () => Promise<ExportTheme>;
}

/** The calls that export posts. */
export type ExportCalls = Pick<ClearpostCalls, "exportPost" | "exportPostBody" | "exportAllPosts">;

export function createExportCalls({ folder, pickExportFile, pickExportFolder, theme }: ExportHost): ExportCalls {
  return {
    exportPost: async (id, { images, fragment }) => {
      const fileName = `${fileStem(id)}${fragment ? ".fragment" : ""}.html`;
      const picked = pickExportFile ? await pickExportFile(fileName) : path.join(folder(), EXPORT_FOLDER_NAME, fileName);
      if (picked === null) return { path: null, missingImages: [] };
      // The save dialog already asked before replacing a file; browser mode replaces only its own earlier exports.
      const overwrite = pickExportFile ? "always" : "exports-only";
      const written = await exportPostToFile({ folder: folder(), id, destination: picked, images, fragment, overwrite, theme: await theme() });
      return { path: written.path, missingImages: written.missing };
    },
    exportPostBody: async (id) => {
      // Inlined images are the only kind that survive a paste into a blog engine's editor.
      const { html, images } = await renderPostExport({ folder: folder(), id, images: "inline", fragment: true, destination: null });
      return { html, missingImages: images.missing };
    },
    exportAllPosts: async ({ images }) => {
      const picked = pickExportFolder ? await pickExportFolder() : path.join(folder(), EXPORT_FOLDER_NAME);
      if (picked === null) return { folder: null, posts: 0, drafts: 0, missingImages: 0 };
      // A folder dialog does not ask about the files inside, so both hosts replace earlier exports only.
      const written = await exportAllPosts({ folder: folder(), destination: picked, images, overwrite: "exports-only", theme: await theme() });
      const missingImages = written.pages.reduce((sum, page) => sum + page.missingImages.length, 0);
      return { folder: path.dirname(written.index), posts: written.pages.length, drafts: written.drafts.length, missingImages };
    },
  };
}
