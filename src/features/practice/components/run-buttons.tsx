"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionError } from "@/lib/app-error";
import { useAction } from "@/lib/use-action";
import { skipQuestionAction, startRunAction } from "../actions";

/** Starts a one-question run: practising a chosen question counts as asking for it, even today. */
export function PractiseAgainButton({ questionId, variant = "primary" }: { questionId: string; variant?: ButtonVariant }) {
  const router = useRouter();
  const start = useAction();
  return (
    <WithError error={start.error}>
      <Button variant={variant} disabled={start.pending} onClick={() => start.run(startRunAction, { mode: "question", questionId }, ({ runId }) => router.push(`/practice/run/${runId}`))}>
        {start.pending ? "Starting…" : "Practise this question"}
      </Button>
    </WithError>
  );
}

/** For a question removed from its bank (or no longer in a practice bank) while it waited in a run. */
export function SkipMissingButton({ runId, position }: { runId: string; position: number }) {
  const router = useRouter();
  const skip = useAction();
  return (
    <WithError error={skip.error}>
      <Button autoFocus disabled={skip.pending} onClick={() => skip.run(skipQuestionAction, { runId, position }, () => router.refresh())}>
        Skip to the next question
      </Button>
    </WithError>
  );
}

function WithError({ error, children }: { error: ActionError | null; children: ReactNode }) {
  return (
    <span className="inline-flex flex-col gap-1">
      {children}
      {error ? <span role="alert" className="text-sm text-danger">{error.message}</span> : null}
    </span>
  );
}
