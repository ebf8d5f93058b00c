/**
 * Puts HTML on the clipboard for pasting into a blog engine. `text/html` is what rich editors
 * (WordPress's blocks, Ghost, Medium) paste, so links, images and tables arrive as they are.
 * `text/plain` carries the same HTML source, not the bare words: a plain-text field only reads
 * that flavour, and a writer who chose "Copy as HTML" and pastes into one (a CMS's HTML block or
 * code view) wants the markup; stripped text would lose the links and images they meant to paste.
 */

/**
 * Copies through a `copy` event, whose clipboardData is written byte for byte. Chromium's async
 * clipboard re-parses `text/html` and makes every relative link absolute against the app's own
 * address, so footnote links (`#fn1`) and links to sibling posts would point at Clearpost. Needs
 * the writer's click to be recent (Chromium allows a few seconds); false when the copy did not run.
 */
function copyThroughEvent(html: string): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData("text/html", html);
    event.clipboardData.setData("text/plain", html);
    event.preventDefault();
    event.stopImmediatePropagation();
    written = true;
  };
  document.addEventListener("copy", onCopy, true);
  try {
    document.execCommand("copy");
  } finally {
    document.removeEventListener("copy", onCopy, true);
  }
  return written;
}

/** Writes `text` as `text/html` and `text/plain`; call it soon after the writer's click. */
export async function writeHtmlToClipboard(text: string): Promise<void> {
  if (copyThroughEvent(text)) return;
  // The click's allowance ran out while the HTML was made (large images): this way needs none, at the cost of absolute links.
  const blob = (type: string) => new Blob([text], { type });
  await navigator.clipboard.write([new ClipboardItem({ "text/html": blob("text/html"), "text/plain": blob("text/plain") })]);
}
