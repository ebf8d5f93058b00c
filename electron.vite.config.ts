import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "electron-vite";
import type { Plugin } from "vite";
import { CONTENT_SECURITY_POLICY, pageContentSecurityPolicy, STYLE_NONCE_PLACEHOLDER } from "./src/shared/security/content-security-policy";

/**
 * Writes the Content-Security-Policy into index.html from the one shared constant. The dev server
 * alone gets the exceptions React's hot reload needs (an inline preamble, styles, its websocket).
 * A production page carries the style nonce's placeholder, in its policy and in a
 * `<meta property="csp-nonce">` for the editor, which every response replaces (renderer-page.ts).
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "clearpost-content-security-policy",
    transformIndexHtml(_html, context) {
      if (context.server) {
        const policy = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
          .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
          .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
        return [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: policy }, injectTo: "head-prepend" }];
      }
      const policy = pageContentSecurityPolicy(STYLE_NONCE_PLACEHOLDER).replace(/; frame-ancestors [^;]*/, ""); // frame-ancestors is ignored in a meta tag
      return [
        { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: policy }, injectTo: "head-prepend" },
        { tag: "meta", attrs: { property: "csp-nonce", nonce: STYLE_NONCE_PLACEHOLDER }, injectTo: "head" },
      ];
    },
  };
}

/**
 * `pluralize` (which `syllable` imports) is UMD and takes its CommonJS branch only when a
 * global `require` exists; in a browser or worker bundle there is none, so it set a global
 * instead and the readability checker got no function. Make it see CommonJS.
 */
function pluralizeAsCommonJs(): Plugin {
  return {
    name: "clearpost-pluralize-as-commonjs",
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]pluralize[\\/]pluralize\.js$/.test(id)) return null;
      const patched = code.replace("typeof require === 'function' && typeof exports === 'object'", "typeof exports === 'object'");
      if (patched === code) this.error("pluralize's UMD header changed: update pluralizeAsCommonJs in electron.vite.config.ts");
      return { code: patched, map: null };
    },
  };
}

export default defineConfig({
  main: {
    build: {
      // The command line runs in plain Node 20 as CommonJS, where these ESM-only packages (and the
      // JSON word list) cannot be required: bundle them into the build instead of leaving imports.
      externalizeDeps: { exclude: ["syllable", "dale-chall", "english-verbs-irregular", "stemmer"] },
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
    plugins: [react(), contentSecurityPolicyMeta(), pluralizeAsCommonJs()],
    // electron-vite leaves the renderer unminified; minified code is a third the size to load and parse at startup.
    build: { minify: true },
    // The analysis worker (src/renderer/src/workers/) is bundled on its own, with its own plugins.
    worker: { plugins: () => [pluralizeAsCommonJs()] },
  },
});
