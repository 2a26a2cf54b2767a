// Autosave for one interviewer's note on one question: the shared engine (src/lib/autosave) with
// what is particular to notes. One engine per question lives for the whole cockpit, outside
// React, so a pending save survives moving to another question. Every save carries the revision
// it is based on; the server refuses a stale one (409) with the note as it now stands.
import { apiSaveFailure } from "@/lib/autosave/api-failure";
import { Autosave } from "@/lib/autosave/engine";
import type { AutosaveAdapter, Versioned } from "@/lib/autosave/types";
import { editKey, type UnsentEdits } from "@/lib/unsent-edits";
import type { NoteView } from "../../types";
import { putNote } from "./api";

export type NoteFields = Omit<NoteView, "revision">;
export type NoteSync = Autosave<NoteFields>;

const fieldsOf = (note: NoteFields): NoteFields => ({
  rating: note.rating,
  notes: note.notes,
  heardWrongAnswers: [...new Set(note.heardWrongAnswers)].sort((a, b) => a - b),
  hintedProbes: [...new Set(note.hintedProbes)].sort((a, b) => a - b),
});

/** Same content, whatever the order of the ticked items (the server stores them sorted). */
export const sameNote = (a: NoteFields, b: NoteFields) => JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b));

/** A note from the server as the engine holds it: its content, based on its revision. */
export const versionedNote = ({ revision, ...fields }: NoteView): Versioned<NoteFields> => ({ value: fieldsOf(fields), base: revision });

const withRevision = (fields: NoteFields, base: Versioned<NoteFields>["base"]): NoteView => ({ ...fieldsOf(fields), revision: Number(base) });

export type NoteSyncOptions = {
  /** Keys the kept edits per user; without it nothing is kept in the browser. */
  userId?: string;
  store?: UnsentEdits;
  send?: (sessionId: string, position: number, note: NoteView, options?: { keepalive?: boolean }) => Promise<NoteView>;
  online?: () => boolean;
};

export function noteSync(sessionId: string, position: number, initial: NoteView, options: NoteSyncOptions = {}): NoteSync {
  const send = options.send ?? ((id, at, note, sendOptions) => putNote(`/api/sessions/${id}`, at, note, sendOptions));
  const adapter: AutosaveAdapter<NoteFields> = {
    send: async (note, from) => versionedNote(await send(sessionId, position, withRevision(note, from.base))),
    same: sameNote,
    classify: (error) => apiSaveFailure(error, (current) => versionedNote(current as NoteView)),
    // A keepalive request outlives the closing page; the kept copy stays until a later visit sees it landed.
    sendOnExit: (note, from) => void send(sessionId, position, withRevision(note, from.base), { keepalive: true }).catch(() => undefined),
  };
  return new Autosave({
    initial: versionedNote(initial),
    adapter,
    key: options.userId ? editKey(options.userId, "note", sessionId, position) : null,
    keptConflictMessage: "Kept on this device from an earlier visit; the note changed elsewhere since",
    store: options.store,
    online: options.online,
  });
}
