import { describe, expect, it } from "vitest";
import { budgetTone } from "./session-timer";

// The clock it shows is formatClock, tested with the other formatters in src/lib/format.test.ts.
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
});
