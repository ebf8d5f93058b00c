/**
 * Runs Electronegativity (Doyensec's scanner for Electron misconfigurations) over the source, and
 * sorts its findings into reviewed ones (the allowlist below, each with its reason) and the rest.
 * Electronegativity exits 0 whatever it finds, so this parses its results instead.
 */
import { createRequire } from "node:module";
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";

/** One finding, as Electronegativity reports it. */
export interface ElectronFinding {
  readonly id: string;
  readonly severity: string;
  readonly confidence: string;
  /** Relative to the scanned folder, `/`-separated; `N/A` for checks about the whole app. */
  readonly file: string;
  readonly line: number;
  readonly description: string;
}

/** A finding a person has reviewed and accepted, for one check in one file, and why. */
export interface ReviewedFinding {
  readonly id: string;
  readonly file: string;
  readonly reason: string;
}

/**
 * Reviewed findings. Keyed by check and file, not line, so moving code keeps its review but the
 * same pattern in another file is a new finding. Keep each reason true, or remove the entry.
 */
export const REVIEWED_FINDINGS: readonly ReviewedFinding[] = [
  {
    id: "CSP_GLOBAL_CHECK",
    file: "N/A",
    reason:
      "The CSP lives in src/shared/security/content-security-policy.ts: electron.vite.config.ts writes it into the built index.html, " +
      "and app-protocol.ts and server/security.ts send it as a header (the page's with a fresh style nonce, server/renderer-page.ts). " +
      "No source HTML carries it, so the scanner finds none; electron-window.test.ts checks the policy and tests/e2e-web checks the served page's header and nonce.",
  },
  {
    id: "CONTEXT_ISOLATION_JS_CHECK",
    file: "main/electron/main-window.ts",
    reason:
      "The options come from mainWindowOptions() in window-options.ts (contextIsolation: true), which the scanner cannot follow " +
      "across files; electron-window.test.ts asserts them and that this is the only BrowserWindow.",
  },
  {
    id: "SANDBOX_JS_CHECK",
    file: "main/electron/main-window.ts",
    reason:
      "sandbox: true comes from window-options.ts (asserted by electron-window.test.ts), and index.ts calls app.enableSandbox() for every renderer.",
  },
  {
    id: "AUXCLICK_JS_CHECK",
    file: "main/electron/main-window.ts",
    reason:
      "A middle click can only ask for a new window: web-guards.ts's setWindowOpenHandler denies every one (web and mail links go to the " +
      "system browser), and the preview's link handler (preview-links.ts) handles auxclick itself.",
  },
  {
    id: "OPEN_EXTERNAL_JS_CHECK",
    file: "main/electron/web-guards.ts",
    reason: "shell.openExternal runs only for URLs that parse and whose scheme is http:, https: or mailto:, never file: or custom schemes.",
  },
];

/** What one run found. */
export interface ElectronAudit {
  /** Files of the kinds Electronegativity reads (.ts, .tsx, .js, .html …) under the scanned folder. */
  readonly scannedFiles: number;
  /** Files it could not parse: each is a blind spot, so the audit fails on any. */
  readonly parseErrors: readonly string[];
  readonly findings: readonly ElectronFinding[];
  /** High and medium findings with no review: the audit fails on any. */
  readonly unreviewed: readonly ElectronFinding[];
  /** Reviewed entries that no longer match a finding: stale reviews to remove. */
  readonly staleReviews: readonly ReviewedFinding[];
}

/** The Electron version the scanner should assume (it cannot read it from an uninstalled binary). */
const ASSUMED_ELECTRON = "45.5.0";

/**
 * Checks that cannot run here. AvailableSecurityFixesGlobalCheck downloads Electron's release list
 * from GitHub to compare versions; offline it only reports a failed download. Keeping Electron
 * current is `npm outdated`'s job.
 */
const OFFLINE_EXCLUDED_CHECKS = ["AvailableSecurityFixesGlobalCheck"];

interface RawIssue {
  id: string;
  file: string;
  description: string;
  location: { line: number };
  severity: { name: string };
  confidence: { name: string };
}

type RunElectronegativity = (options: Record<string, unknown>) => Promise<{ errors: { file: string; message: string }[]; issues: RawIssue[] }>;

async function countScannable(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && /\.(?:jsx?|tsx?|html?)$/.test(entry.name)).length;
}

/** Runs the scan over `folder` (the project's `src`) and sorts the findings. */
export async function auditElectron(folder: string): Promise<ElectronAudit> {
  const require = createRequire(import.meta.url);
  const run = require("@doyensec/electronegativity") as RunElectronegativity;
  const result = await run({
    input: folder,
    electronVersionOverride: ASSUMED_ELECTRON,
    isRelative: true,
    excludeFromScan: OFFLINE_EXCLUDED_CHECKS,
  });
  const findings: ElectronFinding[] = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file.split("\\").join("/"),
    line: issue.location.line,
    description: issue.description,
  }));
  const isReviewed = (finding: ElectronFinding) => REVIEWED_FINDINGS.some((review) => review.id === finding.id && review.file === finding.file);
  return {
    scannedFiles: await countScannable(folder),
    parseErrors: result.errors.map((error) => `${relative(folder, error.file)}: ${error.message}`),
    findings,
    unreviewed: findings.filter((finding) => (finding.severity === "HIGH" || finding.severity === "MEDIUM") && !isReviewed(finding)),
    staleReviews: REVIEWED_FINDINGS.filter((review) => !findings.some((finding) => finding.id === review.id && finding.file === review.file)),
  };
}

/** The audit as a plain-text table for a terminal or a CI log. */
export function formatAudit(audit: ElectronAudit): string {
  const rows = audit.findings.map((finding) => {
    const review = REVIEWED_FINDINGS.find((entry) => entry.id === finding.id && entry.file === finding.file);
    const verdict = review ? "reviewed" : finding.severity === "HIGH" || finding.severity === "MEDIUM" ? "UNREVIEWED" : "low";
    return `${verdict.padEnd(10)} ${finding.severity.padEnd(13)} ${finding.id.padEnd(28)} ${finding.file}:${finding.line}`;
  });
  return [
    `Electronegativity over ${audit.scannedFiles} files (assuming Electron ${ASSUMED_ELECTRON}): ${audit.findings.length} findings, ` +
      `${audit.unreviewed.length} unreviewed high/medium, ${audit.parseErrors.length} parse errors, ${audit.staleReviews.length} stale reviews.`,
    ...rows,
    ...audit.parseErrors.map((error) => `PARSE ERROR ${error}`),
    ...audit.staleReviews.map((review) => `STALE REVIEW ${review.id} in ${review.file}: no such finding any more`),
  ].join("\n");
}

/** The project's `src` folder. */
export const SOURCE_FOLDER = join(import.meta.dirname, "../../src");
