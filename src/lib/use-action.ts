"use client";

import { useState, useTransition } from "react";
import type { ActionError, ActionResult } from "@/lib/app-error";

/**
 * The one way a client component calls a server action (the JSON API has `apiFetch`, the
 * autosaved forms the autosave engine). `run(action, input, then, otherwise)` sends it inside a
 * transition, so `pending` stays true until it has answered and whatever `then` starts (a
 * navigation, a refresh) has rendered. A refusal is kept in `error` for the component to show,
 * and handed to `otherwise`; success clears it and calls `then(data)`. A component with several
 * actions (preview, then import) has one `pending` and one `error` for all of them. `setError` is
 * for a check made before sending (the form's own schema, a size limit), shown where the
 * server's answer would be.
 */
export function useAction() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  function run<I, T>(action: (input: I) => Promise<ActionResult<T>>, input: I, then?: (data: T) => void, otherwise?: (error: ActionError) => void) {
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) {
        setError(result.error);
        otherwise?.(result.error);
        return;
      }
      setError(null);
      then?.(result.data);
    });
  }
  /**
   * The same action for several inputs, one after another in one transition (the import wizard's
   * documents: each its own call, so each its own transaction). Every answer, success or refusal,
   * goes to `each` and none stops the rest or lands in the shared `error`; `then` runs after the last.
   */
  function runEach<I, T>(action: (input: I) => Promise<ActionResult<T>>, inputs: readonly I[], each: (index: number, result: ActionResult<T>) => void, then?: () => void) {
    startTransition(async () => {
      setError(null);
      for (const [index, input] of inputs.entries()) each(index, await action(input));
      then?.();
    });
  }
  return { run, runEach, pending, error, setError };
}
