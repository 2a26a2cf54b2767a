"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { skipQuestionAction, startRunAction } from "../actions";

/** Starts a one-question run: practising a chosen question counts as asking for it, even today. */
export function PractiseAgainButton({ questionId, variant = "primary" }: { questionId: string; variant?: ButtonVariant }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        variant={variant}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await startRunAction({ mode: "question", questionId });
            if (result.ok) router.push(`/practice/run/${result.data.runId}`);
            else setError(result.error.message);
          })
        }
      >
        {pending ? "Starting…" : "Practise this question"}
      </Button>
      {error ? <span role="alert" className="text-sm text-danger">{error}</span> : null}
    </span>
  );
}

/** For a question removed from its bank while it waited in a run. */
export function SkipMissingButton({ runId, position }: { runId: string; position: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        autoFocus
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await skipQuestionAction({ runId, position });
            if (result.ok) router.refresh();
            else setError(result.error.message);
          })
        }
      >
        Skip to the next question
      </Button>
      {error ? <span role="alert" className="text-sm text-danger">{error}</span> : null}
    </span>
  );
}
