"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { useAction } from "@/lib/use-action";
import { updateRetentionAction } from "../actions";

/** Admin → Settings: how many months without activity before a candidate is anonymised; empty is off. */
export function RetentionForm({ months }: { months: number | null }) {
  const { run, pending, error } = useAction();
  const [saved, setSaved] = useState<{ months: number | null } | null>(null);
  return (
    <form
      className="grid max-w-sm gap-3"
      noValidate
      aria-label="Candidate retention"
      onSubmit={(event) => {
        event.preventDefault();
        run(updateRetentionAction, { months: new FormData(event.currentTarget).get("months") }, setSaved, () => setSaved(null));
      }}
    >
      {saved ? (
        <Alert tone="ok">{saved.months === null ? "Saved: retention is off." : `Saved: candidates are anonymised after ${saved.months} months without activity.`}</Alert>
      ) : null}
      {error && !error.fieldErrors?.months ? <Alert>{error.message}</Alert> : null}
      <InputField
        id="retention-months"
        name="months"
        label="Months without activity"
        inputMode="numeric"
        defaultValue={months === null ? "" : String(months)}
        errors={error?.fieldErrors?.months}
        hint="Empty turns retention off (the default). The check runs every hour."
      />
      <div>
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save retention"}</Button>
      </div>
    </form>
  );
}
