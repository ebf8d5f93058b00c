/**
 * The production Content-Security-Policy, in one place because three things must agree on it:
 * the Electron window's protocol handler, browser mode's server, and the renderer's index.html.
 * No 'unsafe-inline' and no 'unsafe-eval': a hostile post must not be able to run script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Posts may show images from the web and small inline ones.
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
