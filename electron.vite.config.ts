import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "electron-vite";

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
    plugins: [react()],
  },
});
