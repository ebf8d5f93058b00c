/** Turns the command line into one command to run, or the reason it cannot; no side effects. */
import { parseArgs } from "node:util";

/** What the writer asked for. */
export type CliCommand =
  | { readonly kind: "help" }
  | { readonly kind: "serve"; readonly postsFolder: string | null; readonly port: number }
  | { readonly kind: "usage-error"; readonly message: string };

const HELP_FLAGS = new Set(["-h", "--help", "help"]);

/** The port of `--port`: a whole number from 0 (any free port) to 65535, else null. */
function parsePort(text: string | undefined): number | null {
  if (text === undefined) return 0;
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port <= 65_535 ? port : null;
}

function parseServe(args: readonly string[]): CliCommand {
  const { values } = parseArgs({
    args: [...args],
    options: { posts: { type: "string" }, port: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { kind: "help" };
  const port = parsePort(values.port);
  if (port === null) return { kind: "usage-error", message: `--port must be a number from 0 to 65535, not "${values.port}".` };
  if (values.posts === "") return { kind: "usage-error", message: "--posts needs a folder." };
  return { kind: "serve", postsFolder: values.posts ?? null, port };
}

/** The command `argv` (the arguments after `clearpost`) asks for. */
export function parseCliArguments(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: "usage-error", message: "Tell Clearpost what to do." };
  if (HELP_FLAGS.has(command)) return { kind: "help" };
  try {
    if (command === "serve") return parseServe(rest);
  } catch (error) {
    // parseArgs explains unknown options and missing values in its own words.
    return { kind: "usage-error", message: error instanceof Error ? error.message : String(error) };
  }
  return { kind: "usage-error", message: `Unknown command "${command}".` };
}
