/**
 * The frame every exported page shares (a post's page and the index of an "Export all"): doctype,
 * language, charset, the Content-Security-Policy that lets nothing run, viewport, colour schemes,
 * title and the embedded theme. Kept in one place so no page can be written without the policy.
 */
import { VIDEO_EMBED_ORIGINS } from "../markdown/video-embeds";
import { escapeHtml } from "./html-text";
import { styleHashSource } from "./sha256";

/**
 * The page's policy. The one `<style>` is allowed by its hash rather than `'unsafe-inline'`, so
 * even if some markup got past the sanitizer it could not add styles. Images may come from the
 * page's own folder (`'self'`, for `<slug>_files/`), data URIs (inlined images) and https.
 */
export function exportContentSecurityPolicy(css: string): string {
  return [
    "default-src 'none'",
    "script-src 'none'",
    `style-src ${styleHashSource(css)}`,
    "img-src 'self' data: https:",
    `frame-src ${VIDEO_EMBED_ORIGINS.join(" ")}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** What differs between exported pages. */
export interface PageShellParts {
  /** A BCP 47 language tag. */
  readonly lang: string;
  readonly title: string;
  /** Extra `<head>` lines (metadata), already escaped; each ends with a newline. */
  readonly head: string;
  /** The theme: embedded as the page's only style sheet and allowed by its hash. */
  readonly css: string;
  /** What goes inside `<main class="post-page">`, already escaped or sanitized. */
  readonly main: string;
}

/** The whole page as text. */
export function buildPageShell({ lang, title, head, css, main }: PageShellParts): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(exportContentSecurityPolicy(css))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${escapeHtml(title)}</title>
${head}<style>${css}</style>
</head>
<body>
<main class="post-page">
${main}</main>
</body>
</html>
`;
}
