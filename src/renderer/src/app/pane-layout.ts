/** The writer's split between editor and preview and which panes show, remembered in localStorage. */

/** How the editor and the preview share the window. */
export interface PaneLayout {
  /** The editor's share of the width when both panes show, between EDITOR_SHARE.min and .max. */
  readonly editorShare: number;
  readonly showEditor: boolean;
  readonly showPreview: boolean;
}

/** Limits of the editor's share, so neither pane can be dragged out of sight. */
export const EDITOR_SHARE = { min: 0.2, max: 0.8 } as const;

const STORAGE_KEY = "clearpost.paneLayout";
const DEFAULT_LAYOUT: PaneLayout = { editorShare: 0.5, showEditor: true, showPreview: true };

/** The remembered layout, or the default when none (or a damaged one) is stored. */
export function loadPaneLayout(): PaneLayout {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null");
    if (typeof stored !== "object" || stored === null) return DEFAULT_LAYOUT;
    const { editorShare, showEditor, showPreview } = stored as Record<string, unknown>;
    return {
      editorShare: typeof editorShare === "number" ? Math.min(EDITOR_SHARE.max, Math.max(EDITOR_SHARE.min, editorShare)) : DEFAULT_LAYOUT.editorShare,
      showEditor: typeof showEditor === "boolean" ? showEditor : true,
      // Never both hidden: that would leave the writer an empty window.
      showPreview: typeof showPreview === "boolean" && showEditor !== false ? showPreview : true,
    };
  } catch {
    return DEFAULT_LAYOUT;
  }
}

/** Remembers `patch` on top of the stored layout (silently skipped where storage is unavailable). */
export function savePaneLayout(patch: Partial<PaneLayout>): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...loadPaneLayout(), ...patch }));
  } catch {
    // Private windows and full disks refuse storage; the layout then lasts for this run only.
  }
}
