/** Sharing one string per message (which JavaScript cannot observe; the heap snapshot shows it) leaves every finding as it was. */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/shared/readability";
import { shareFindingMessages } from "../../src/renderer/src/editor/shared-finding-messages";

/** A finding as a copy from the worker arrives: its message a string of its own. */
const finding = (from: number, message: string): Finding => ({ from, to: from + 4, kind: "passive-voice", message: [...message].join(""), gradeImpact: 0 });

describe("shareFindingMessages", () => {
  it("keeps every finding's message and place as it was", () => {
    const findings = [finding(0, "Passive voice: say who does it."), finding(10, "Adverb: cut it."), finding(20, "Passive voice: say who does it.")];
    shareFindingMessages(findings);
    expect(findings.map(({ from, message }) => [from, message])).toEqual([
      [0, "Passive voice: say who does it."],
      [10, "Adverb: cut it."],
      [20, "Passive voice: say who does it."],
    ]);
  });
});
