import { describe, expect, it } from "vitest";
import { changesBetween, type Draft } from "./draft";

const base: Draft = {
  ratings: { a: { rating: 3, notes: "ok" }, b: { rating: null, notes: "" } },
  recommendation: null,
  level: null,
  summary: "",
};

describe("changesBetween", () => {
  it("is null when nothing changed", () => {
    expect(changesBetween(base, structuredClone(base))).toBeNull();
  });

  it("sends only the questions touched, with their rating and notes", () => {
    const next = { ...base, ratings: { ...base.ratings, b: { rating: 2 as const, notes: "" } } };
    expect(changesBetween(base, next)).toEqual({ ratings: [{ questionId: "b", rating: 2, notes: "" }] });
  });

  it("sends overall fields only when they changed, including clearing them", () => {
    const saved = { ...base, recommendation: "yes" as const, level: "senior" as const };
    expect(changesBetween(saved, { ...saved, recommendation: null, summary: "Good" })).toEqual({ recommendation: null, summary: "Good" });
  });
});
