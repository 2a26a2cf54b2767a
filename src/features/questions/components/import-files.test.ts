// The wizard's file check: every chosen file is read or refused on its own, with the CLI's words.
import { describe, expect, it } from "vitest";
import { IMPORT_MAX_BYTES } from "../import/input-guard";
import { readImportFiles } from "./import-files";

describe("readImportFiles", () => {
  it("keeps the readable files in order and names each refused one with its reason", async () => {
    const files = [
      new File(["# One\n\n### Q1. A?\n"], "one.md"),
      new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])], "diagram.png"),
      new File([new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x61)], "huge.md"),
      new File(["Two\n\nQ1. B?\n"], "two.txt"),
    ];
    const { documents, refused } = await readImportFiles(files);
    expect(documents).toEqual([
      { name: "one.md", text: "# One\n\n### Q1. A?\n", source: "one.md" },
      { name: "two.txt", text: "Two\n\nQ1. B?\n", source: "two.txt" },
    ]);
    expect(refused).toEqual([
      { name: "diagram.png", message: expect.stringMatching(/^This looks like a binary file .*NUL bytes/), tooLarge: false },
      { name: "huge.md", message: "This file is 5.1 MB; the limit is 5 MB." /* rounded up: never "5.0 MB" over a 5 MB limit */, tooLarge: true },
    ]);
  });
});
