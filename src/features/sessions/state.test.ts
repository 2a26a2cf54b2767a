import { describe, expect, it } from "vitest";
import { SESSION_ACTIONS, timeOnQuestion, transition as transitionBy, UNDO_WINDOW_MS, type QuestionClock, type SessionAction, type SessionState } from "./state";

const T0 = new Date("2026-01-01T10:00:00.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const IVAN = "ivan";
const IRIS = "iris";
/** Ivan acts, unless a test says who. */
const transition = (state: SessionState, action: SessionAction, now: Date, by = IVAN) => transitionBy(state, action, now, by);
const act = (type: Exclude<SessionAction["type"], "goto">): SessionAction => ({ type });
const goto = (position: number): SessionAction => ({ type: "goto", position });

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
  lastReveal: null,
});

const live = (currentIndex: number, overrides: Partial<SessionState> = {}): SessionState => ({
  status: "LIVE",
  currentIndex,
  startedAt: T0,
  endedAt: null,
  questions: [clock(2), clock(0), clock(1)].map((c, i) => (i === currentIndex ? { ...c, activeSince: T0 } : c)),
  lastReveal: null,
  ...overrides,
});

describe("transition refusals", () => {
  const finished: SessionState = { ...scheduled(), status: "COMPLETED", endedAt: T0 };
  const cancelled: SessionState = { ...scheduled(), status: "CANCELLED", endedAt: T0 };
  const allRevealed = live(0);
  allRevealed.questions[0] = { ...allRevealed.questions[0]!, revealedProbes: 2 };

  // Ivan revealed the first probe at 0 s: his to undo until 10 s, nobody else's.
  const justRevealed = live(0, { lastReveal: { at: at(0), by: IVAN } });
  justRevealed.questions[0] = { ...justRevealed.questions[0]!, revealedProbes: 1 };

  const rows: Array<{ name: string; state: SessionState; action: SessionAction; refusal: string; by?: string; now?: Date }> = [
    { name: "start twice", state: live(0), action: act("start"), refusal: "ALREADY_STARTED" },
    { name: "start without questions", state: { ...scheduled(), questions: [] }, action: act("start"), refusal: "NO_QUESTIONS" },
    { name: "reveal before start", state: scheduled(), action: act("reveal-probe"), refusal: "NOT_LIVE" },
    { name: "next before start", state: scheduled(), action: act("next-question"), refusal: "NOT_LIVE" },
    { name: "previous before start", state: scheduled(), action: act("previous-question"), refusal: "NOT_LIVE" },
    { name: "goto before start", state: scheduled(), action: goto(1), refusal: "NOT_LIVE" },
    { name: "undo before start", state: scheduled(), action: act("undo-reveal"), refusal: "NOT_LIVE" },
    { name: "end before start", state: scheduled(), action: act("end"), refusal: "NOT_LIVE" },
    { name: "reveal when every probe is shown", state: allRevealed, action: act("reveal-probe"), refusal: "NO_MORE_PROBES" },
    { name: "reveal on a question without probes", state: live(1), action: act("reveal-probe"), refusal: "NO_MORE_PROBES" },
    { name: "next on the last question", state: live(2), action: act("next-question"), refusal: "LAST_QUESTION" },
    { name: "previous on the first question", state: live(0), action: act("previous-question"), refusal: "FIRST_QUESTION" },
    { name: "goto past the last question", state: live(0), action: goto(3), refusal: "NO_SUCH_QUESTION" },
    { name: "goto before the first question", state: live(0), action: goto(-1), refusal: "NO_SUCH_QUESTION" },
    { name: "goto a fractional position", state: live(0), action: goto(1.5), refusal: "NO_SUCH_QUESTION" },
    { name: "goto the current question", state: live(1), action: goto(1), refusal: "SAME_QUESTION" },
    { name: "undo with no reveal behind it", state: live(0), action: act("undo-reveal"), refusal: "NOTHING_TO_UNDO" },
    { name: "undo of another panelist's reveal", state: justRevealed, action: act("undo-reveal"), by: IRIS, refusal: "NOTHING_TO_UNDO" },
    { name: "undo at exactly 10 s", state: justRevealed, action: act("undo-reveal"), now: new Date(T0.getTime() + UNDO_WINDOW_MS), refusal: "UNDO_EXPIRED" },
    { name: "undo after a minute", state: justRevealed, action: act("undo-reveal"), now: at(60), refusal: "UNDO_EXPIRED" },
    ...SESSION_ACTIONS.flatMap((type) => {
      const action = type === "goto" ? goto(1) : act(type);
      return [
        { name: `${type} on a completed session`, state: finished, action, refusal: "FINISHED" },
        { name: `${type} on a cancelled session`, state: cancelled, action, refusal: "FINISHED" },
      ];
    }),
  ];

  it.each(rows)("$name → $refusal", ({ state, action, refusal, by, now }) => {
    const result = transition(state, action, now ?? at(5), by);
    expect(result).toMatchObject({ ok: false, refusal });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
  });
});

