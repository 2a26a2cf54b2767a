"use client";

import Link from "next/link";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { MarkdownHtml } from "@/components/markdown";
import { Alert } from "@/components/ui/states";
import type { Rating } from "@/lib/rating";
import { useNow } from "@/lib/use-now";
import type { CockpitQuestion, InterviewerView } from "../../types";
import { CockpitHeader } from "./cockpit-header";
import { CockpitPad } from "./cockpit-pad";
import { NoteEditor } from "./note-editor";
import type { NoteSync } from "./note-sync";
import { ProbeStepper } from "./probe-stepper";
import { RatingPicker } from "./rating-picker";
import { allowed, undoLeftMs, useSessionActions } from "./use-actions";
import { useNote, useNoteSyncs } from "./use-notes";
import { useSession } from "./use-session";
import { useShortcuts } from "./use-shortcuts";
import { WrongAnswers } from "./wrong-answers";

// The two dialogs load when first opened (a key or a button), not with the page: most interviews
// never open them, and the cockpit's first load stays small (issue 19). Once loaded they stay
// mounted, so closing one is the <dialog>'s own close.
const QuestionList = lazy(() => import("./question-list").then((m) => ({ default: m.QuestionList })));
const ShortcutsHelp = lazy(() => import("./shortcuts-help").then((m) => ({ default: m.ShortcutsHelp })));

const toggle = (values: number[], value: number) => (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);

/** The interviewer's cockpit for one session: everything about the current question, and the controls. */
export function Cockpit({ initial }: { initial: InterviewerView }) {
  const { view, offsetMs, connected } = useSession(initial);
  const now = useNow();
  const syncs = useNoteSyncs(view);
  const { dispatch, pending, error, clearError } = useSessionActions(view);
  const [helpOpen, setHelpOpen] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const [helpLoaded, setHelpLoaded] = useState(false);
  const [listLoaded, setListLoaded] = useState(false);
  const openHelp = useCallback(() => {
    setHelpLoaded(true);
    setHelpOpen(true);
  }, []);
  const openList = useCallback(() => {
    setListLoaded(true);
    setListOpen(true);
  }, []);
  const question = view.questions[view.currentIndex];
  const sync = question ? syncs.get(question.position) : undefined;
  const undoLeft = undoLeftMs(view, now, offsetMs);
  const canUndo = undoLeft > 0;

  const shortcuts = useMemo(() => {
    const handlers: Record<string, () => void> = {
      r: () => dispatch("reveal-probe"),
      n: () => dispatch("next-question"),
      p: () => dispatch("previous-question"),
      g: openList,
      "?": openHelp,
    };
    if (canUndo) handlers.u = () => dispatch("undo-reveal");
    if (sync && question) {
      for (const rating of [1, 2, 3, 4] as Rating[]) handlers[String(rating)] = () => sync.edit((note) => ({ ...note, rating }), "choice");
      handlers.h = () => {
        const last = question.revealedProbes - 1;
        if (last >= 0) sync.edit((note) => ({ ...note, hintedProbes: toggle(note.hintedProbes, last) }), "choice");
      };
    }
    return handlers;
  }, [dispatch, sync, question, canUndo, openList, openHelp]);
  useShortcuts(shortcuts, !helpOpen && !listOpen);

  return (
    <div>
      <CockpitHeader
        view={view}
        offsetMs={offsetMs}
        now={now}
        connected={connected}
        pending={pending}
        dispatch={dispatch}
        onHelp={openHelp}
        onQuestions={openList}
      />
      {error ? (
        <div className="mb-4">
          <Alert tone="warn">
            {error}{" "}
            <button type="button" className="underline" onClick={clearError}>Dismiss</button>
          </Alert>
        </div>
      ) : null}
      {view.status === "COMPLETED" || view.status === "CANCELLED" ? (
        <div className="mb-4">
          <Alert tone="ok">
            The interview has {view.status === "COMPLETED" ? "ended" : "been cancelled"}.{" "}
            {view.kind === "mock" ? (
              view.status === "COMPLETED" ? (
                `Your ratings and notes go to ${view.candidate.name}'s practice history. You can still change them for a day.`
              ) : (
                "This link no longer works."
              )
            ) : view.status === "COMPLETED" ? (
              <>
                Your notes and ratings carry over to{" "}
                <Link href={`/sessions/${view.id}/scorecard`} className="font-medium underline">your scorecard</Link>: add a level, a recommendation and a summary, then submit.
              </>
            ) : (
              "Your notes and ratings can still be edited."
            )}
          </Alert>
        </div>
      ) : null}
      {question && sync ? (
        <QuestionPanel
          key={question.position}
          question={question}
          sync={sync}
          canReveal={allowed(view, "reveal-probe")}
          revealing={pending === "reveal-probe"}
          onReveal={() => dispatch("reveal-probe")}
          undoLeftMs={undoLeft}
          undoing={pending === "undo-reveal"}
          onUndo={() => dispatch("undo-reveal")}
        />
      ) : (
        <p className="text-muted">This session has no questions.</p>
      )}
      {question && view.kind === "session" && view.status !== "SCHEDULED" && view.status !== "CANCELLED" ? (
        <div className="mt-6">
          <CockpitPad key={question.position} view={view} position={question.position} />
        </div>
      ) : null}
      <Suspense fallback={null}>
        {helpLoaded ? <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} /> : null}
        {listLoaded ? (
          <QuestionList
            view={view}
            ratings={view.questions.map((q) => syncs.get(q.position)?.get().value.rating ?? q.note.rating)}
            open={listOpen}
            serverNow={now === null ? null : now + offsetMs}
            canGo={(position) => pending === null && allowed(view, { type: "goto", position })}
            onGo={(position) => dispatch({ type: "goto", position })}
            onClose={() => setListOpen(false)}
          />
        ) : null}
      </Suspense>
    </div>
  );
}

