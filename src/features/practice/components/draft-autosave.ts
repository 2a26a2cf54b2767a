// A practice run's draft on the shared autosave engine (src/lib/autosave). Drafts are saved by a
// server action; the server keeps no revision for them, so a draft's base is a fingerprint of the
// draft last saved (src/lib/unsent-edits.ts).
import type { ActionError, ActionResult } from "@/lib/app-error";
import { Autosave } from "@/lib/autosave/engine";
import type { SaveFailure, Versioned } from "@/lib/autosave/types";
import { editKey, stableJson, type UnsentEdits } from "@/lib/unsent-edits";
import type { Draft } from "../run-state";

export const versionedDraft = (draft: Draft): Versioned<Draft> => ({ value: draft, base: stableJson(draft) });

const isActionError = (error: unknown): error is ActionError => !!error && typeof error === "object" && "code" in error;

/** The run moved on (answered or ended in another tab) or is gone: saving cannot catch up with it. */
export const movedOn = (error: ActionError) => error.code === "CONFLICT" || error.code === "NOT_FOUND";

export function classifyDraftFailure(error: unknown): SaveFailure<Draft> {
  if (!isActionError(error)) return { kind: "retry" }; // the network, a restarting server
  if (movedOn(error)) return { kind: "conflict", message: error.message, theirs: null };
  if (error.code === "VALIDATION") return { kind: "invalid", message: error.message, fieldErrors: error.fieldErrors };
  return { kind: "retry" };
}

/**
 * A kept draft meets a newer one saved elsewhere: offered only while both are at the same step
 * (one kept for a step the run has since left is dropped), keeping the longer answer time.
 */
const merge = (mine: Draft, theirs: Draft): Draft | null =>
  JSON.stringify(mine.step) === JSON.stringify(theirs.step) ? { ...mine, elapsedMs: Math.max(mine.elapsedMs, theirs.elapsedMs) } : null;

export type SaveDraft = (input: { runId: string; position: number; draft: Draft }) => Promise<ActionResult<unknown>>;

export function draftAutosave(runId: string, position: number, initial: Draft, userId: string, save: SaveDraft, options: { store?: UnsentEdits; online?: () => boolean } = {}): Autosave<Draft> {
  return new Autosave<Draft>({
    initial: versionedDraft(initial),
    key: editKey(userId, "practice", runId, position),
    keptConflictMessage: "Not saved — changed elsewhere",
    store: options.store,
    online: options.online,
    adapter: {
      send: async (draft) => {
        const result = await save({ runId, position, draft });
        if (!result.ok) throw result.error;
        return versionedDraft(draft);
      },
      same: (a, b) => stableJson(a) === stableJson(b),
      classify: classifyDraftFailure,
      merge,
    },
  });
}
