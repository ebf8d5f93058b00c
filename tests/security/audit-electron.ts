/**
 * `npm run audit:electron`: Electronegativity over src/, with the reviewed findings of
 * electron-audit.ts. Exits 1 on an unreviewed high or medium finding, a parse error or a stale review.
 */
import { auditElectron, formatAudit, SOURCE_FOLDER } from "./electron-audit";

async function main(): Promise<void> {
  const audit = await auditElectron(SOURCE_FOLDER);
  console.log(formatAudit(audit));
  const failures = audit.unreviewed.length + audit.parseErrors.length + audit.staleReviews.length;
  process.exitCode = failures > 0 ? 1 : 0;
}

void main();
