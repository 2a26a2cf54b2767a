"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/states";
import { useAction } from "@/lib/use-action";
import { updateBlindModeAction } from "../actions";
import { BLIND_MODE_LABELS, BLIND_MODES, type BlindMode } from "../policy";

export function BlindModeForm({ current }: { current: BlindMode }) {
  const { run, pending, error } = useAction();
  const [saved, setSaved] = useState<BlindMode | null>(null);

  return (
    <form
      className="space-y-4"
      aria-label="Blind review"
      onSubmit={(event) => {
        event.preventDefault();
        const mode = new FormData(event.currentTarget).get("mode");
        run(updateBlindModeAction, { mode }, (result) => setSaved(result.mode), () => setSaved(null));
      }}
    >
      {saved ? <Alert tone="ok">Saved. Blind review is now “{BLIND_MODE_LABELS[saved].title}”.</Alert> : null}
      {error ? <Alert>{error.fieldErrors?.mode?.join(" ") ?? error.message}</Alert> : null}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">When may an interviewer see the other interviewers&apos; scorecards for the same candidate?</legend>
        {BLIND_MODES.map((mode) => (
          <label key={mode} className="flex cursor-pointer items-start gap-3 rounded-md border border-line p-3 text-sm has-[:checked]:border-accent">
            <input type="radio" name="mode" value={mode} defaultChecked={mode === current} className="mt-1" />
            <span>
              <span className="block font-medium">{BLIND_MODE_LABELS[mode].title}</span>
              <span className="block text-muted">{BLIND_MODE_LABELS[mode].description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save"}</Button>
    </form>
  );
}
