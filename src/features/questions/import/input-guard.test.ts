import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkImportBytes, checkImportSize, checkImportText, formatSize, IMPORT_MAX_BYTES, utf8Length } from "./input-guard";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name));
const bytes = (...values: number[]) => Uint8Array.from(values);
// A PNG signature and header, then bytes that are not text.
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256));

describe("checkImportSize", () => {
  it("accepts the limit itself and refuses a byte more, naming both sizes", () => {
    expect(checkImportSize(IMPORT_MAX_BYTES)).toBeNull();
    expect(checkImportSize(IMPORT_MAX_BYTES + 1)).toEqual({ reason: "too-large", message: "This file is 5.1 MB; the limit is 5 MB." });
    expect(checkImportSize(Math.round(7.2 * 1024 * 1024))?.message).toBe("This file is 7.2 MB; the limit is 5 MB.");
    expect(checkImportSize(6 * 1024 * 1024 + 13, "document")?.message).toBe("This document is 6.0 MB; the limit is 5 MB.");
  });

  it.each([
    [1, "1 KB"],
    [300 * 1024, "300 KB"],
    [1024 * 1024, "1.0 MB"],
    [Math.round(2.25 * 1024 * 1024), "2.3 MB"],
  ])("formats %i bytes as %s", (size, label) => {
    expect(formatSize(size)).toBe(label);
  });
});

describe("checkImportBytes", () => {
  it.each(["well-formed.md", "well-formed.txt", "crlf.txt", "broken.md"])("lets the real document %s through, decoded", (name) => {
    const file = fixture(name);
    const result = checkImportBytes(file);
    expect(result).toEqual({ ok: true, text: file.toString("utf8").replace(/^\uFEFF/, "") });
  });

  it("refuses a PNG, naming the NUL bytes it found", () => {
    expect(checkImportBytes(PNG)).toEqual({
      ok: false,
      refusal: { reason: "binary", message: "This looks like a binary file (e.g. an image or PDF), not a text document: it contains NUL bytes (the first at byte 8)." },
    });
  });

  it("refuses bytes that are not UTF-8 even without NUL", () => {
    const latin1 = Buffer.from("Caf\xe9 question: what is a r\xe9gion?", "latin1");
    const result = checkImportBytes(latin1);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusal.message).toMatch(/binary file .*: it is not valid UTF-8 text\.$/);
  });

  it("names UTF-16 instead of calling it binary", () => {
    const utf16 = Buffer.concat([bytes(0xff, 0xfe), Buffer.from("### Q1. Hello", "utf16le")]);
    expect(checkImportBytes(utf16)).toMatchObject({ ok: false, refusal: { reason: "binary", message: expect.stringContaining("UTF-16") } });
  });

  it("refuses an oversized file before looking inside it", () => {
    const big = new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x61);
    expect(checkImportBytes(big)).toMatchObject({ ok: false, refusal: { reason: "too-large" } });
  });

  it("refuses an empty or blank file", () => {
    expect(checkImportBytes(new Uint8Array())).toMatchObject({ ok: false, refusal: { reason: "empty", message: "This file is empty; there is nothing to import." } });
    expect(checkImportBytes(Buffer.from(" \n\t\n"))).toMatchObject({ ok: false, refusal: { reason: "empty" } });
  });
});

describe("checkImportText", () => {
  it("accepts ordinary text with tabs, CRLF, a form feed, a few stray control characters and emoji", () => {
    const text = `# Bank\r\n\f\n### Q1. Tabs\tand emoji 🧵 — fine\u001b[0m\n${"Model answer text. ".repeat(20)}`;
    expect(checkImportText(text)).toBeNull();
  });

  it("refuses NUL characters and a high share of control characters, saying which", () => {
    expect(checkImportText("### Q1. A\u0000B")?.message).toMatch(/binary file .*: it contains NUL characters\.$/);
    const noisy = `### Q1. ${"\u0001\u0002\u0003abc".repeat(50)}`;
    expect(checkImportText(noisy)).toMatchObject({ reason: "binary", message: expect.stringMatching(/: \d+% of its characters are control characters\.$/) });
  });

  it("refuses what a browser makes of binary data (many U+FFFD)", () => {
    const decoded = new TextDecoder().decode(PNG.slice(16));
    expect(checkImportText(decoded)).toMatchObject({ reason: "binary" });
  });

  it("measures size in UTF-8 bytes, not characters", () => {
    const wide = "é".repeat(IMPORT_MAX_BYTES / 2 + 1);
    expect(wide.length).toBeLessThan(IMPORT_MAX_BYTES);
    expect(checkImportText(wide)).toMatchObject({ reason: "too-large", message: "This document is 5.1 MB; the limit is 5 MB." });
  });

  it("refuses blank text", () => {
    expect(checkImportText(" \n ")).toEqual({ reason: "empty", message: "This document is empty; there is nothing to import." });
  });
});

it("counts UTF-8 bytes as TextEncoder does", () => {
  for (const text of ["", "abc", "é", "—", "🧵", "a\ud800b", "\udc00", "x🧵y—é"]) {
    expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
  }
});
