/**
 * Links in the preview never navigate the app's window: web and mail links open outside it
 * (Electron's main process hands `window.open` to the system browser), in-page `#anchors`
 * scroll the preview, and anything else (relative paths, other schemes) does nothing.
 */

const EXTERNAL = /^(?:https?|mailto):/i;

function scrollToAnchor(root: HTMLElement, id: string): void {
  const target = root.querySelector(`[id="${CSS.escape(id)}"], a[name="${CSS.escape(id)}"]`);
  target?.scrollIntoView({ block: "start" });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Handles clicks (and middle clicks) on links inside `root`; returns the function that stops it. */
export function handlePreviewLinks(root: HTMLElement): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.button > 1) return; // a right click opens no link
    // Image-map areas are links too.
    const link = event.target instanceof Element ? event.target.closest("a[href], area[href]") : null;
    if (!link || !root.contains(link)) return;
    event.preventDefault();
    const href = link.getAttribute("href") ?? "";
    if (href.startsWith("#")) scrollToAnchor(root, safeDecode(href.slice(1)));
    else if (EXTERNAL.test(href)) window.open(href, "_blank", "noopener");
  };
  root.addEventListener("click", onClick);
  root.addEventListener("auxclick", onClick);
  return () => {
    root.removeEventListener("click", onClick);
    root.removeEventListener("auxclick", onClick);
  };
}
