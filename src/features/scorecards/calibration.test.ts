import { describe, expect, it } from "vitest";
import { mean, median, range, stdDev } from "@/lib/stats";
import { calibrate, type CalibrationSession } from "./calibration";

const ann = { id: "ann", name: "Ann", email: "ann@x" };
const bob = { id: "bob", name: "Bob", email: "bob@x" };
const cat = { id: "cat", name: "Cat", email: "cat@x" };
const Q1 = { questionId: "q1", title: "Race conditions", level: "JUNIOR" as const };
const Q2 = { questionId: "q2", title: "Deadlocks", level: "MIDDLE" as const };
const HOUR = 60 * 60 * 1000;
const end = new Date("2026-11-01T10:00:00Z");
const at = (hours: number) => new Date(end.getTime() + hours * HOUR);

function session(id: string, opts: Partial<CalibrationSession> & Pick<CalibrationSession, "ratings">): CalibrationSession {
  return { sessionId: id, endedAt: end, panel: [ann, bob], questions: [Q1, Q2], cards: [], ...opts };
}
const r = (interviewerId: string, questionId: string, rating: number | null) => ({ interviewerId, questionId, rating });

const SESSIONS: CalibrationSession[] = [
  session("s1", {
    cards: [
      { interviewerId: "ann", status: "SUBMITTED", submittedAt: at(1) },
      { interviewerId: "bob", status: "SUBMITTED", submittedAt: at(5) },
    ],
    ratings: [r("ann", "q1", 4), r("ann", "q2", 3), r("bob", "q1", 2), r("bob", "q2", 3)],
  }),
  session("s2", {
    cards: [
      { interviewerId: "ann", status: "SUBMITTED", submittedAt: at(3) },
      // Bob's draft counts for "unrated" but not for his mean.
      { interviewerId: "bob", status: "DRAFT", submittedAt: null },
    ],
    ratings: [r("ann", "q1", 3), r("ann", "q2", null), r("bob", "q1", 1)],
  }),
  session("s3", { panel: [cat], questions: [Q2], cards: [{ interviewerId: "cat", status: "SUBMITTED", submittedAt: at(2) }], ratings: [r("cat", "q2", 1)] }),
];

describe("stats", () => {
  it("computes mean, population standard deviation, median and range", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(stdDev([2, 4])).toBe(1);
    expect(stdDev([3, 3, 3])).toBe(0);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(range([2, 4, 1])).toBe(3);
    for (const f of [mean, stdDev, median, range]) expect(f([])).toBeNull();
  });
});

describe("calibrate: per interviewer", () => {
  const { interviewers } = calibrate(SESSIONS);
  const by = (id: string) => interviewers.find((i) => i.id === id)!;

  it("lists everyone who sat on a completed session, by name", () => {
    expect(interviewers.map((i) => i.name)).toEqual(["Ann", "Bob", "Cat"]);
  });

  it("Ann: two sessions, ratings 4, 3, 3 from submitted cards, one question unrated", () => {
    const a = by("ann");
    expect([a.sessions, a.submitted, a.ratings, a.unrated]).toEqual([2, 2, 3, 1]);
    expect(a.mean).toBeCloseTo(10 / 3);
    expect(a.spread).toBeCloseTo(Math.sqrt(2 / 9));
    expect(a.medianSubmitMs).toBe(2 * HOUR);
    expect(a.slowestSubmitMs).toBe(3 * HOUR);
  });

  it("Bob: only his submitted card counts for the mean; his draft's gaps count as unrated", () => {
    const b = by("bob");
    expect([b.sessions, b.submitted, b.ratings, b.unrated]).toEqual([2, 1, 2, 1]);
    expect(b.mean).toBe(2.5);
    expect(b.spread).toBe(0.5);
    expect(b.medianSubmitMs).toBe(5 * HOUR);
  });

  it("someone with no submitted card has no mean, spread or delay", () => {
    const { interviewers: only } = calibrate([session("x", { panel: [cat], cards: [], ratings: [r("cat", "q1", 2)] })]);
    expect(only[0]).toMatchObject({ submitted: 0, ratings: 0, mean: null, spread: null, unrated: 1, medianSubmitMs: null, slowestSubmitMs: null });
  });
});

describe("calibrate: per question", () => {
  const { questions } = calibrate(SESSIONS);
  const by = (id: string) => questions.find((q) => q.questionId === id)!;

  it("q1: Ann 4 vs Bob 2 in the same session is a gap of 2, so it is flagged", () => {
    const q = by("q1");
    // s2's ratings do not count for the figures: Bob had not submitted, and Ann alone has no gap.
    expect(q).toMatchObject({ sessions: 2, ratings: 3, maxGap: 2, inconsistent: true });
    expect(q.mean).toBe(3);
    expect(q.spread).toBeCloseTo(Math.sqrt(2 / 3));
  });

  it("q2: agreement in s1 and a single rater in s3 — spread across sessions is not inconsistency", () => {
    const q = by("q2");
    expect(q).toMatchObject({ sessions: 3, ratings: 3, maxGap: 0, inconsistent: false });
    expect(q.mean).toBeCloseTo(7 / 3);
  });

  it("lists flagged questions first", () => {
    expect(questions.map((q) => q.questionId)).toEqual(["q1", "q2"]);
  });

  it("a gap of 1 is not flagged", () => {
    const close = calibrate([
      session("c", {
        cards: [
          { interviewerId: "ann", status: "SUBMITTED", submittedAt: at(1) },
          { interviewerId: "bob", status: "SUBMITTED", submittedAt: at(1) },
        ],
        ratings: [r("ann", "q1", 3), r("bob", "q1", 2)],
      }),
    ]);
    expect(close.questions.find((q) => q.questionId === "q1")).toMatchObject({ maxGap: 1, inconsistent: false });
    expect(close.questions.find((q) => q.questionId === "q2")).toMatchObject({ ratings: 0, mean: null, maxGap: null, inconsistent: false });
  });
});
