// The scorecard draft on the shared autosave engine (src/lib/autosave): each save sends only what
// changed since the last one (a rating changed meanwhile in the cockpit is never overwritten by a
// stale copy) and names the revision it is based on; a 409 carries the scorecard as it now stands.
import { apiSaveFailure } from "@/lib/autosave/api-failure";
import { Autosave } from "@/lib/autosave/engine";
import type { Versioned } from "@/lib/autosave/types";
import { editKey, type UnsentEdits } from "@/lib/unsent-edits";
import type { ScorecardView } from "../types";
import { putScorecard } from "./api";
import { changesBetween, draftOf, type Draft } from "./draft";

export const versionedCard = (card: ScorecardView): Versioned<Draft> => ({ value: draftOf(card), base: card.revision });

export const classifyScorecardFailure = (error: unknown) => apiSaveFailure(error, (current) => versionedCard(current as ScorecardView));

/** A kept draft laid over the card's current questions (a question it lacks keeps the saved values). */
const onto = (kept: Draft, saved: Draft): Draft => ({
  ...kept,
  ratings: Object.fromEntries(Object.entries(saved.ratings).map(([id, r]) => [id, kept.ratings[id] ?? r])),
});

export type ScorecardAutosaveOptions = {
  /** Every scorecard the server sends back, for what the form shows around the draft. */
  onSaved?: (card: ScorecardView) => void;
  send?: typeof putScorecard;
  store?: UnsentEdits;
  online?: () => boolean;
};

export function scorecardAutosave(sessionId: string, initial: ScorecardView, userId: string, options: ScorecardAutosaveOptions = {}): Autosave<Draft> {
  const send = options.send ?? putScorecard;
  return new Autosave<Draft>({
    initial: versionedCard(initial),
    key: editKey(userId, "scorecard", sessionId),
    // A submitted scorecard takes amendments as a whole, never autosaved; it supersedes kept edits.
    enabled: initial.status === "draft",
    keptConflictMessage: "The edits below were kept on this device from an earlier visit, and this scorecard was changed elsewhere since they began.",
    store: options.store,
    online: options.online,
    adapter: {
      send: async (draft, from) => {
        const view = await send(sessionId, { ...changesBetween(from.value, draft), revision: Number(from.base) });
        options.onSaved?.(view);
        return { value: draft, base: view.revision };
      },
      same: (a, b) => changesBetween(a, b) === null,
      classify: classifyScorecardFailure,
      merge: onto,
    },
  });
}
