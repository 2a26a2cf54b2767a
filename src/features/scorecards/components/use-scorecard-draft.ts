"use client";

import { useCallback, useState } from "react";
import { useAutosave } from "@/lib/autosave/use-autosave";
import type { ScorecardView } from "../types";
import { putScorecard, submitScorecardRequest } from "./api";
import { changesBetween, type Draft } from "./draft";
import { classifyScorecardFailure, scorecardAutosave, versionedCard } from "./scorecard-autosave";

/**
 * The scorecard form's state: the draft saved as the interviewer types (./scorecard-autosave.ts),
 * then submitted. While amending a submitted scorecard nothing is autosaved; the amendment is
 * saved as a whole, and the submitted version before it is kept on the server.
 */
export function useScorecardDraft(sessionId: string, initial: ScorecardView, userId: string) {
  const [card, setCard] = useState(initial);
  const [amending, setAmending] = useState(false);
  const [engine, state] = useAutosave(() => scorecardAutosave(sessionId, initial, userId, { onSaved: setCard }));

  /** A save of the whole scorecard (submit, amendment) after any autosave in flight; true when the server took it. */
  const saveWhole = useCallback(
    (request: () => Promise<ScorecardView>, afterwards: () => void) =>
      engine.run(async () => {
        try {
          const view = await request();
          setCard(view);
          engine.accept(versionedCard(view));
          afterwards();
          return true;
        } catch (error) {
          engine.refuse(classifyScorecardFailure(error));
          return false;
        }
      }),
    [engine],
  );

  /** Saves what is pending, then submits. Resolves true when the scorecard is now submitted. */
  const submit = useCallback(async (): Promise<boolean> => {
    await engine.flush();
    if (engine.get().status === "conflict") return false;
    // Submitted: amendments are saved as a whole from now on, never autosaved.
    return saveWhole(() => submitScorecardRequest(sessionId, Number(engine.from().base)), () => engine.setEnabled(false));
  }, [engine, saveWhole, sessionId]);

  const startAmending = useCallback(() => {
    setAmending(true);
    engine.clearErrors();
  }, [engine]);

  const cancelAmending = useCallback(() => {
    engine.revert();
    setAmending(false);
  }, [engine]);

  /** Saves the whole amendment at once; the submitted version before it is kept on the server. */
  const saveAmendment = useCallback(async (): Promise<boolean> => {
    const from = engine.from();
    const changes = changesBetween(from.value, engine.get().value);
    if (!changes) {
      setAmending(false);
      return true;
    }
    return saveWhole(() => putScorecard(sessionId, { ...changes, revision: Number(from.base), amend: true }), () => setAmending(false));
  }, [engine, saveWhole, sessionId]);

  /** Resolves a conflict the other way: forget the edits kept here and load the saved version. */
  const discardMine = useCallback(() => {
    engine.discardKept();
    window.location.reload();
  }, [engine]);

  return {
    card,
    draft: state.value,
    edit: (update: (draft: Draft) => Draft) => engine.edit(update),
    status: state.status,
    message: state.message,
    fieldErrors: state.fieldErrors,
    submit,
    amending,
    startAmending,
    cancelAmending,
    saveAmendment,
    keepMine: state.conflict ? () => engine.resolve("mine") : null,
    discardMine,
  };
}
