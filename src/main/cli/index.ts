/**
 * The `clearpost` command line (bin/clearpost.cjs loads its build, out/main/cli.js). Plain Node:
 * it must never import Electron.
 */
import { join } from "node:path";
import { runCli } from "./run-cli";

// The build writes this file to out/main/cli.js, so the pages are in out/renderer (electron-vite shims __dirname in ESM builds).
const rendererDir = join(__dirname, "../renderer");

void runCli(process.argv.slice(2), { rendererDir }).then((exitCode) => {
  // Not process.exit(): output still being written to a pipe must get out first.
  process.exitCode = exitCode;
});
