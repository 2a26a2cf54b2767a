// The steps of one practice question as a pure state machine:
//   answer → reveal → probe 1 question → probe 1 answer → … → grade
// The client dispatches events and saves the resulting draft; a refresh reloads the draft and
// lands on the same step with the text kept. Grading itself is a server action that starts the
// next question with a fresh draft.
import type { CodeLanguage } from "@/lib/code-languages";
import type { Grade } from "./grades";

export type Step =
  | { kind: "answer" }
  | { kind: "reveal" }
  | { kind: "probe"; index: number; phase: "question" | "answer" }
  | { kind: "grade" };

export type Draft = {
  /** The question version being answered, pinned so an edit mid-question changes nothing under it. */
  versionId: string | null;
  step: Step;
  answer: string;
  probeAnswers: string[];
  wrongAnswersGiven: number[];
  grade: Grade | null;
  /** Time spent answering the prompt; the timer stops once the answer is submitted. */
  elapsedMs: number;
  /** Code written beside the answer (the practice code pad); stored with the attempt. */
  code: string;
  /** The pad's language; null until chosen: the prompt's first code block decides. */
  codeLanguage: CodeLanguage | null;
};

export type RunContext = { probeCount: number; wrongCount: number };

export type RunEvent =
  | { type: "type"; text: string }
  | { type: "code"; code: string }
  | { type: "codeLanguage"; language: CodeLanguage }
  | { type: "advance" }
  | { type: "toggleWrong"; index: number }
  | { type: "grade"; grade: Grade }
  | { type: "tick"; elapsedMs: number };

export function initialDraft(versionId: string | null = null): Draft {
  return { versionId, step: { kind: "answer" }, answer: "", probeAnswers: [], wrongAnswersGiven: [], grade: null, elapsedMs: 0, code: "", codeLanguage: null };
}

const filled = (text: string | undefined) => (text ?? "").trim().length > 0;

/** Whether `advance` would move on from here (an answer must be written before it is compared). */
export function canAdvance(draft: Draft): boolean {
  const { step } = draft;
  if (step.kind === "answer") return filled(draft.answer);
  if (step.kind === "probe" && step.phase === "question") return filled(draft.probeAnswers[step.index]);
  return step.kind !== "grade";
}

function nextStep(step: Step, ctx: RunContext): Step {
  switch (step.kind) {
    case "answer":
      return { kind: "reveal" };
    case "reveal":
      return ctx.probeCount > 0 ? { kind: "probe", index: 0, phase: "question" } : { kind: "grade" };
    case "probe":
      if (step.phase === "question") return { ...step, phase: "answer" };
      return step.index + 1 < ctx.probeCount ? { kind: "probe", index: step.index + 1, phase: "question" } : { kind: "grade" };
    case "grade":
      return step;
  }
}

export function transition(draft: Draft, event: RunEvent, ctx: RunContext): Draft {
  const { step } = draft;
  switch (event.type) {
    case "type":
      if (step.kind === "answer") return { ...draft, answer: event.text };
      if (step.kind === "probe" && step.phase === "question") {
        const probeAnswers = Array.from({ length: Math.max(draft.probeAnswers.length, step.index + 1) }, (_, i) => draft.probeAnswers[i] ?? "");
        probeAnswers[step.index] = event.text;
        return { ...draft, probeAnswers };
      }
      return draft;
    case "code":
      return step.kind === "answer" ? { ...draft, code: event.code } : draft;
    case "codeLanguage":
      return step.kind === "answer" ? { ...draft, codeLanguage: event.language } : draft;
    case "advance":
      return canAdvance(draft) ? { ...draft, step: nextStep(step, ctx) } : draft;
    case "toggleWrong": {
      if (step.kind !== "grade" || !Number.isInteger(event.index) || event.index < 0 || event.index >= ctx.wrongCount) return draft;
      const given = draft.wrongAnswersGiven.includes(event.index)
        ? draft.wrongAnswersGiven.filter((i) => i !== event.index)
        : [...draft.wrongAnswersGiven, event.index].sort((a, b) => a - b);
      return { ...draft, wrongAnswersGiven: given };
    }
    case "grade":
      return step.kind === "grade" ? { ...draft, grade: event.grade } : draft;
    case "tick":
      return step.kind === "answer" ? { ...draft, elapsedMs: Math.max(draft.elapsedMs, event.elapsedMs) } : draft;
  }
}

/**
 * A stored draft made consistent with the question it belongs to: the question may have fewer
 * probes or wrong answers than when the draft was saved, or the draft may predate an answer.
 */
export function reconcile(draft: Draft, ctx: RunContext): Draft {
  let step = draft.step;
  if (step.kind !== "answer" && !filled(draft.answer)) step = { kind: "answer" };
  else if (step.kind === "probe" && step.index >= ctx.probeCount) step = { kind: "grade" };
  else if (step.kind === "probe" && step.phase === "answer" && !filled(draft.probeAnswers[step.index])) step = { ...step, phase: "question" };
  return {
    ...draft,
    step,
    probeAnswers: draft.probeAnswers.slice(0, ctx.probeCount),
    wrongAnswersGiven: draft.wrongAnswersGiven.filter((i) => i < ctx.wrongCount),
    grade: step.kind === "grade" ? draft.grade : null,
  };
}

export function stepLabel(step: Step, ctx: RunContext): string {
  switch (step.kind) {
    case "answer":
      return "Answer the question";
    case "reveal":
      return "Compare your answer with the model answer";
    case "probe":
      return step.phase === "question"
        ? `Follow-up ${step.index + 1} of ${ctx.probeCount}`
        : `Follow-up ${step.index + 1} of ${ctx.probeCount}: the expected answer`;
    case "grade":
      return "Grade yourself";
  }
}

/** Whether the model answer, wrong answers and probes are on screen (the answer was submitted). */
export const isRevealed = (step: Step) => step.kind !== "answer";
