import { describe, expect, it } from "vitest";
import { dailySeries, streakOf, summarizeProgress, type ProgressAttempt, type ProgressQuestion } from "./progress";

const NOW = new Date("2026-03-10T09:00:00Z");
const at = (iso: string) => new Date(iso);

const QUESTIONS: ProgressQuestion[] = [
  { id: "j1", title: "Junior one", level: "JUNIOR", bankId: "b1", bankName: "Concurrency" },
  { id: "j2", title: "Junior two", level: "JUNIOR", bankId: "b1", bankName: "Concurrency" },
  { id: "s1", title: "Senior one", level: "SENIOR", bankId: "b2", bankName: "Databases" },
];

const attempt = (questionId: string, grade: number, iso: string): ProgressAttempt => ({ questionId, grade, createdAt: at(iso) });

describe("streak (UTC days)", () => {
  it("counts back from today when practised today", () => {
    const dates = ["2026-03-10T00:30:00Z", "2026-03-09T23:59:00Z", "2026-03-08T12:00:00Z", "2026-03-06T12:00:00Z"].map(at);
    expect(streakOf(dates, NOW)).toEqual({ current: 3, longest: 3, practisedToday: true });
  });

  it("is still alive from yesterday while today is not over, and broken after a missed day", () => {
    const dates = [at("2026-03-09T10:00:00Z"), at("2026-03-08T10:00:00Z")];
    expect(streakOf(dates, NOW)).toEqual({ current: 2, longest: 2, practisedToday: false });
    expect(streakOf(dates, at("2026-03-11T09:00:00Z")).current).toBe(0);
  });

  it("splits days at UTC midnight, not local time", () => {
    // 23:30 and 00:30 UTC are two days even though they are an hour apart.
    const dates = [at("2026-03-09T23:30:00Z"), at("2026-03-10T00:30:00Z")];
    expect(streakOf(dates, NOW).current).toBe(2);
    // 00:10 and 23:50 on the same UTC day are one day.
    expect(streakOf([at("2026-03-10T00:10:00Z"), at("2026-03-10T23:50:00Z")], NOW).current).toBe(1);
  });

  it("remembers the longest run even when the current one is shorter", () => {
    const dates = ["2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04", "2026-03-10"].map((d) => at(`${d}T12:00:00Z`));
    expect(streakOf(dates, NOW)).toEqual({ current: 1, longest: 4, practisedToday: true });
    expect(streakOf([], NOW)).toEqual({ current: 0, longest: 0, practisedToday: false });
  });
});

describe("daily series", () => {
  it("has one point per UTC day ending today, with gaps and averages", () => {
    const series = dailySeries([attempt("j1", 1, "2026-03-10T01:00:00Z"), attempt("j2", 4, "2026-03-10T20:00:00Z"), attempt("j1", 2, "2026-03-08T10:00:00Z")], NOW, 3);
    expect(series).toEqual([
      { day: "2026-03-08", attempts: 1, averageGrade: 2 },
      { day: "2026-03-09", attempts: 0, averageGrade: null },
      { day: "2026-03-10", attempts: 2, averageGrade: 2.5 },
    ]);
  });
});

describe("summarizeProgress", () => {
  const attempts = [
    attempt("j1", 1, "2026-03-01T10:00:00Z"),
    attempt("j1", 3, "2026-03-05T10:00:00Z"),
    attempt("j2", 2, "2026-03-09T10:00:00Z"),
    attempt("s1", 4, "2026-03-10T08:00:00Z"),
  ];
  const cards = [
    { questionId: "j1", due: at("2026-03-09T10:00:00Z"), lastReview: at("2026-03-05T10:00:00Z") },
    { questionId: "j2", due: at("2026-03-10T18:00:00Z"), lastReview: at("2026-03-09T10:00:00Z") },
    { questionId: "s1", due: at("2026-03-18T08:00:00Z"), lastReview: at("2026-03-10T08:00:00Z") },
  ];
  const progress = summarizeProgress({ attempts, cards, questions: QUESTIONS, now: NOW });

  it("aggregates per level and per bank: attempted, attempts, average grade and due", () => {
    const junior = progress.byLevel.find((l) => l.key === "JUNIOR")!;
    expect(junior).toMatchObject({ attempted: 2, attempts: 3, due: 2 });
    expect(junior.averageGrade).toBeCloseTo(2);
    expect(progress.byLevel.find((l) => l.key === "STAFF")).toMatchObject({ attempted: 0, attempts: 0, averageGrade: null, due: 0 });
    expect(progress.byBank.map((b) => [b.label, b.attempted, b.attempts, b.averageGrade, b.due])).toEqual([
      ["Concurrency", 2, 3, 2, 2],
      ["Databases", 1, 1, 4, 0],
    ]);
    expect(progress.totals).toMatchObject({ attempted: 3, attempts: 4, averageGrade: 2.5, due: 2 });
  });

  it("lists the weakest questions by latest grade, leaving out mastered ones", () => {
    expect(progress.weakest.map((q) => [q.questionId, q.lastGrade])).toEqual([["j2", 2], ["j1", 3]]);
    expect(progress.weakest[1]).toMatchObject({ attempts: 2, averageGrade: 2, dueToday: true });
  });

  it("lists every practised question, most recent first, with its next due date", () => {
    expect(progress.questions.map((q) => q.questionId)).toEqual(["s1", "j2", "j1"]);
    expect(progress.questions[0]).toMatchObject({ nextDue: at("2026-03-18T08:00:00Z"), dueToday: false });
    expect(progress.streak).toEqual({ current: 2, longest: 2, practisedToday: true });
  });

  it("ignores attempts and cards of questions it was not given", () => {
    const only = summarizeProgress({ attempts, cards, questions: QUESTIONS.slice(2), now: NOW });
    expect(only.totals).toMatchObject({ attempted: 1, attempts: 1, due: 0 });
  });
});
