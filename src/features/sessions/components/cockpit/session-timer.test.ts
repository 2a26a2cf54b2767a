import { describe, expect, it } from "vitest";
import { budgetTone, formatClock } from "./session-timer";

describe("question timer", () => {
  it.each([
    { spentMs: 0, tone: "ok" },
    { spentMs: 479_999, tone: "ok" },
    { spentMs: 480_000, tone: "warn" }, // 80% of 10 minutes
    { spentMs: 600_000, tone: "warn" }, // exactly on budget
    { spentMs: 600_001, tone: "over" },
  ])("$spentMs ms of a 10-minute budget is $tone", ({ spentMs, tone }) => {
    expect(budgetTone(spentMs, 600)).toBe(tone);
  });

  it.each([
    { ms: 0, text: "0:00" },
    { ms: 59_999, text: "0:59" },
    { ms: 61_000, text: "1:01" },
    { ms: 3_600_000, text: "60:00" },
    { ms: -5, text: "0:00" },
  ])("shows $ms ms as $text", ({ ms, text }) => {
    expect(formatClock(ms)).toBe(text);
  });
});
