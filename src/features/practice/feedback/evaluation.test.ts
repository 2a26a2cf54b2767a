// Feedback on the labelled evaluation set (bench/feedback-eval.json): functional expectations on
// every item the thresholds were tuned on, and the issue's aims on both halves, the held-out half
// included. The same figures are what `npm run bench` records (bench/results.json, README).
import { describe, expect, it } from "vitest";
import { EVAL_ITEMS, halfOf, runEvaluation, score } from "../../../../bench/feedback";

const results = runEvaluation();
const label = (r: (typeof results)[number]) => `${r.bank} Q${r.question} ${r.kind}${r.kind === "wrong" ? ` #${r.wrong}` : ""}: ${r.answer}`;

describe("the evaluation set", () => {
  it("has at least 40 labelled answers over both demo banks, every wrong answer reworded, in two halves", () => {
    expect(EVAL_ITEMS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(EVAL_ITEMS.map((item) => item.bank))).toEqual(new Set(["concurrency", "http-caching"]));
    for (const kind of ["paraphrase", "wrong", "off-topic"] as const) expect(EVAL_ITEMS.some((item) => item.kind === kind)).toBe(true);
    expect(new Set(EVAL_ITEMS.map(halfOf))).toEqual(new Set(["tuning", "heldOut"]));
  });
});

describe("on the tuning half", () => {
  const tuning = results.filter((r) => r.half === "tuning");
  it.each(tuning.filter((r) => r.kind === "wrong").map((r) => [label(r), r] as const))("a reworded wrong answer yields its echo: %s", (_label, r) => {
    expect(r.feedback.echoes.map((echo) => echo.index)).toContain(r.wrong);
  });
  it.each(tuning.filter((r) => r.kind === "paraphrase").map((r) => [label(r), r] as const))("a correct paraphrase covers at least 70% of the key points: %s", (_label, r) => {
    expect(r.feedback.coverage).toBeGreaterThanOrEqual(0.7);
  });
});

describe("on both halves", () => {
  it.each(results.filter((r) => r.kind === "off-topic").map((r) => [label(r), r] as const))("an off-topic answer echoes nothing and covers at most 20%%: %s", (_label, r) => {
    expect(r.feedback.echoes).toEqual([]);
    expect(r.feedback.coverage).toBeLessThanOrEqual(0.2);
  });

  it.each(["tuning", "heldOut"] as const)("%s: echo precision ≥ 0.8, paraphrases ≥ 0.7 coverage and off-topic ≤ 0.2 on average", (half) => {
    const scores = score(results.filter((r) => r.half === half));
    expect(scores.echoPrecision).toBeGreaterThanOrEqual(0.8);
    expect(scores.paraphraseCoverage).toBeGreaterThanOrEqual(0.7);
    expect(scores.offTopicCoverage).toBeLessThanOrEqual(0.2);
  });

  // The aim is recall ≥ 0.9; the tuning half meets it, the held-out half measured 0.875 (README,
  // "Practice feedback"). This guards against it getting worse without pretending it reached 0.9.
  it("echo recall: at least 0.9 on the tuning half and 0.85 on the held-out half", () => {
    expect(score(results.filter((r) => r.half === "tuning")).echoRecall).toBeGreaterThanOrEqual(0.9);
    expect(score(results.filter((r) => r.half === "heldOut")).echoRecall).toBeGreaterThanOrEqual(0.85);
  });
});
