import { describe, expect, it } from "vitest";
import { timeOnQuestion, transition, type QuestionClock, type SessionAction, type SessionState } from "./state";

const T0 = new Date("2026-01-01T10:00:00.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

const clock = (probeCount: number, extra: Partial<QuestionClock> = {}): QuestionClock => ({
  probeCount,
  revealedProbes: 0,
  elapsedMs: 0,
  activeSince: null,
  ...extra,
});

const scheduled = (): SessionState => ({
  status: "SCHEDULED",
  currentIndex: 0,
  startedAt: null,
  endedAt: null,
  questions: [clock(2), clock(0), clock(1)],
});

const live = (currentIndex: number, overrides: Partial<SessionState> = {}): SessionState => ({
  status: "LIVE",
  currentIndex,
  startedAt: T0,
  endedAt: null,
  questions: [clock(2), clock(0), clock(1)].map((c, i) => (i === currentIndex ? { ...c, activeSince: T0 } : c)),
  ...overrides,
});

describe("transition refusals", () => {
  const finished: SessionState = { ...scheduled(), status: "COMPLETED", endedAt: T0 };
  const cancelled: SessionState = { ...scheduled(), status: "CANCELLED", endedAt: T0 };
  const allRevealed = live(0);
  allRevealed.questions[0] = { ...allRevealed.questions[0]!, revealedProbes: 2 };

  const rows: Array<{ name: string; state: SessionState; action: SessionAction; refusal: string }> = [
    { name: "start twice", state: live(0), action: "start", refusal: "ALREADY_STARTED" },
    { name: "start without questions", state: { ...scheduled(), questions: [] }, action: "start", refusal: "NO_QUESTIONS" },
    { name: "reveal before start", state: scheduled(), action: "reveal-probe", refusal: "NOT_LIVE" },
    { name: "next before start", state: scheduled(), action: "next-question", refusal: "NOT_LIVE" },
    { name: "previous before start", state: scheduled(), action: "previous-question", refusal: "NOT_LIVE" },
    { name: "end before start", state: scheduled(), action: "end", refusal: "NOT_LIVE" },
    { name: "reveal when every probe is shown", state: allRevealed, action: "reveal-probe", refusal: "NO_MORE_PROBES" },
    { name: "reveal on a question without probes", state: live(1), action: "reveal-probe", refusal: "NO_MORE_PROBES" },
    { name: "next on the last question", state: live(2), action: "next-question", refusal: "LAST_QUESTION" },
    { name: "previous on the first question", state: live(0), action: "previous-question", refusal: "FIRST_QUESTION" },
    ...(["start", "reveal-probe", "next-question", "previous-question", "end", "cancel"] as const).flatMap((action) => [
      { name: `${action} on a completed session`, state: finished, action, refusal: "FINISHED" },
      { name: `${action} on a cancelled session`, state: cancelled, action, refusal: "FINISHED" },
    ]),
  ];

  it.each(rows)("$name → $refusal", ({ state, action, refusal }) => {
    const result = transition(state, action, at(5));
    expect(result).toMatchObject({ ok: false, refusal });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
  });
});

describe("transition moves", () => {
  it("start makes the session live on the first question with its clock running", () => {
    const result = transition(scheduled(), "start", at(0));
    expect(result).toEqual({
      ok: true,
      state: { status: "LIVE", currentIndex: 0, startedAt: at(0), endedAt: null, questions: [clock(2, { activeSince: at(0) }), clock(0), clock(1)] },
    });
  });

  it("reveal shows one more probe of the current question only", () => {
    const once = transition(live(0), "reveal-probe", at(3));
    expect(once.ok && once.state.questions.map((q) => q.revealedProbes)).toEqual([1, 0, 0]);
    const twice = once.ok ? transition(once.state, "reveal-probe", at(4)) : once;
    expect(twice.ok && twice.state.questions.map((q) => q.revealedProbes)).toEqual([2, 0, 0]);
    // Revealing does not touch the clock.
    expect(twice.ok && twice.state.questions[0]).toMatchObject({ elapsedMs: 0, activeSince: T0 });
  });

  it("next pauses the current question's clock and starts the next one's", () => {
    const result = transition(live(0), "next-question", at(90));
    expect(result.ok && result.state.currentIndex).toBe(1);
    expect(result.ok && result.state.questions[0]).toMatchObject({ elapsedMs: 90_000, activeSince: null });
    expect(result.ok && result.state.questions[1]).toMatchObject({ elapsedMs: 0, activeSince: at(90) });
  });

  it("previous goes back and time on a revisited question accumulates", () => {
    const first = transition(live(0), "next-question", at(60));
    const back = first.ok ? transition(first.state, "previous-question", at(100)) : first;
    expect(back.ok && back.state.currentIndex).toBe(0);
    expect(back.ok && back.state.questions[0]).toMatchObject({ elapsedMs: 60_000, activeSince: at(100) });
    expect(back.ok && back.state.questions[1]).toMatchObject({ elapsedMs: 40_000, activeSince: null });
    expect(back.ok && timeOnQuestion(back.state.questions[0]!, at(110))).toBe(70_000);
  });

  it("end completes the session and stops every clock", () => {
    const result = transition(live(1), "end", at(30));
    expect(result.ok && result.state).toMatchObject({ status: "COMPLETED", endedAt: at(30), currentIndex: 1 });
    expect(result.ok && result.state.questions.every((q) => q.activeSince === null)).toBe(true);
    expect(result.ok && result.state.questions[1]!.elapsedMs).toBe(30_000);
  });

  it.each([
    { name: "a scheduled session", state: scheduled() },
    { name: "a live session", state: live(2) },
  ])("cancel ends $name", ({ state }) => {
    const result = transition(state, "cancel", at(8));
    expect(result.ok && result.state).toMatchObject({ status: "CANCELLED", endedAt: at(8) });
    expect(result.ok && result.state.questions.every((q) => q.activeSince === null)).toBe(true);
  });

  it("a clock that went backwards adds no negative time", () => {
    const result = transition(live(0), "next-question", new Date(T0.getTime() - 5000));
    expect(result.ok && result.state.questions[0]!.elapsedMs).toBe(0);
  });

  it("never mutates its input", () => {
    const state = live(0);
    const copy = structuredClone(state);
    transition(state, "reveal-probe", at(1));
    transition(state, "next-question", at(1));
    transition(state, "end", at(1));
    expect(state).toEqual(copy);
  });
});
