"use client";

import { useEffect, useMemo, useState } from "react";
import { useAutosavePage, useAutosaveState } from "@/lib/autosave/use-autosave";
import type { InterviewerView } from "../../types";
import { putNote } from "./api";
import { noteSync, versionedNote, type NoteSync } from "./note-sync";

/** One note autosave per question of the session, for the life of the cockpit. */
export function useNoteSyncs(view: InterviewerView): Map<number, NoteSync> {
  const [syncs] = useState(() => new Map(view.questions.map((q) => [q.position, noteSync(view.id, q.position, q.note, { userId: view.me.id, send: (_id, at, note, options) => putNote(view.endpoint, at, note, options) })])));

  // A newer note from the server (saved in another tab) replaces an unchanged local one.
  useEffect(() => {
    for (const question of view.questions) syncs.get(question.position)?.adopt(versionedNote(question.note));
  }, [view, syncs]);

  useAutosavePage(useMemo(() => [...syncs.values()], [syncs]));
  return syncs;
}

export function useNote(sync: NoteSync) {
  return useAutosaveState(sync);
}
