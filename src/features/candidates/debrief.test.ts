import { describe, expect, it } from "vitest";
import type { Rating, ScorecardView } from "@/features/scorecards";
import { compareGrid } from "./compare";
import { agreementOf, consensusLevel, levelEstimates, questionRows, ratingDistribution, recommendationCounts } from "./debrief";
import { candidateStatus } from "./status";

const QUESTIONS = [
  { questionId: "q1", title: "Concurrency vs parallelism", level: "JUNIOR" as const },
  { questionId: "q2", title: "Double booking", level: "SENIOR" as const },
];

function card(name: string, ratings: Array<Rating | null>, extra: Partial<ScorecardView> = {}): ScorecardView {
  return {
    sessionId: "s1",
    interviewer: { name, email: `${name.toLowerCase()}@x` },
    mine: false,
    status: "submitted",
    recommendation: "yes",
    level: "senior",
    summary: "",
    revision: 2,
    submittedAt: "2026-11-01T10:00:00.000Z",
    updatedAt: "2026-11-01T10:00:00.000Z",
    amendments: [],
    ratings: QUESTIONS.map((q, position) => ({
      ...q,
      position,
      rating: ratings[position] ?? null,
      notes: "",
      reached: true,
      probesReached: 1,
      probeCount: 2,
      heardWrongAnswers: [],
      hintedProbes: [],
    })),
    ...extra,
  };
}

describe("agreement", () => {
  it.each([
    [null, 0, "none"],
    [0, 1, "single"],
    [0, 2, "agree"],
    [1, 3, "close"],
    [2, 2, "disagree"],
    [3, 2, "disagree"],
  ] as const)("spread %s over %s ratings → %s", (spread, count, expected) => {
    expect(agreementOf(spread, count)).toBe(expected);
  });

  it("puts each interviewer's rating side by side and highlights a gap of 2", () => {
    const rows = questionRows([card("Ivan", [4, 3]), card("Iris", [4, 1])]);
    expect(rows.map((r) => [r.questionId, r.ratings.map((x) => x.rating), r.spread, r.agreement])).toEqual([
      ["q1", [4, 4], 0, "agree"],
      ["q2", [3, 1], 2, "disagree"],
    ]);
    expect(rows[1]!.mean).toBe(2);
  });
});

describe("distribution, levels and recommendations", () => {
  const cards = [card("Ivan", [4, 3], { level: "senior", recommendation: "yes" }), card("Iris", [4, 1], { level: "middle", recommendation: "no" })];

  it("counts each rating overall and per interviewer", () => {
    const d = ratingDistribution(cards);
    expect(d.total).toEqual({ 1: 1, 2: 0, 3: 1, 4: 2 });
    expect(d.byInterviewer).toEqual([
      { name: "Ivan", email: "ivan@x", counts: { 1: 0, 2: 0, 3: 1, 4: 1 } },
      { name: "Iris", email: "iris@x", counts: { 1: 1, 2: 0, 3: 0, 4: 1 } },
    ]);
  });

  it("shows each estimate next to what the ratings suggest, and the cautious consensus", () => {
    const levels = levelEstimates([{ title: "Loop", cards }]);
    expect(levels.rows).toEqual([
      { interviewer: "Ivan", sessionTitle: "Loop", chosen: "SENIOR", suggested: "SENIOR" },
      { interviewer: "Iris", sessionTitle: "Loop", chosen: "MIDDLE", suggested: "JUNIOR" },
    ]);
    expect(levels.consensus).toBe("MIDDLE");
    expect(consensusLevel(["JUNIOR", "STAFF", "SENIOR"])).toBe("SENIOR");
    expect(consensusLevel([null])).toBeNull();
  });

  it("tallies recommendations", () => {
    expect(recommendationCounts(cards)).toEqual({ strong_no: 0, no: 1, yes: 1, strong_yes: 0 });
  });
});

describe("compareGrid", () => {
  it("is one row per question asked anyone, the mean per candidate, 'not asked' as null", () => {
    const rows = compareGrid([{ cards: [card("Ivan", [4, 3]), card("Iris", [4, 1])] }, { cards: [card("Ann", [2, null])] }]);
    expect(rows.map((r) => [r.questionId, r.cells.map((c) => c && [c.mean, c.count, c.disagreement])])).toEqual([
      ["q1", [[4, 2, false], [2, 1, false]]],
      ["q2", [[2, 2, true], null]],
    ]);
  });
});

describe("candidateStatus", () => {
  const s = (status: "SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED", panelSize = 2, submitted = 0) => ({ status, panelSize, submitted });
  it.each([
    [[], false, "no-interviews"],
    [[s("CANCELLED")], false, "no-interviews"],
    [[s("SCHEDULED")], false, "scheduled"],
    [[s("COMPLETED", 2, 2), s("LIVE")], false, "interviewing"],
    [[s("COMPLETED", 2, 1)], false, "awaiting-scorecards"],
    [[s("COMPLETED", 2, 2), s("SCHEDULED")], false, "ready"],
    [[s("COMPLETED", 2, 1)], true, "decided"],
  ] as const)("%j, decided %s → %s", (sessions, decided, expected) => {
    expect(candidateStatus({ sessions, decided })).toBe(expected);
  });
});
