/**
 * The production Content-Security-Policy, in one place because three things must agree on it:
 * the Electron window's protocol handler, browser mode's server, and the renderer's index.html.
 * No 'unsafe-inline' and no 'unsafe-eval': a hostile post must not be able to run script.
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
