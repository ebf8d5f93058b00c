/** The theme every exported page embeds: resources/export-theme.css, built into the main bundle as text. */
import css from "../../../resources/export-theme.css?raw";
import type { ExportTheme } from "../../shared/model/settings";

/** The theme's CSS, trimmed so its CSP hash does not depend on a trailing newline. */
export const EXPORT_THEME_CSS: string = css.trim();

/**
 * The theme for `theme`: as it is for "auto" (the page follows the reader's system); otherwise one
 * more rule pins the page's color-scheme, which picks every light-dark() colour of the theme.
 */
export function exportThemeCss(theme: ExportTheme = "auto"): string {
  return theme === "auto" ? EXPORT_THEME_CSS : `${EXPORT_THEME_CSS}\n\nhtml:has(> body > .post-page) {\n  color-scheme: ${theme};\n}`;
}
