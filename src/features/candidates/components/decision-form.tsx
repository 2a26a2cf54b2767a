"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { useAction } from "@/lib/use-action";
import { recordDecisionAction } from "../actions";
import { DECISION_OUTCOMES, OUTCOME_LABELS } from "../schemas";

/** Records the hiring decision with its reason; earlier decisions stay in the history. */
export function DecisionForm({ candidateId }: { candidateId: string }) {
  const router = useRouter();
  const record = useAction();
  const [done, setDone] = useState(false);
  const fe = record.error?.fieldErrors;

  return (
    <form
      className="space-y-4"
      noValidate
      aria-label="Record a decision"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        record.run(recordDecisionAction, { candidateId, outcome: data.get("outcome") ?? undefined, reason: data.get("reason") ?? "" }, () => {
          setDone(true);
          form.reset();
          router.refresh();
        });
      }}
    >
      {done && !record.error ? <Alert tone="ok">Decision recorded.</Alert> : null}
      {record.error && !fe ? <Alert>{record.error.message}</Alert> : null}
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
      <TextareaField id="decision-reason" name="reason" label="Reason" errors={fe?.reason} rows={3} />
      <Button type="submit" disabled={record.pending}>{record.pending ? "Recording…" : "Record decision"}</Button>
    </form>
  );
}
