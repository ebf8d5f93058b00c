/**
 * Readability marks cross from the analysis worker as a copy, with a string of its own for every
 * mark's message, though most marks say what others say ("Passive voice: …"): a 100,000-word
 * post's first report brings some 9,000 strings, over a megabyte kept as long as the marks are
 * shown. Giving every mark the one string kept for its message lets the copies go.
 */

/** Makes the findings (or marks) of one freshly received report share one string per distinct message. */
export function shareFindingMessages(findings: readonly { readonly message: string }[]): void {
  const kept = new Map<string, string>();
  for (const finding of findings) {
    const message = kept.get(finding.message);
    // The report was just copied in from the worker: nothing else holds its findings yet.
    if (message !== undefined) (finding as { message: string }).message = message;
    else kept.set(finding.message, finding.message);
  }
}
