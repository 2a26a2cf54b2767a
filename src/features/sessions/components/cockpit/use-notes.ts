"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { InterviewerView } from "../../types";
import { NoteSync } from "./note-sync";

/** One NoteSync per question of the session, for the life of the cockpit. */
export function useNoteSyncs(view: InterviewerView): Map<number, NoteSync> {
  const [syncs] = useState(() => new Map(view.questions.map((q) => [q.position, new NoteSync(view.id, q.position, q.note)])));

  // A newer note from the server (saved in another tab) replaces an unchanged local one.
  useEffect(() => {
    for (const question of view.questions) syncs.get(question.position)?.adopt(question.note);
  }, [view, syncs]);

  useEffect(() => {
    const onHide = () => {
      for (const sync of syncs.values()) sync.flushOnExit();
    };
    window.addEventListener("pagehide", onHide);
    return () => window.removeEventListener("pagehide", onHide);
  }, [syncs]);

  return syncs;
}

export function useNote(sync: NoteSync) {
  return useSyncExternalStore(sync.subscribe, sync.get, sync.get);
}
