/** Runs the command the writer typed and says how the process should exit. */
import { type CheckOutput, checkPosts } from "./check-command";
import { exportAllCommand } from "./export-all-command";
import { exportPosts } from "./export-command";
import { printKeywords } from "./keywords-command";
import { parseCliArguments } from "./parse-arguments";
import { serveInBrowser } from "./serve-command";
import { USAGE } from "./usage";

/** Where the built app's pieces are, as seen from the built command line. */
export interface CliEnvironment {
  /** The built renderer (`out/renderer`). */
  readonly rendererDir: string;
}

/** Lines to stdout and stderr; `clearpost check … | head` closes the pipe early, so stop quietly rather than crash on EPIPE. */
function pipedOutput(): CheckOutput {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    else throw error;
  });
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}

/** Exit codes: 0 done, 1 failed, 2 the command line was wrong (as most Unix tools do). */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const command = parseCliArguments(argv);
  switch (command.kind) {
    case "help":
      process.stdout.write(USAGE);
      return 0;
    case "usage-error":
      process.stderr.write(`clearpost: ${command.message}\n\n${USAGE}`);
      return 2;
    case "check":
      return checkPosts(command, pipedOutput());
    case "keywords":
      return printKeywords(command, pipedOutput());
    case "export":
      return exportPosts(command, pipedOutput());
    case "export-all":
      return exportAllCommand(command, pipedOutput());
    case "serve":
      try {
        await serveInBrowser({ postsFolder: command.postsFolder, port: command.port, rendererDir: environment.rendererDir });
        return 0;
      } catch (error) {
        process.stderr.write(`clearpost: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
      }
  }
}