function QuestionPanel({
  question,
  sync,
  canReveal,
  revealing,
  onReveal,
  undoLeftMs,
  undoing,
  onUndo,
}: {
  question: CockpitQuestion;
  sync: NoteSync;
  canReveal: boolean;
  revealing: boolean;
  onReveal: () => void;
  undoLeftMs: number;
  undoing: boolean;
  onUndo: () => void;
}) {
  const state = useNote(sync);
  const note = state.value;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="space-y-6">
        <section aria-labelledby="prompt-heading" className="rounded-lg border border-line bg-surface p-5">
          <p className="mb-1 text-xs font-medium uppercase tracking-wide text-muted">
            {question.level.toLowerCase()} · version {question.version} · the candidate sees this
          </p>
          <h2 id="prompt-heading" className="mb-3 text-lg font-semibold" data-testid="cockpit-question-title">{question.title}</h2>
          <MarkdownHtml html={question.promptHtml} />
        </section>
        <ProbeStepper
          question={question}
          hinted={note.hintedProbes}
          canReveal={canReveal}
          revealing={revealing}
          onReveal={onReveal}
          undoLeftMs={undoLeftMs}
          undoing={undoing}
          onUndo={onUndo}
          onToggleHint={(index) => sync.edit((n) => ({ ...n, hintedProbes: toggle(n.hintedProbes, index) }), "choice")}
        />
      </div>
      <div className="space-y-6">
        <section aria-labelledby="model-heading" className="rounded-lg border border-line bg-surface p-5">
          <h2 id="model-heading" className="mb-3 font-semibold">Model answer</h2>
          <MarkdownHtml html={question.modelAnswerHtml} />
          {question.sections.map((section, index) => (
            <details key={index} className="mt-3 rounded-md border border-line p-3">
              <summary className="cursor-pointer font-medium">{section.label}</summary>
              <MarkdownHtml html={section.bodyHtml} className="mt-2" />
            </details>
          ))}
        </section>
        <WrongAnswers
          question={question}
          heard={note.heardWrongAnswers}
          onToggle={(index) => sync.edit((n) => ({ ...n, heardWrongAnswers: toggle(n.heardWrongAnswers, index) }), "choice")}
        />
        <RatingPicker value={note.rating} position={question.position} onChange={(rating) => sync.edit((n) => ({ ...n, rating }), "choice")} />
        <NoteEditor
          position={question.position}
          state={state}
          onChange={(notes) => sync.edit((n) => ({ ...n, notes }))}
          onResolve={(choice) => sync.resolve(choice)}
        />
      </div>
    </div>
  );
}
