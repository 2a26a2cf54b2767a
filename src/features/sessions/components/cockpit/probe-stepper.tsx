"use client";

import { Button } from "@/components/ui/button";
import { MarkdownHtml } from "@/components/markdown";
import { cn } from "@/lib/cn";
import type { CockpitQuestion } from "../../types";

/**
 * The probe chain: every probe with its expected answer (for the interviewer's eyes), which ones
 * the candidate already sees, and a "hint given" mark per probe.
 */
export function ProbeStepper({
  question,
  hinted,
  canReveal,
  revealing,
  onReveal,
  undoLeftMs,
  undoing,
  onUndo,
  onToggleHint,
}: {
  question: CockpitQuestion;
  hinted: number[];
  canReveal: boolean;
  revealing: boolean;
  onReveal: () => void;
  /** Time left to undo this interviewer's last reveal; 0 hides the button. */
  undoLeftMs: number;
  undoing: boolean;
  onUndo: () => void;
  onToggleHint: (index: number) => void;
}) {
  const { probes, revealedProbes } = question;
  const undoSeconds = Math.ceil(undoLeftMs / 1000);
  return (
    <section aria-labelledby="probes-heading" className="rounded-lg border border-line bg-surface p-5">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="probes-heading" className="font-semibold">
          Probes <span className="text-sm font-normal text-muted">({revealedProbes} of {probes.length} shown to the candidate)</span>
        </h2>
        <div className="flex flex-wrap gap-2">
          {undoLeftMs > 0 ? (
            // The countdown is visible, not announced every second; the button's name stays "Undo reveal".
            <Button variant="secondary" onClick={onUndo} disabled={undoing} aria-label="Undo reveal" aria-keyshortcuts="u" aria-describedby="undo-countdown">
              {undoing ? "Undoing…" : "Undo reveal"}
              <span id="undo-countdown" className="font-mono text-xs tabular-nums text-muted" data-testid="undo-countdown">
                <span className="sr-only">possible for </span>{undoSeconds} s
              </span>
            </Button>
          ) : null}
          <Button onClick={onReveal} disabled={!canReveal || revealing || revealedProbes >= probes.length} aria-keyshortcuts="r">
            {revealing ? "Revealing…" : "Reveal next probe"}
          </Button>
        </div>
      </div>
      {probes.length === 0 ? <p className="text-sm text-muted">This question has no probes.</p> : null}
      <ol className="space-y-3">
        {probes.map((probe, index) => {
          const shown = index < revealedProbes;
          const next = index === revealedProbes;
          // Hidden probes are told apart by a dashed border, not by fading: faded muted text fails contrast.
          return (
            <li
              key={index}
              data-testid={`probe-${index}`}
              data-state={shown ? "revealed" : next ? "next" : "hidden"}
              className={cn("rounded-md border p-3", shown ? "border-ok" : next ? "border-accent" : "border-dashed border-line")}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="font-medium">
                  <span className="mr-2 text-muted">{index + 1}.</span>
                  {probe.question}
                </p>
                <span className={cn("text-xs font-medium", shown ? "text-ok" : "text-muted")}>
                  {shown ? "Shown" : next ? "Next" : "Hidden"}
                </span>
              </div>
              <div className="mt-2 rounded bg-canvas p-2 text-sm">
                <p className="mb-1 text-xs font-medium uppercase tracking-wide text-muted">Expected</p>
                <MarkdownHtml html={probe.answerHtml} />
              </div>
              <label className="mt-2 inline-flex items-center gap-2 text-sm">
                <input type="checkbox" checked={hinted.includes(index)} onChange={() => onToggleHint(index)} />
                Hint given
              </label>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
