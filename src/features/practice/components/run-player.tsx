"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { MarkdownHtml } from "@/components/markdown";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { LEVEL_LABELS } from "@/lib/levels";
import { gradeAction, revealAction } from "../actions";
import type { QuestionView, RevealView } from "../dto";
import { isGrade, type GradeAnchors } from "../grades";
import { canAdvance, isRevealed, stepLabel, transition, type Draft, type RunEvent } from "../run-state";
import { FeedbackPanel, useAnswerFeedback } from "./answer-feedback";
import { GradePanel } from "./grade-panel";
import { PracticeCode } from "./practice-code";
import { ProbeChain } from "./probe-chain";
import { RevealPanel } from "./reveal-panel";
import { RunTimer } from "./run-timer";
import { DraftSaveStatus } from "./save-status";
import { useDraftSaver } from "./use-draft-saver";

type Props = { anchors: GradeAnchors; runId: string; position: number; total: number; question: QuestionView; initialDraft: Draft; initialReveal: RevealView | null; userId: string };

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !["checkbox", "radio"].includes(target.type));

export function RunPlayer({ anchors, runId, position, total, question, initialDraft, initialReveal, userId }: Props) {
  const router = useRouter();
  const ctx = useMemo(() => ({ probeCount: question.probeCount, wrongCount: question.wrongCount }), [question.probeCount, question.wrongCount]);
  const [reveal, setReveal] = useState(initialReveal);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [moving, startMoving] = useTransition();
  // The draft on screen lives in the autosave engine; engine.get() reads it between renders.
  const { engine, state: saving, commit } = useDraftSaver(runId, position, initialDraft, userId);
  const draft = saving.value;
  // Guards against a second Ctrl+Enter arriving before React has re-rendered with `busy`.
  const inFlight = useRef(false);
  // The answer timer resumes from what was saved; `since` marks when this visit started counting.
  const [since] = useState(() => Date.now());

  // Feedback is asked for only once the answer was submitted (it names the model answer's key points).
  const feedback = useAnswerFeedback({ questionId: question.questionId, versionId: question.versionId, answer: draft.answer }, isRevealed(draft.step) && !!reveal);

  const elapsed = useCallback(() => initialDraft.elapsedMs + (Date.now() - since), [initialDraft.elapsedMs, since]);

  const dispatch = useCallback(
    (event: RunEvent) => {
      const previous = engine.get().value;
      let next = transition(previous, event, ctx);
      if (event.type === "type") next = transition(next, { type: "tick", elapsedMs: elapsed() }, ctx);
      // A step taken is saved at once; typing after a pause.
      if (next !== previous) engine.edit(next, next.step !== previous.step ? "now" : "typing");
    },
    [ctx, elapsed, engine],
  );

  const submitAnswer = useCallback(async () => {
    const current = transition(engine.get().value, { type: "tick", elapsedMs: elapsed() }, ctx);
    const next = transition(current, { type: "advance" }, ctx);
    if (next === current || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const result = await commit(next, () => revealAction({ runId, position, draft: next }));
      if (!result.ok) return setError(result.error.message);
      setReveal(result.data);
    } catch {
      setError("Could not reach the server. Your answer is kept here; try again.");
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, [commit, ctx, elapsed, engine, position, runId]);

  const submitGrade = useCallback(async () => {
    const current = engine.get().value;
    if (current.step.kind !== "grade" || current.grade === null) return setError("Choose a grade from 1 to 4 first.");
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    const failed = (message: string) => {
      inFlight.current = false;
      setBusy(false);
      setError(message);
    };
    try {
      const result = await commit(current, () => gradeAction({ runId, position, draft: current }));
      // On success this player stays busy until the next question replaces it.
      if (result.ok) startMoving(() => router.refresh());
      else failed(result.error.message);
    } catch {
      failed("Could not reach the server. Your grade is kept here; try again.");
    }
  }, [commit, engine, position, router, runId]);

  const primary = useCallback(() => {
    if (busy || moving) return;
    const current = engine.get().value;
    if (current.step.kind === "answer") void submitAnswer();
    else if (current.step.kind === "grade") void submitGrade();
    else dispatch({ type: "advance" });
  }, [busy, dispatch, engine, moving, submitAnswer, submitGrade]);

  // Keyboard first: Ctrl/Cmd+Enter moves on from any step; 1–4 grade when not typing.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        primary();
        return;
      }
      const digit = Number(event.key);
      if (engine.get().value.step.kind === "grade" && isGrade(digit) && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        dispatch({ type: "grade", grade: digit });
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [dispatch, engine, primary]);

  const { step } = draft;
  const last = position + 1 >= total;
  const label = stepLabel(step, ctx);
  const buttonText = {
    answer: "Compare with the model answer",
    reveal: question.probeCount ? "Start the follow-ups" : "Grade yourself",
    probe: step.kind === "probe" && step.phase === "question" ? "Show the expected answer" : step.kind === "probe" && step.index + 1 < question.probeCount ? "Next follow-up" : "Grade yourself",
    grade: last ? "Save grade and finish" : "Save grade, next question",
  }[step.kind];
  const ready = step.kind === "grade" ? draft.grade !== null : canAdvance(draft);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-sm">
        <p className="text-muted">
          <span className="font-medium text-ink">Question {position + 1} of {total}</span> · {LEVEL_LABELS[question.level]} · {question.bankName}
        </p>
        <p className="flex items-center gap-4">
          <RunTimer baseMs={draft.step.kind === "answer" ? initialDraft.elapsedMs : draft.elapsedMs} since={since} running={step.kind === "answer"} />
          <DraftSaveStatus status={saving.status} message={saving.message} />
        </p>
      </div>
      <p aria-live="polite" className="sr-only" data-testid="step-label">{label}</p>

      <section aria-labelledby="prompt-title" className="rounded-lg border border-line bg-surface p-5">
        <h1 id="prompt-title" className="mb-3 text-xl font-semibold tracking-tight">{question.title}</h1>
        <MarkdownHtml html={question.promptHtml} />
      </section>

      {step.kind === "answer" ? (
        <div className="space-y-1">
          <label htmlFor="practice-answer" className="block text-sm font-medium">Your answer</label>
          <Textarea
            id="practice-answer"
            rows={8}
            autoFocus
            disabled={busy}
            value={draft.answer}
            onChange={(event) => dispatch({ type: "type", text: event.target.value })}
            placeholder="Answer as you would in the interview. If you do not know, say what you would try."
          />
          <div className="pt-2">
            <PracticeCode
              code={draft.code}
              language={draft.codeLanguage ?? question.codeLanguage}
              disabled={busy}
              onCode={(code) => dispatch({ type: "code", code })}
              onLanguage={(language) => dispatch({ type: "codeLanguage", language })}
            />
          </div>
        </div>
      ) : null}

      {isRevealed(step) && reveal ? (
        <>
          <RevealPanel answer={draft.answer} code={draft.code} reveal={reveal} feedback={feedback.data} />
          <FeedbackPanel state={feedback} wrongAnswers={reveal.wrongAnswers} />
          <ProbeChain probes={reveal.probes} draft={draft} disabled={busy} onType={(text) => dispatch({ type: "type", text })} />
          {step.kind === "grade" ? (
            <GradePanel
              anchors={anchors}
              wrongAnswers={reveal.wrongAnswers}
              given={draft.wrongAnswersGiven}
              grade={draft.grade}
              disabled={busy || moving}
              onToggle={(index) => dispatch({ type: "toggleWrong", index })}
              onGrade={(grade) => dispatch({ type: "grade", grade })}
            />
          ) : null}
        </>
      ) : null}

      {saving.status === "conflict" && saving.conflict ? (
        <KeptDraft saved={saving.conflict.value} onKeep={() => engine.resolve("mine")} onUseSaved={() => engine.resolve("theirs")} />
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-line bg-canvas/95 px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
        <Button
          key={`${step.kind}-${step.kind === "probe" ? `${step.index}-${step.phase}` : ""}`}
          onClick={primary}
          disabled={!ready || busy || moving || saving.status === "conflict"}
          autoFocus={step.kind === "reveal" || (step.kind === "probe" && step.phase === "answer")}
        >
          {busy || moving ? "Saving…" : buttonText}
        </Button>
        <span className="text-xs text-muted">
          <kbd className="rounded border border-line px-1">Ctrl</kbd>/<kbd className="rounded border border-line px-1">⌘</kbd> + <kbd className="rounded border border-line px-1">Enter</kbd>
        </span>
      </div>
    </div>
  );
}

/** On screen: the draft kept on this device; here: the one saved elsewhere since. The candidate chooses. */
function KeptDraft({ saved, onKeep, onUseSaved }: { saved: Draft; onKeep: () => void; onUseSaved: () => void }) {
  const text = saved.step.kind === "probe" ? saved.probeAnswers[saved.step.index] : saved.answer;
  return (
    <div role="alert" className="rounded-md border border-danger p-3 text-sm">
      <p className="font-medium text-danger">This answer was changed in another tab or window after the version kept on this device was typed.</p>
      <p className="mt-1 whitespace-pre-wrap text-muted">
        <span className="font-medium">Saved version: </span>
        {text || "(empty)"}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onKeep}>Keep mine</Button>
        <Button variant="secondary" onClick={onUseSaved}>Use the saved version</Button>
      </div>
    </div>
  );
}
