"use client";

import { MarkdownHtml } from "@/components/markdown";
import { Textarea } from "@/components/ui/field";
import type { RevealView } from "../dto";
import type { Draft } from "../run-state";

/**
 * The follow-ups walked so far, one at a time: a probe's question first, then the candidate's
 * answer, and only then the answer the interviewer hopes to hear.
 */
export function ProbeChain({ probes, draft, disabled, onType }: { probes: RevealView["probes"]; draft: Draft; disabled: boolean; onType: (text: string) => void }) {
  const { step } = draft;
  const reached = step.kind === "grade" ? probes.length : step.kind === "probe" ? step.index + 1 : 0;
  if (!reached) return null;
  return (
    <section aria-labelledby="probes-heading" className="space-y-4">
      <h2 id="probes-heading" className="text-lg font-semibold">Follow-ups</h2>
      <ol className="space-y-4">
        {probes.slice(0, reached).map((probe, i) => {
          const current = step.kind === "probe" && step.index === i;
          const asking = current && step.phase === "question";
          return (
            <li key={i} className="rounded-lg border border-line bg-surface p-5" aria-current={current ? "step" : undefined}>
              <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">Follow-up {i + 1} of {probes.length}</p>
              <MarkdownHtml html={probe.questionHtml} className="font-medium" />
              {asking ? (
                <div className="mt-3 space-y-1">
                  <label htmlFor={`probe-answer-${i}`} className="block text-sm font-medium">Your answer to follow-up {i + 1}</label>
                  <Textarea
                    id={`probe-answer-${i}`}
                    rows={5}
                    autoFocus
                    disabled={disabled}
                    value={draft.probeAnswers[i] ?? ""}
                    onChange={(event) => onType(event.target.value)}
                  />
                </div>
              ) : (
                <div className="mt-3 grid gap-3 md:grid-cols-2">
                  <div>
                    <p className="text-xs font-semibold uppercase tracking-wide text-muted">Your answer</p>
                    <p className="mt-1 whitespace-pre-wrap break-words text-sm">{draft.probeAnswers[i]}</p>
                  </div>
                  <div>
                    <p className="text-xs font-semibold uppercase tracking-wide text-muted">Expected answer</p>
                    <MarkdownHtml html={probe.answerHtml} className="mt-1 text-sm" />
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
