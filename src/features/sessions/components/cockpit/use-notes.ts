"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { InterviewerView } from "../../types";
import { NoteSync } from "./note-sync";

/** One NoteSync per question of the session, for the life of the cockpit. */
export function useNoteSyncs(view: InterviewerView): Map<number, NoteSync> {
  const [syncs] = useState(
    () => new Map(view.questions.map((q) => [q.position, new NoteSync(view.id, q.position, q.note, { userId: view.me.id })])),
  );

  // A newer note from the server (saved in another tab) replaces an unchanged local one.
  useEffect(() => {
    for (const question of view.questions) syncs.get(question.position)?.adopt(question.note);
  }, [view, syncs]);

  useEffect(() => {
    // Edits kept in this browser from an earlier visit (offline, closed tab) come back after mount.
    for (const sync of syncs.values()) sync.restore();
    const onHide = () => {
      for (const sync of syncs.values()) sync.flushOnExit();
    };
    const onOnline = () => {
      for (const sync of syncs.values()) sync.retryNow();
    };
    window.addEventListener("pagehide", onHide);
    window.addEventListener("online", onOnline);
    return () => {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("online", onOnline);
    };
  }, [syncs]);

  return syncs;
}

export function useNote(sync: NoteSync) {
  return useSyncExternalStore(sync.subscribe, sync.get, sync.get);
}
