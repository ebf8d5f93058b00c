import { describe, expect, it } from "vitest";
import { matchDictionary, spellingLanguage } from "../../src/shared/model/spelling-language";

describe("spellingLanguage", () => {
  it("checks a post in the language its front matter names", () => {
    expect(spellingLanguage("en-US", "de")).toBe("de");
  });

  it("uses the writer's language for a post that names none", () => {
    expect(spellingLanguage("en-GB", null)).toBe("en-GB");
    expect(spellingLanguage("en-GB", "  ")).toBe("en-GB");
  });

  it("checks nothing when spelling is off, whatever the post says", () => {
    expect(spellingLanguage("off", "fr")).toBeNull();
  });
});

describe("matchDictionary", () => {
  const available = ["en-GB", "en-US", "de", "fr", "pt-BR"];

  it("prefers the exact dictionary, in any case or separator", () => {
    expect(matchDictionary("en-us", available)).toBe("en-US");
    expect(matchDictionary("pt_BR", available)).toBe("pt-BR");
  });

  it("falls back to the language alone, then to any dictionary of that language", () => {
    expect(matchDictionary("de-AT", available)).toBe("de");
    expect(matchDictionary("en", available)).toBe("en-GB");
  });

  it("finds none for a language without a dictionary", () => {
    expect(matchDictionary("fi", available)).toBeNull();
  });
});
