import { dirname, extname, resolve } from "node:path";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

const NODE_WORKER = "?nodeWorker";
const SOURCE_WORKER = "\0clearpost-node-worker:";

/**
 * electron-vite bundles a `?nodeWorker` import as its own entry and returns a function that
 * starts it; Vitest runs the main side from source, so here that function starts the worker's
 * TypeScript through tsx instead.
 */
function nodeWorkersFromSource(): Plugin {
  return {
    name: "clearpost-node-workers-from-source",
    enforce: "pre",
    resolveId(id, importer) {
      if (!id.endsWith(NODE_WORKER) || importer === undefined) return null;
      const file = resolve(dirname(importer), id.slice(0, -NODE_WORKER.length));
      return `${SOURCE_WORKER}${extname(file) === "" ? `${file}.ts` : file}`;
    },
    load(id) {
      if (!id.startsWith(SOURCE_WORKER)) return null;
      const boot = `require("tsx/cjs"); require(${JSON.stringify(id.slice(SOURCE_WORKER.length))});`;
      return `import { Worker } from "node:worker_threads";\nexport default (options) => new Worker(${JSON.stringify(boot)}, { ...options, eval: true });\n`;
    },
  };
}

export default defineConfig({
  plugins: [nodeWorkersFromSource()],
  test: {
    include: ["tests/shared/**/*.test.ts", "tests/main/**/*.test.ts", "tests/contract/**/*.test.ts", "tests/security/**/*.test.ts", "tests/bench/**/*.test.ts", "tests/renderer/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
