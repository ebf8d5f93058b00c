import { describe, expect, it } from "vitest";
import { parseCliArguments } from "../../src/main/cli/parse-arguments";
import { USAGE } from "../../src/main/cli/usage";

describe("the clearpost command line", () => {
  it("serves the usual folder on any free port when given no options", () => {
    expect(parseCliArguments(["serve"])).toEqual({ kind: "serve", postsFolder: null, port: 0 });
  });

  it("takes the posts folder and the port", () => {
    expect(parseCliArguments(["serve", "--posts", "~/blog", "--port", "4173"])).toEqual({ kind: "serve", postsFolder: "~/blog", port: 4173 });
    expect(parseCliArguments(["serve", "--posts=drafts", "--port=0"])).toEqual({ kind: "serve", postsFolder: "drafts", port: 0 });
  });

  it.each(["abc", "-1", "65536", "80.5", "", "1e3"])("refuses --port %j", (port) => {
    expect(parseCliArguments(["serve", "--port", port])).toMatchObject({ kind: "usage-error" });
  });

  it("refuses unknown options, a missing value and stray words", () => {
    expect(parseCliArguments(["serve", "--folder", "x"])).toMatchObject({ kind: "usage-error" });
    expect(parseCliArguments(["serve", "--posts"])).toMatchObject({ kind: "usage-error" });
    expect(parseCliArguments(["serve", "--posts", ""])).toMatchObject({ kind: "usage-error" });
    expect(parseCliArguments(["serve", "now"])).toMatchObject({ kind: "usage-error" });
  });

  it("shows help for --help, -h and help, also after a command", () => {
    for (const argv of [["--help"], ["-h"], ["help"], ["serve", "--help"]]) expect(parseCliArguments(argv)).toEqual({ kind: "help" });
  });

  it("refuses an unknown command or none, naming the mistake", () => {
    expect(parseCliArguments(["publish"])).toEqual({ kind: "usage-error", message: 'Unknown command "publish".' });
    expect(parseCliArguments([])).toMatchObject({ kind: "usage-error" });
  });

  it("lists only the commands that exist", () => {
    expect(USAGE).toContain("serve");
    expect(USAGE).toContain("export");
    expect(USAGE).toContain("check");
    // Every command the help lists is one the parser knows.
    for (const [, command] of USAGE.matchAll(/^ {2}(\w+) {2,}/gm)) expect(parseCliArguments([command ?? "", "--help"])).toEqual({ kind: "help" });
  });
});
