#!/usr/bin/env node
// The `clearpost` command: runs the built command line (npm run build makes out/main/cli.js).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const cli = join(__dirname, "..", "out", "main", "cli.js");
if (!existsSync(cli)) {
  console.error("Clearpost is not built yet. Run `npm run build` first, then `npx clearpost` again.");
  process.exit(1);
}
require(cli);
