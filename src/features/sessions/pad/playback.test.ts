import { describe, expect, it } from "vitest";
import { applyDelta, playback } from "./playback";
import type { PadStep } from "./types";

const step = (delta: PadStep["delta"]): PadStep => ({ at: "2026-12-01T10:00:00.000Z", author: "candidate", delta });

describe("playback", () => {
  it("applies retain, insert and delete", () => {
    expect(applyDelta("hello world", [{ retain: 6 }, { delete: 5 }, { insert: "pad" }])).toBe("hello pad");
    expect(applyDelta("", [{ insert: "a" }])).toBe("a");
    expect(applyDelta("abc", [])).toBe("abc");
  });

  it("gives the text after any step, before and past the checkpoints, in any order", () => {
    const steps = Array.from({ length: 450 }, (_, i) => step(i % 10 === 9 ? [{ delete: 1 }] : [{ retain: i }, { insert: "x" }]));
    const naive: string[] = [];
    let text = "";
    for (const s of steps) naive.push((text = applyDelta(text, s.delta)));
    const at = playback(steps);
    for (const index of [449, 0, 199, 200, 201, 399, 400, 7, 250]) expect(at(index)).toBe(naive[index]);
    expect(at(-1)).toBe("");
    expect(at(10_000)).toBe(naive[449]);
  });
});
