import { describe, expect, it } from "vitest";
import { isCodeLanguage, languageFromFence } from "./code-languages";

describe("languageFromFence", () => {
  it.each([
    ["go", "go"],
    ["golang", "go"],
    ["ts", "typescript"],
    ["TSX", "typescript"],
    ["js {linenos}", "javascript"],
    ["python3", "python"],
    ["postgresql", "sql"],
    ["java", "java"],
    ["rust", "plaintext"],
    ["", "plaintext"],
    [null, "plaintext"],
  ])("reads %j as %s", (info, language) => {
    expect(languageFromFence(info)).toBe(language);
  });

  it("knows its own languages only", () => {
    expect(isCodeLanguage("go")).toBe(true);
    expect(isCodeLanguage("cobol")).toBe(false);
    expect(isCodeLanguage(3)).toBe(false);
  });
});
