/** Turns the command line into one command to run, or the reason it cannot; no side effects. */
import { parseArgs } from "node:util";

/** What the writer asked for. */
export type CliCommand =
  | { readonly kind: "help" }
  | { readonly kind: "serve"; readonly postsFolder: string | null; readonly port: number }
  | ExportCommand
  | ExportAllCommand
  | CheckCommand
  | KeywordsCommand
  | { readonly kind: "usage-error"; readonly message: string };

/** `clearpost keywords`: the posts whose keyword suggestions to print. */
export interface KeywordsCommand {
  readonly kind: "keywords";
  readonly posts: readonly string[];
}

/** `clearpost export`: which posts, and how. */
export interface ExportCommand {
  readonly kind: "export";
  /** The Markdown files, as typed. */
  readonly posts: readonly string[];
  /** `--out`: a folder, or (for one post) a file ending in .html; null writes each page beside its post. */
  readonly out: string | null;
  readonly fragment: boolean;
  readonly images: "inline" | "folder";
  /** `--posts`: the folder images may come from; null for each post's own folder. */
  readonly postsFolder: string | null;
  /** Replace files that are not earlier exports. */
  readonly force: boolean;
}

/** `clearpost export --all`: a whole posts folder as a site. */
export interface ExportAllCommand {
  readonly kind: "export-all";
  /** The posts folder, as typed. */
  readonly folder: string;
  /** `--out`: the site's folder; null for `export/` inside the posts folder. */
  readonly out: string | null;
  readonly images: "inline" | "folder";
  /** Replace files that are not earlier exports. */
  readonly force: boolean;
}

/** `clearpost check`: which posts, and how to report them. */
export interface CheckCommand {
  readonly kind: "check";
  /** The Markdown files, as typed, in order. */
  readonly posts: readonly string[];
  /** One JSON object per post per line instead of the text report. */
  readonly json: boolean;
  /** `--max-grade`: exit 1 when a post's grade is above it; null for no limit. */
  readonly maxGrade: number | null;
  /** `--target`: the grade to aim for when a post's front matter has no `readability_target`; null for 8. */
  readonly target: number | null;
}

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

function parseExport(args: readonly string[]): CliCommand {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      out: { type: "string", short: "o" },
      fragment: { type: "boolean" },
      images: { type: "string" },
      "no-inline-images": { type: "boolean" },
      posts: { type: "string" },
      force: { type: "boolean" },
      all: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) return { kind: "help" };
  const images = values["no-inline-images"] ? "folder" : (values.images ?? "inline");
  if (images !== "inline" && images !== "folder") return { kind: "usage-error", message: `--images must be "inline" or "folder", not "${images}".` };
  if (values.out === "") return { kind: "usage-error", message: "--out needs a folder or a file." };
  if (values.all) {
    if (positionals.length !== 1) return { kind: "usage-error", message: "Name one posts folder: clearpost export --all DIR [-o OUTDIR]" };
    if (values.fragment || values.posts !== undefined) return { kind: "usage-error", message: "--all exports whole pages of the folder it names; leave out --fragment and --posts." };
    if (values.out !== undefined && /\.html?$/i.test(values.out)) return { kind: "usage-error", message: "--out names the folder for the site with --all, not a file." };
    return { kind: "export-all", folder: positionals[0] ?? "", out: values.out ?? null, images, force: values.force ?? false };
  }
  if (positionals.length === 0) return { kind: "usage-error", message: "Name the posts to export: clearpost export POST.md…" };
  if (values.posts === "") return { kind: "usage-error", message: "--posts needs a folder." };
  if (values.out !== undefined && /\.html?$/i.test(values.out) && positionals.length > 1) {
    return { kind: "usage-error", message: "--out names one file, but there are several posts: give a folder instead." };
  }
  return {
    kind: "export",
    posts: positionals,
    out: values.out ?? null,
    fragment: values.fragment ?? false,
    images,
    postsFolder: values.posts ?? null,
    force: values.force ?? false,
  };
}

/** A grade typed on the command line: a number from 0 to 30 ("8", "10.5"), else null. */
function parseGrade(text: string | undefined): number | null | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,2}(?:\.\d+)?$/.test(text)) return null;
  const grade = Number(text);
  return grade <= 30 ? grade : null;
}

function parseCheck(args: readonly string[]): CliCommand {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      json: { type: "boolean" },
      "max-grade": { type: "string" },
      target: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) return { kind: "help" };
  if (positionals.length === 0) return { kind: "usage-error", message: "Name the posts to check: clearpost check POST.md…" };
  const maxGrade = parseGrade(values["max-grade"]);
  if (maxGrade === null) return { kind: "usage-error", message: `--max-grade must be a grade from 0 to 30, not "${values["max-grade"]}".` };
  const target = parseGrade(values.target);
  if (target === null) return { kind: "usage-error", message: `--target must be a grade from 0 to 30, not "${values.target}".` };
  return { kind: "check", posts: positionals, json: values.json ?? false, maxGrade: maxGrade ?? null, target: target ?? null };
}

function parseKeywords(args: readonly string[]): CliCommand {
  const { values, positionals } = parseArgs({ args: [...args], options: { help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: true });
  if (values.help) return { kind: "help" };
  if (positionals.length === 0) return { kind: "usage-error", message: "Name the posts: clearpost keywords POST.md…" };
  return { kind: "keywords", posts: positionals };
}

/** The command `argv` (the arguments after `clearpost`) asks for. */
export function parseCliArguments(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: "usage-error", message: "Tell Clearpost what to do." };
  if (HELP_FLAGS.has(command)) return { kind: "help" };
  try {
    if (command === "serve") return parseServe(rest);
    if (command === "export") return parseExport(rest);
    if (command === "check") return parseCheck(rest);
    if (command === "keywords") return parseKeywords(rest);
  } catch (error) {
    // parseArgs explains unknown options and missing values in its own words.
    return { kind: "usage-error", message: error instanceof Error ? error.message : String(error) };
  }
  return { kind: "usage-error", message: `Unknown command "${command}".` };
}
