/**
 * The production Content-Security-Policy, in one place because three things must agree on it:
 * the Electron window's protocol handler, browser mode's server, and the renderer's index.html.
 * No 'unsafe-inline' and no 'unsafe-eval': a hostile post must not be able to run script. The
 * page alone also allows the <style> elements that carry its per-response nonce (the editor's).
 */
import { ASSET_SCHEME } from "../api/assets";
import { VIDEO_EMBED_ORIGINS } from "../markdown/video-embeds";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Posts may show images from the web, small inline ones, and their own through our asset scheme
  // (browser mode serves those from 'self').
  `img-src 'self' data: https: ${ASSET_SCHEME}:`,
  // Video players from the short list the sanitizing policy lets through (video-embeds.ts).
  `frame-src ${VIDEO_EMBED_ORIGINS.join(" ")}`,
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Stands for the page's style nonce in the built index.html, in its policy and in its
 * `<meta property="csp-nonce">`, until the server or the app's scheme writes a fresh nonce over
 * it in each response. It is not a valid nonce, so a page served without one gets no inline style.
 */
export const STYLE_NONCE_PLACEHOLDER = "{{clearpost-style-nonce}}";

/** The page's policy: the production policy, plus <style> elements that carry `styleNonce`. */
export function pageContentSecurityPolicy(styleNonce: string): string {
  return CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' 'nonce-${styleNonce}'`);
}
