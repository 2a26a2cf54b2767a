import { describe, expect, it } from "vitest";
import { diffLines, hasChanges } from "./line-diff";

const render = (before: string, after: string) =>
  diffLines(before, after).map((line) => `${{ same: " ", removed: "-", added: "+" }[line.kind]}${line.text}`);

describe("diffLines", () => {
  it.each([
    ["equal texts", "a\nb", "a\nb", [" a", " b"]],
    ["one changed line between equal ones", "a\nb\nc", "a\nB\nc", [" a", "-b", "+B", " c"]],
    ["an added line", "a\nc", "a\nb\nc", [" a", "+b", " c"]],
    ["a removed line", "a\nb\nc", "a\nc", [" a", "-b", " c"]],
    ["from nothing", "", "a\nb", ["+a", "+b"]],
    ["to nothing", "a", "", ["-a"]],
    ["moved lines keep the longest common run", "x\na\nb\nc", "a\nb\nc\nx", ["-x", " a", " b", " c", "+x"]],
    ["Windows line ends are lines too", "a\r\nb", "a\nb", [" a", " b"]],
  ])("%s", (_case, before, after, expected) => {
    expect(render(before, after)).toEqual(expected);
  });

  it("tells whether anything changed", () => {
    expect(hasChanges(diffLines("a\nb", "a\nb"))).toBe(false);
    expect(hasChanges(diffLines("a", "b"))).toBe(true);
  });

  it("keeps every line of both sides, in order, whatever the texts", () => {
    const before = Array.from({ length: 300 }, (_, i) => `line ${i % 17}`).join("\n");
    const after = Array.from({ length: 280 }, (_, i) => `line ${(i * 7) % 19}`).join("\n");
    const lines = diffLines(before, after);
    expect(lines.filter((l) => l.kind !== "added").map((l) => l.text)).toEqual(before.split("\n"));
    expect(lines.filter((l) => l.kind !== "removed").map((l) => l.text)).toEqual(after.split("\n"));
  });

  it("falls back to removed-then-added past its size limit instead of building a huge table", () => {
    const before = Array.from({ length: 1500 }, (_, i) => `a${i}`).join("\n");
    const after = Array.from({ length: 1500 }, (_, i) => `b${i}`).join("\n");
    const lines = diffLines(before, after);
    expect(lines).toHaveLength(3000);
    expect(lines[0]).toEqual({ kind: "removed", text: "a0" });
    expect(lines[1500]).toEqual({ kind: "added", text: "b0" });
  });
});