describe("transition moves", () => {
  it("start makes the session live on the first question with its clock running", () => {
    const result = transition(scheduled(), act("start"), at(0));
    expect(result).toEqual({
      ok: true,
      state: { status: "LIVE", currentIndex: 0, startedAt: at(0), endedAt: null, questions: [clock(2, { activeSince: at(0) }), clock(0), clock(1)], lastReveal: null },
    });
  });

  it("reveal shows one more probe of the current question only", () => {
    const once = transition(live(0), act("reveal-probe"), at(3));
    expect(once.ok && once.state.questions.map((q) => q.revealedProbes)).toEqual([1, 0, 0]);
    const twice = once.ok ? transition(once.state, act("reveal-probe"), at(4)) : once;
    expect(twice.ok && twice.state.questions.map((q) => q.revealedProbes)).toEqual([2, 0, 0]);
    // Revealing does not touch the clock.
    expect(twice.ok && twice.state.questions[0]).toMatchObject({ elapsedMs: 0, activeSince: T0 });
  });

  it("next pauses the current question's clock and starts the next one's", () => {
    const result = transition(live(0), act("next-question"), at(90));
    expect(result.ok && result.state.currentIndex).toBe(1);
    expect(result.ok && result.state.questions[0]).toMatchObject({ elapsedMs: 90_000, activeSince: null });
    expect(result.ok && result.state.questions[1]).toMatchObject({ elapsedMs: 0, activeSince: at(90) });
  });

  it("previous goes back and time on a revisited question accumulates", () => {
    const first = transition(live(0), act("next-question"), at(60));
    const back = first.ok ? transition(first.state, act("previous-question"), at(100)) : first;
    expect(back.ok && back.state.currentIndex).toBe(0);
    expect(back.ok && back.state.questions[0]).toMatchObject({ elapsedMs: 60_000, activeSince: at(100) });
    expect(back.ok && back.state.questions[1]).toMatchObject({ elapsedMs: 40_000, activeSince: null });
    expect(back.ok && timeOnQuestion(back.state.questions[0]!, at(110))).toBe(70_000);
  });

  it("goto jumps to any question: the current one's clock pauses, the chosen one's runs, the rest stay", () => {
    const result = transition(live(0), goto(2), at(45));
    expect(result.ok && result.state.currentIndex).toBe(2);
    expect(result.ok && result.state.questions[0]).toMatchObject({ elapsedMs: 45_000, activeSince: null });
    expect(result.ok && result.state.questions[1]).toEqual(clock(0));
    expect(result.ok && result.state.questions[2]).toMatchObject({ elapsedMs: 0, activeSince: at(45) });
    // Back again: time on a revisited question accumulates, as with previous/next.
    const back = result.ok ? transition(result.state, goto(0), at(60)) : result;
    expect(back.ok && back.state.questions[0]).toMatchObject({ elapsedMs: 45_000, activeSince: at(60) });
    expect(back.ok && back.state.questions[2]).toMatchObject({ elapsedMs: 15_000, activeSince: null });
  });

  it("a reveal is recorded as the panelist's to undo; undo within 10 s hides that probe again and leaves nothing to undo", () => {
    const revealed = transition(live(0), act("reveal-probe"), at(3), IRIS);
    expect(revealed.ok && revealed.state.lastReveal).toEqual({ at: at(3), by: IRIS });
    const undone = revealed.ok ? transition(revealed.state, act("undo-reveal"), new Date(at(3).getTime() + UNDO_WINDOW_MS - 1), IRIS) : revealed;
    expect(undone.ok && undone.state.questions.map((q) => q.revealedProbes)).toEqual([0, 0, 0]);
    expect(undone.ok && undone.state.lastReveal).toBeNull();
    // Undoing does not touch the clock, and a second undo finds nothing.
    expect(undone.ok && undone.state.questions[0]).toMatchObject({ elapsedMs: 0, activeSince: T0 });
    expect(undone.ok && transition(undone.state, act("undo-reveal"), at(5), IRIS)).toMatchObject({ ok: false, refusal: "NOTHING_TO_UNDO" });
  });

  it("undo takes back only the latest reveal: two reveals, one undo, one probe left", () => {
    const once = transition(live(0), act("reveal-probe"), at(1));
    const twice = once.ok ? transition(once.state, act("reveal-probe"), at(2)) : once;
    const undone = twice.ok ? transition(twice.state, act("undo-reveal"), at(4)) : twice;
    expect(undone.ok && undone.state.questions[0]!.revealedProbes).toBe(1);
  });

  it("a clock that went backwards since the reveal still allows the undo", () => {
    const revealed = transition(live(0), act("reveal-probe"), at(10));
    expect(revealed.ok && transition(revealed.state, act("undo-reveal"), at(9)).ok).toBe(true);
  });

  it.each([
    { name: "another panelist's reveal", later: [act("reveal-probe")], by: IRIS, refusal: "NOTHING_TO_UNDO" },
    { name: "next and back", later: [act("next-question"), act("previous-question")], by: IRIS, refusal: "NOTHING_TO_UNDO" },
    { name: "goto and back", later: [goto(2), goto(0)], by: IVAN, refusal: "NOTHING_TO_UNDO" },
    { name: "end", later: [act("end")], by: IVAN, refusal: "FINISHED" },
  ])("any later action ($name) makes Ivan's reveal final", ({ later, by, refusal }) => {
    let state = live(0);
    for (const [i, action] of [act("reveal-probe"), ...later].entries()) {
      const result = transition(state, action, at(1 + i), i === 0 ? IVAN : by);
      expect(result.ok).toBe(true);
      if (result.ok) state = result.state;
    }
    expect(state.questions[0]!.revealedProbes).toBeGreaterThan(0);
    expect(transition(state, act("undo-reveal"), at(5), IVAN)).toMatchObject({ ok: false, refusal });
  });

  it("end completes the session and stops every clock", () => {
    const result = transition(live(1), act("end"), at(30));
    expect(result.ok && result.state).toMatchObject({ status: "COMPLETED", endedAt: at(30), currentIndex: 1 });
    expect(result.ok && result.state.questions.every((q) => q.activeSince === null)).toBe(true);
    expect(result.ok && result.state.questions[1]!.elapsedMs).toBe(30_000);
  });

  it.each([
    { name: "a scheduled session", state: scheduled() },
    { name: "a live session", state: live(2) },
  ])("cancel ends $name", ({ state }) => {
    const result = transition(state, act("cancel"), at(8));
    expect(result.ok && result.state).toMatchObject({ status: "CANCELLED", endedAt: at(8) });
    expect(result.ok && result.state.questions.every((q) => q.activeSince === null)).toBe(true);
  });

  it("a clock that went backwards adds no negative time", () => {
    const result = transition(live(0), act("next-question"), new Date(T0.getTime() - 5000));
    expect(result.ok && result.state.questions[0]!.elapsedMs).toBe(0);
  });

  it("never mutates its input", () => {
    const state = live(0);
    const copy = structuredClone(state);
    transition(state, act("reveal-probe"), at(1));
    transition(state, act("next-question"), at(1));
    transition(state, act("end"), at(1));
    transition(state, goto(2), at(1));
    expect(state).toEqual(copy);
  });
});
