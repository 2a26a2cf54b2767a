"use client";

// The cockpit's list of every question of the session, to jump to any of them: a modal <dialog>
// (the browser traps focus and closes it on Esc) opened by "All questions" or the `g` key. Each
// entry says where the interview stands with it in words: current, visited or not yet asked,
// this interviewer's rating, and the time spent on it. Keys: 1–9 jump to that question, the
// arrow keys (and Home/End) move between entries, Enter or Space chooses.
import { useEffect, useRef, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { formatClock } from "@/lib/format";
import { timeOnQuestion } from "../../state";
import type { CockpitQuestion, InterviewerView } from "../../types";

export type QuestionProgress = "current" | "visited" | "not yet asked";

/** Where the interview stands with a question. Visited: time was spent on it or a probe was shown. */
export function progressOf(question: CockpitQuestion, index: number, currentIndex: number): QuestionProgress {
  if (index === currentIndex) return "current";
  return question.elapsedMs > 0 || question.activeSince !== null || question.revealedProbes > 0 ? "visited" : "not yet asked";
}

const PROGRESS_LABELS: Record<QuestionProgress, string> = { current: "Current", visited: "Visited", "not yet asked": "Not yet asked" };

type Props = {
  view: InterviewerView;
  /** This interviewer's rating of each question as it stands in the cockpit (saved or still saving). */
  ratings: ReadonlyArray<number | null>;
  open: boolean;
  /** Server time now (the local clock corrected by the offset), or null before the first tick. */
  serverNow: number | null;
  canGo: (position: number) => boolean;
  onGo: (position: number) => void;
  onClose: () => void;
};

export function QuestionList({ view, ratings, open, serverNow, canGo, onGo, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const entries = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // Start on the current question, so arrow keys move from where the interview is.
      entries.current[view.currentIndex]?.focus();
    }
    if (!open && element.open) element.close();
  }, [open, view.currentIndex]);

  const choose = (position: number) => {
    if (position === view.currentIndex) return onClose();
    if (!canGo(position)) return;
    onClose();
    onGo(position);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    const focused = entries.current.findIndex((entry) => entry === document.activeElement);
    const last = view.questions.length - 1;
    const focus = (index: number) => entries.current[Math.max(0, Math.min(last, index))]?.focus();
    if (/^[1-9]$/.test(event.key)) {
      const position = Number(event.key) - 1;
      if (position <= last) {
        event.preventDefault();
        choose(position);
      }
    } else if (event.key === "ArrowDown") {
      event.preventDefault();
      focus(focused < 0 ? 0 : focused + 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      focus(focused < 0 ? last : focused - 1);
    } else if (event.key === "Home") {
      event.preventDefault();
      focus(0);
    } else if (event.key === "End") {
      event.preventDefault();
      focus(last);
    }
  };

  return (
    // The keys are handled on the dialog itself, where focus is trapped while it is open.
    <dialog
      ref={dialog}
      onClose={onClose}
      onKeyDown={onKeyDown}
      aria-labelledby="question-list-title"
      aria-describedby="question-list-help"
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-6 text-ink backdrop:bg-black/40"
    >
      <h2 id="question-list-title" className="mb-1 text-lg font-semibold">All questions</h2>
      <p id="question-list-help" className="mb-4 text-sm text-muted">
        Press a question&apos;s number (1–9), or move with the arrow keys and press Enter. Esc closes.
        {view.status !== "LIVE" ? " Jumping to a question works while the interview is live." : ""}
      </p>
      <ol className="space-y-1" data-testid="question-list">
        {view.questions.map((question, index) => {
          const progress = progressOf(question, index, view.currentIndex);
          const spent = serverNow === null ? question.elapsedMs : timeOnQuestion({ elapsedMs: question.elapsedMs, activeSince: question.activeSince ? new Date(question.activeSince) : null }, new Date(serverNow));
          const rating = ratings[index] ?? null;
          return (
            <li key={question.position}>
              <button
                ref={(element) => {
                  entries.current[index] = element;
                }}
                type="button"
                onClick={() => choose(index)}
                aria-current={progress === "current" ? "step" : undefined}
                aria-disabled={progress !== "current" && !canGo(index) ? true : undefined}
                data-testid={`question-entry-${index}`}
                data-progress={progress}
                className={cn(
                  "grid w-full grid-cols-[2rem_1fr_auto] items-baseline gap-x-3 rounded-md border px-3 py-2 text-left text-sm hover:bg-canvas focus-visible:outline-2 focus-visible:outline-accent",
                  progress === "current" ? "border-accent" : "border-line",
                  progress !== "current" && !canGo(index) && "cursor-not-allowed",
                )}
              >
                <span className="font-mono text-muted">{index + 1}.</span>
                <span className="min-w-0">
                  <span className="block truncate font-medium">{question.title}</span>
                  <span className="block text-xs text-muted">
                    {PROGRESS_LABELS[progress]}
                    {rating ? ` · rated ${rating}` : " · not rated"}
                  </span>
                </span>
                <span className="font-mono tabular-nums text-muted">
                  <span className="sr-only">time spent </span>
                  {formatClock(spent)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <div className="mt-5 text-right">
        <Button variant="secondary" onClick={onClose}>Close</Button>
      </div>
    </dialog>
  );
}
