/** The theme every exported page embeds: resources/export-theme.css, built into the main bundle as text. */
import css from "../../../resources/export-theme.css?raw";

/** The theme's CSS, trimmed so its CSP hash does not depend on a trailing newline. */
export const EXPORT_THEME_CSS: string = css.trim();
