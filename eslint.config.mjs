// Lint: typescript-eslint's strict rules, React hooks, and the import directions of design.md as errors.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** A `no-restricted-imports` rule forbidding `patterns` with a message naming the layer. */
const forbid = (layer, patterns) => ({
  "no-restricted-imports": [
    "error",
    { patterns: patterns.map((group) => ({ group: [group], message: `${layer} must not import ${group} (design.md, "Who may import whom").` })) },
  ],
});

export default tseslint.config(
  { ignores: ["out/**", "dist/**", "node_modules/**", "test-results/**", "playwright-report/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  {
    files: ["src/shared/**/*.ts"],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: forbid("src/shared", ["electron", "node:*", "react", "react-dom", "@codemirror/view", "**/main/**", "**/renderer/**", "**/preload/**", "chokidar", "dompurify", "jsdom"]),
  },
  {
    files: ["src/main/**/*.ts"],
    ignores: ["src/main/electron/**", "src/main/index.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: forbid("src/main (outside electron/)", ["electron", "**/renderer/**", "**/preload/**", "react"]),
  },
  {
    files: ["src/main/electron/**/*.ts", "src/main/index.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: forbid("src/main/electron", ["**/renderer/**", "**/preload/**", "react"]),
  },
  {
    files: ["src/preload/**/*.ts"],
    rules: forbid("src/preload", ["node:*", "**/main/**", "**/renderer/**", "react", "**/shared/model/**", "**/shared/post/**", "**/shared/markdown/**"]),
  },
  {
    files: ["src/renderer/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid("src/renderer", ["electron", "node:*", "**/main/**", "**/preload/index*", "chokidar", "jsdom"]),
    },
  },
  {
    files: ["tests/**/*.ts", "scripts/**/*.{ts,mjs}", "bench/**/*.ts", "*.config.{ts,mts,mjs}", "bin/**/*.cjs"],
    ignores: ["bench/pages/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The bench's pages run in Chromium: the bare editor and the probe.
    files: ["bench/pages/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid("bench/pages", ["node:*", "**/main/**", "**/tests/**", "jsdom"]),
  },
  {
    files: ["bin/**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
