"use client";

import Link from "next/link";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { SessionActionType } from "../../state";
import type { InterviewerView } from "../../types";
import { StatusBadge } from "../status-badge";
import { SessionTimer } from "./session-timer";
import { allowed, type Dispatch } from "./use-actions";

type Props = {
  view: InterviewerView;
  offsetMs: number;
  now: number | null;
  connected: boolean;
  pending: SessionActionType | null;
  dispatch: Dispatch;
  onHelp: () => void;
  onQuestions: () => void;
};

export function CockpitHeader({ view, offsetMs, now, connected, pending, dispatch, onHelp, onQuestions }: Props) {
  const [confirmEnd, setConfirmEnd] = useState(false);
  const question = view.questions[view.currentIndex];
  const busy = pending !== null;
  const heading = `Interview with ${view.candidate.name}`;
  return (
    <header className="mb-6 space-y-4 rounded-lg border border-line bg-surface p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <h1 className="truncate text-xl font-semibold">{heading}</h1>
          {view.title && view.title !== heading ? <p className="truncate text-sm text-muted">{view.title}</p> : null}
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge status={view.status} />
          <span role="status" className={cn("text-xs", connected ? "text-muted" : "text-danger")} data-testid="cockpit-connection">
            {connected ? "Connected" : "Reconnecting…"}
          </span>
          {view.kind === "session" ? <Link href={`/sessions/${view.id}`} className={buttonClass("ghost", "min-h-9 px-3")}>Overview</Link> : null}
          <Button variant="ghost" className="min-h-9 px-3" onClick={onHelp} aria-keyshortcuts="?">
            Shortcuts <kbd className="font-mono text-xs text-muted">?</kbd>
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => dispatch("previous-question")} disabled={busy || !allowed(view, "previous-question")} aria-keyshortcuts="p">
          Previous question
        </Button>
        <p aria-live="polite" className="min-w-32 text-center font-medium" data-testid="cockpit-position">
          Question {view.currentIndex + 1} of {view.total}
        </p>
        <Button variant="secondary" onClick={() => dispatch("next-question")} disabled={busy || !allowed(view, "next-question")} aria-keyshortcuts="n">
          Next question
        </Button>
        <Button variant="secondary" onClick={onQuestions} disabled={view.total === 0} aria-haspopup="dialog" aria-keyshortcuts="g">
          All questions <kbd className="font-mono text-xs text-muted">g</kbd>
        </Button>
        {question ? (
          <SessionTimer elapsedMs={question.elapsedMs} activeSince={question.activeSince} budgetSeconds={question.budgetSeconds} offsetMs={offsetMs} now={now} />
        ) : null}
        <div className="ml-auto flex flex-wrap gap-2">
          {view.status === "SCHEDULED" ? (
            <Button onClick={() => dispatch("start")} disabled={busy}>{pending === "start" ? "Starting…" : "Start interview"}</Button>
          ) : null}
          {view.status === "LIVE" && !confirmEnd ? (
            <Button variant="danger" onClick={() => setConfirmEnd(true)} disabled={busy}>End interview</Button>
          ) : null}
          {view.status === "LIVE" && confirmEnd ? (
            <>
              <Button variant="danger" onClick={() => { setConfirmEnd(false); dispatch("end"); }} disabled={busy}>Yes, end the interview</Button>
              <Button variant="secondary" onClick={() => setConfirmEnd(false)}>Keep going</Button>
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
