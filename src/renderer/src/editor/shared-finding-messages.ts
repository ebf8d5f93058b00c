/**
 * A report crosses from the analysis worker as a copy, with a string of its own for every
 * finding's message, though most findings say what others say ("Passive voice: …"): at 100,000
 * words that is some 9,000 strings, over a megabyte kept as long as the report is shown. Giving
 * every finding the one string kept for its message lets the copies go.
 */
import type { Finding } from "../../../shared/readability";

/** Makes the findings of one freshly received report share one string per distinct message. */
export function shareFindingMessages(findings: readonly Finding[]): void {
  const kept = new Map<string, string>();
  for (const finding of findings) {
    const message = kept.get(finding.message);
    // The report was just copied in from the worker: nothing else holds its findings yet.
    if (message !== undefined) (finding as { message: string }).message = message;
    else kept.set(finding.message, finding.message);
  }
}
