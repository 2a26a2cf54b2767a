import { describe, expect, it } from "vitest";
import { GRADES } from "./grades";
import { dueQueue, isDueToday, newCardState, pickQuestions, reschedule, reviewedToday, type QueueCard } from "./scheduling";

const NOW = new Date("2026-03-10T09:00:00Z");
const at = (iso: string) => new Date(iso);
const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 86_400_000;

describe("reschedule", () => {
  it("brings a question graded 1 back sooner than 2, 3 and 4 — for a new card and for a reviewed one", () => {
    const fresh = GRADES.map((g) => reschedule(null, g, NOW).due.getTime());
    expect([...fresh].sort((a, b) => a - b)).toEqual(fresh);
    expect(new Set(fresh).size).toBe(4);

    const reviewed = reschedule(null, 3, at("2026-03-01T09:00:00Z"));
    const after = GRADES.map((g) => reschedule(reviewed, g, NOW).due.getTime());
    expect(after[0]).toBeLessThan(after[3]!);
    expect(after[1]).toBeLessThanOrEqual(after[2]!);
  });

  it("never schedules a graded question for the same day", () => {
    for (const grade of GRADES) {
      const card = reschedule(null, grade, NOW);
      expect(days(NOW, card.due)).toBeGreaterThanOrEqual(1);
      expect(isDueToday(card, NOW)).toBe(false);
      expect(card.lastReview).toEqual(NOW);
    }
  });

  it("counts repetitions and lapses and grows the interval while answers stay good", () => {
    let card = reschedule(null, 3, NOW);
    const first = days(NOW, card.due);
    card = reschedule(card, 3, card.due);
    expect(card.reps).toBe(2);
    expect(days(card.lastReview!, card.due)).toBeGreaterThan(first);
    const lapsed = reschedule(card, 1, card.due);
    expect(lapsed.lapses).toBe(1);
    expect(days(lapsed.lastReview!, lapsed.due)).toBeLessThan(days(card.lastReview!, card.due));
  });

  it("depends only on its inputs", () => {
    const base = reschedule(null, 2, at("2026-02-01T12:00:00Z"));
    expect(reschedule(base, 3, NOW)).toEqual(reschedule(base, 3, NOW));
    expect(newCardState(NOW)).toMatchObject({ due: NOW, reps: 0, lapses: 0, state: 0, lastReview: null });
  });
});

describe("due today", () => {
  const card = (questionId: string, due: string, lastReview: string | null = "2026-03-01T10:00:00Z"): QueueCard => ({
    questionId,
    due: at(due),
    lastReview: lastReview ? at(lastReview) : null,
  });

  it("is due before the next UTC midnight, even if later today", () => {
    expect(isDueToday({ due: at("2026-03-10T23:59:59Z") }, NOW)).toBe(true);
    expect(isDueToday({ due: at("2026-03-11T00:00:00Z") }, NOW)).toBe(false);
    expect(isDueToday({ due: at("2026-02-01T00:00:00Z") }, NOW)).toBe(true);
  });

  it("queues the most overdue first and leaves out what is not due", () => {
    const cards = [card("later", "2026-03-12T00:00:00Z"), card("b", "2026-03-09T00:00:00Z"), card("a", "2026-03-05T00:00:00Z"), card("tonight", "2026-03-10T20:00:00Z")];
    expect(dueQueue(cards, NOW)).toEqual(["a", "b", "tonight"]);
  });

  it("does not repeat a question practised today unless asked", () => {
    const cards = [card("today", "2026-03-10T08:00:00Z", "2026-03-10T07:00:00Z"), card("old", "2026-03-10T08:00:00Z")];
    expect(dueQueue(cards, NOW)).toEqual(["old"]);
    expect(dueQueue(cards, NOW, { includeToday: true })).toEqual(["old", "today"]);
    expect(reviewedToday({ lastReview: at("2026-03-10T00:00:00Z") }, NOW)).toBe(true);
    expect(reviewedToday({ lastReview: at("2026-03-09T23:59:59Z") }, NOW)).toBe(false);
  });

  it("picks due questions first, then new ones in bank order, then the rest soonest first", () => {
    const ids = ["q1", "q2", "q3", "q4", "q5", "q6"];
    const cards = [
      card("q1", "2026-03-20T00:00:00Z"),
      card("q2", "2026-03-08T00:00:00Z"),
      card("q4", "2026-03-15T00:00:00Z"),
      card("q5", "2026-03-10T12:00:00Z", "2026-03-10T08:00:00Z"),
    ];
    expect(pickQuestions(ids, cards, NOW, { count: 10 })).toEqual(["q2", "q3", "q6", "q4", "q1"]);
    expect(pickQuestions(ids, cards, NOW, { count: 2 })).toEqual(["q2", "q3"]);
    expect(pickQuestions(ids, cards, NOW, { count: 10, includeToday: true })).toEqual(["q2", "q5", "q3", "q6", "q4", "q1"]);
  });

  it("brings a question back once the clock reaches its due date", () => {
    const graded = reschedule(null, 1, NOW);
    const queueCard = { questionId: "q", due: graded.due, lastReview: graded.lastReview };
    expect(dueQueue([queueCard], NOW)).toEqual([]);
    expect(dueQueue([queueCard], graded.due)).toEqual(["q"]);
  });
});
