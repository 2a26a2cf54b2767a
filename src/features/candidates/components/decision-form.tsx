"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import type { ActionError } from "@/lib/app-error";
import { recordDecisionAction } from "../actions";
import { DECISION_OUTCOMES, OUTCOME_LABELS } from "../schemas";

/** Records the hiring decision with its reason; earlier decisions stay in the history. */
export function DecisionForm({ candidateId }: { candidateId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [done, setDone] = useState(false);
  const fe = error?.fieldErrors;

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    startTransition(async () => {
      const result = await recordDecisionAction({ candidateId, outcome: data.get("outcome") ?? undefined, reason: data.get("reason") ?? "" });
      if (!result.ok) {
        setError(result.error);
        setDone(false);
        return;
      }
      setError(null);
      setDone(true);
      form.reset();
      router.refresh();
    });
  }

  return (
    <form
      className="space-y-4"
      noValidate
      aria-label="Record a decision"
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
    >
      {done ? <Alert tone="ok">Decision recorded.</Alert> : null}
      {error && !fe ? <Alert>{error.message}</Alert> : null}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Decision</legend>
        <div className="flex flex-wrap gap-2">
          {DECISION_OUTCOMES.map((o) => (
            <label key={o} className="flex cursor-pointer items-center gap-2 rounded-md border border-line px-3 py-2 text-sm has-[:checked]:border-accent has-[:checked]:font-medium">
              <input type="radio" name="outcome" value={o} />
              {OUTCOME_LABELS[o]}
            </label>
          ))}
        </div>
        {fe?.outcome ? <p role="alert" className="text-sm text-danger">{fe.outcome.join(" ")}</p> : null}
      </fieldset>
      <Field id="decision-reason" label="Reason" errors={fe?.reason}>
        <Textarea id="decision-reason" name="reason" rows={3} invalid={!!fe?.reason} />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Recording…" : "Record decision"}</Button>
    </form>
  );
}
