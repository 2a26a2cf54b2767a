import { describe, expect, it } from "vitest";
import { promptCode, promptLanguage } from "./code-blocks";

describe("the prompt's code", () => {
  it("joins the fenced and indented blocks in order, with the first block's language", () => {
    const prompt = "Look:\n\n```golang\nfunc a() {}\n```\n\n- and in a list:\n\n  ```sql\n  SELECT 1;\n  ```\n\nIndented:\n\n    x := 2\n";
    expect(promptCode(prompt)).toEqual({ language: "go", code: "func a() {}\n\nSELECT 1;\n\nx := 2\n" });
    expect(promptLanguage(prompt)).toBe("go");
  });

  it("is null without code, and inline code does not count", () => {
    expect(promptCode("Explain `counter++` in words.")).toBeNull();
    expect(promptLanguage("Explain `counter++` in words.")).toBe("plaintext");
    expect(promptCode("```\n\n```")).toBeNull();
  });
});
