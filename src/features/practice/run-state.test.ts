import { describe, expect, it } from "vitest";
import { canAdvance, initialDraft, reconcile, stepLabel, transition, type Draft, type RunContext, type RunEvent } from "./run-state";

const CTX: RunContext = { probeCount: 2, wrongCount: 3 };
const run = (events: RunEvent[], ctx = CTX, from: Draft = initialDraft("v1")) => events.reduce((d, e) => transition(d, e, ctx), from);

describe("practice step machine", () => {
  it("walks prompt → reveal → each probe's question then answer → grade", () => {
    const steps: string[] = [];
    let draft = initialDraft("v1");
    const record = () => steps.push(stepLabel(draft.step, CTX));
    record();
    for (const event of [
      { type: "type", text: "my answer" },
      { type: "advance" },
      { type: "advance" },
      { type: "type", text: "probe one" },
      { type: "advance" },
      { type: "advance" },
      { type: "type", text: "probe two" },
      { type: "advance" },
      { type: "advance" },
    ] satisfies RunEvent[]) {
      const before = draft.step;
      draft = transition(draft, event, CTX);
      if (draft.step !== before) record();
    }
    expect(steps).toEqual([
      "Answer the question",
      "Compare your answer with the model answer",
      "Follow-up 1 of 2",
      "Follow-up 1 of 2: the expected answer",
      "Follow-up 2 of 2",
      "Follow-up 2 of 2: the expected answer",
      "Grade yourself",
    ]);
    expect(draft).toMatchObject({ answer: "my answer", probeAnswers: ["probe one", "probe two"], versionId: "v1" });
  });

  it("goes straight from reveal to grading when the question has no probes", () => {
    const draft = run([{ type: "type", text: "a" }, { type: "advance" }, { type: "advance" }], { probeCount: 0, wrongCount: 0 });
    expect(draft.step).toEqual({ kind: "grade" });
  });

  it("will not move on without an answer, to the prompt or to a probe", () => {
    const blank = run([{ type: "type", text: "   " }, { type: "advance" }]);
    expect(blank.step).toEqual({ kind: "answer" });
    expect(canAdvance(blank)).toBe(false);
    const atProbe = run([{ type: "type", text: "a" }, { type: "advance" }, { type: "advance" }, { type: "advance" }]);
    expect(atProbe.step).toEqual({ kind: "probe", index: 0, phase: "question" });
  });

  it("keeps typing to the current field, and ignores it where nothing is typed", () => {
    const revealed = run([{ type: "type", text: "kept" }, { type: "advance" }, { type: "type", text: "ignored" }]);
    expect(revealed.answer).toBe("kept");
    const second = run([{ type: "type", text: "a" }, { type: "advance" }, { type: "advance" }, { type: "type", text: "p1" }, { type: "advance" }, { type: "advance" }, { type: "type", text: "p2" }]);
    expect(second.probeAnswers).toEqual(["p1", "p2"]);
  });

  it("takes a grade and ticked wrong answers only when grading, within range", () => {
    const early = run([{ type: "grade", grade: 3 }, { type: "toggleWrong", index: 0 }]);
    expect(early.grade).toBeNull();
    expect(early.wrongAnswersGiven).toEqual([]);
    const graded = run([
      { type: "type", text: "a" },
      { type: "advance" },
      { type: "advance" },
      { type: "grade", grade: 2 },
      { type: "toggleWrong", index: 2 },
      { type: "toggleWrong", index: 0 },
      { type: "toggleWrong", index: 9 },
      { type: "toggleWrong", index: 2 },
      { type: "grade", grade: 1 },
    ], { probeCount: 0, wrongCount: 3 });
    expect(graded).toMatchObject({ grade: 1, wrongAnswersGiven: [0], step: { kind: "grade" } });
    expect(transition(graded, { type: "advance" }, CTX)).toBe(graded);
  });

  it("runs the timer only while answering, never backwards", () => {
    const ticking = run([{ type: "tick", elapsedMs: 5000 }, { type: "tick", elapsedMs: 3000 }]);
    expect(ticking.elapsedMs).toBe(5000);
    const stopped = run([{ type: "type", text: "a" }, { type: "advance" }, { type: "tick", elapsedMs: 9000 }], CTX, ticking);
    expect(stopped.elapsedMs).toBe(5000);
  });

  it("reconciles a stored draft with a question that changed under it", () => {
    const atProbeTwo: Draft = { ...initialDraft("v1"), answer: "a", probeAnswers: ["1", ""], step: { kind: "probe", index: 1, phase: "answer" }, wrongAnswersGiven: [0, 4], grade: 3 };
    expect(reconcile(atProbeTwo, CTX)).toMatchObject({ step: { kind: "probe", index: 1, phase: "question" }, wrongAnswersGiven: [0], grade: null });
    expect(reconcile(atProbeTwo, { probeCount: 1, wrongCount: 5 })).toMatchObject({ step: { kind: "grade" }, probeAnswers: ["1"], wrongAnswersGiven: [0, 4] });
    expect(reconcile({ ...atProbeTwo, answer: "" }, CTX).step).toEqual({ kind: "answer" });
  });
});
