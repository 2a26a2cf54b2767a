"use client";

import { useCallback, useEffect } from "react";
import type { ActionResult } from "@/lib/app-error";
import { useAutosave } from "@/lib/autosave/use-autosave";
import { browserEdits, editKey } from "@/lib/unsent-edits";
import { saveDraftAction } from "../actions";
import type { Draft } from "../run-state";
import { classifyDraftFailure, draftAutosave, movedOn, versionedDraft } from "./draft-autosave";

/**
 * The run's draft, saved as the candidate types (./draft-autosave.ts). `commit` runs a server
 * action that stores the draft itself (reveal, grade) after any save in flight.
 */
export function useDraftSaver(runId: string, position: number, initial: Draft, userId: string) {
  const [engine, state] = useAutosave(() => draftAutosave(runId, position, initial, userId, saveDraftAction));

  // Drafts kept for the run's earlier questions are forgotten: the run has moved past them.
  useEffect(() => {
    const store = browserEdits();
    for (let earlier = 0; earlier < position; earlier++) store.remove(editKey(userId, "practice", runId, earlier));
  }, [position, runId, userId]);

  const commit = useCallback(
    <T,>(draft: Draft, call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> =>
      engine.run(async () => {
        const result = await call();
        // The committed draft holds everything on screen, so nothing is left to keep.
        if (result.ok) engine.accept(versionedDraft(draft));
        else if (movedOn(result.error)) engine.refuse(classifyDraftFailure(result.error));
        return result;
      }),
    [engine],
  );

  return { engine, state, commit };
}
