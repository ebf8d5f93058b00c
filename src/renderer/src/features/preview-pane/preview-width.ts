/** The widths the preview can show a post at, as readers' screens are. */

export const PREVIEW_WIDTHS = [
  { value: "phone", label: "Phone", pixels: 375 },
  { value: "tablet", label: "Tablet", pixels: 768 },
  { value: "desktop", label: "Desktop", pixels: null },
] as const;

export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number]["value"];

const STORAGE_KEY = "clearpost.previewWidth";

/** The width the writer last picked in this window, else desktop. */
export function savedPreviewWidth(): PreviewWidth {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return PREVIEW_WIDTHS.find((width) => width.value === saved)?.value ?? "desktop";
}

export function savePreviewWidth(width: PreviewWidth): void {
  window.localStorage.setItem(STORAGE_KEY, width);
}
