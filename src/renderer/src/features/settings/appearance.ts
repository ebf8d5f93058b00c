/**
 * Puts the writer's theme and editor font size on the document root: `data-theme` switches every
 * colour token (styles/tokens.css) and `--editor-font-size` the editor's text, so a change is one
 * style recalculation and never re-renders the editor. "Follow system" tracks prefers-color-scheme.
 */
import type { Settings } from "../../../../shared/model/post";
import type { Store } from "../../store";

const SYSTEM_DARK = "(prefers-color-scheme: dark)";

/** The colours to show now for `theme`. */
function resolvedTheme(theme: Settings["theme"], systemIsDark: boolean): "light" | "dark" {
  if (theme === "system") return systemIsDark ? "dark" : "light";
  return theme;
}

/** Keeps the root's theme and font size in step with `settings`; returns the function that stops it. */
export function followAppearance(settings: Store<Settings>, root: HTMLElement = document.documentElement): () => void {
  const system = window.matchMedia(SYSTEM_DARK);
  const apply = () => {
    const { theme, editorFontSize } = settings.get();
    root.dataset.theme = resolvedTheme(theme, system.matches);
    root.style.setProperty("--editor-font-size", `${editorFontSize}px`);
  };
  apply();
  const unsubscribe = settings.subscribe(apply);
  system.addEventListener("change", apply);
  return () => {
    unsubscribe();
    system.removeEventListener("change", apply);
  };
}
