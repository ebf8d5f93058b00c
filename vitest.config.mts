import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/shared/**/*.test.ts", "tests/main/**/*.test.ts", "tests/contract/**/*.test.ts", "tests/security/**/*.test.ts", "tests/bench/**/*.test.ts", "tests/renderer/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
