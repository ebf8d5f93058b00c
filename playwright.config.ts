import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/support/find-chromium";

export default defineConfig({
  testDir: "tests",
  timeout: 60_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  forbidOnly: Boolean(process.env.CI),
  projects: [
    {
      name: "e2e-web",
      testDir: "tests/e2e-web",
      use: {
        browserName: "chromium",
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
      },
    },
    { name: "e2e-electron", testDir: "tests/e2e-electron" },
  ],
});
