import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "electron-vite";
import type { Plugin } from "vite";
import { CONTENT_SECURITY_POLICY } from "./src/shared/security/content-security-policy";

/**
 * Writes the Content-Security-Policy into index.html from the one shared constant. The dev server
 * alone gets the exceptions React's hot reload needs (an inline preamble, styles, its websocket).
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "clearpost-content-security-policy",
    transformIndexHtml(_html, context) {
      const policy = context.server
        ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
            .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*")
        : CONTENT_SECURITY_POLICY.replace(/; frame-ancestors [^;]*/, ""); // frame-ancestors is ignored in a meta tag
      return [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: policy }, injectTo: "head-prepend" }];
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The Electron app and the plain-Node command line share one build of the main side.
        input: { index: resolve("src/main/index.ts"), cli: resolve("src/main/cli/index.ts") },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        // A sandboxed preload must be a single CommonJS file.
        output: { format: "cjs", entryFileNames: "[name].cjs" },
      },
    },
  },
  renderer: {
    plugins: [react(), contentSecurityPolicyMeta()],
  },
});
