"use client";

import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import type { NoteSnapshot } from "./note-sync";

const STATUS_TEXT: Record<NoteSnapshot["status"], string> = {
  saved: "Saved",
  pending: "Saving…",
  saving: "Saving…",
  offline: "Offline — kept on this device, will send when you're back",
  retrying: "Not saved yet — kept on this device, retrying",
  conflict: "Not saved — changed elsewhere",
  invalid: "Not saved",
};

export function SaveStatus({ snapshot }: { snapshot: NoteSnapshot }) {
  const bad = snapshot.status === "conflict" || snapshot.status === "invalid";
  const waiting = snapshot.status === "offline" || snapshot.status === "retrying";
  return (
    <span role="status" aria-live="polite" data-testid="save-status" className={cn("text-sm", bad ? "text-danger" : waiting ? "text-warn" : "text-muted")}>
      {STATUS_TEXT[snapshot.status]}
      {snapshot.status === "invalid" && snapshot.message ? `: ${snapshot.message}` : null}
    </span>
  );
}

/** Notes for this question, saved as you type; a conflict with another tab is shown, with a choice. */
export function NoteEditor({
  position,
  snapshot,
  onChange,
  onResolve,
}: {
  position: number;
  snapshot: NoteSnapshot;
  onChange: (notes: string) => void;
  onResolve: (choice: "mine" | "theirs") => void;
}) {
  const id = `notes-${position}`;
  return (
    <section className="rounded-lg border border-line bg-surface p-5">
      <div className="mb-2 flex items-center justify-between gap-2">
        <label htmlFor={id} className="font-semibold">Your notes</label>
        <SaveStatus snapshot={snapshot} />
      </div>
      <Textarea
        id={id}
        rows={6}
        value={snapshot.note.notes}
        onChange={(event) => onChange(event.target.value)}
        placeholder="What the candidate said, where they needed help…"
      />
      <p className="mt-1 text-xs text-muted">Only you see your notes and rating; each interviewer on the panel keeps their own.</p>
      {snapshot.status === "conflict" ? (
        <div role="alert" className="mt-3 rounded-md border border-danger p-3 text-sm">
          <p className="font-medium text-danger">This note was changed in another tab or window since your edit began.</p>
          {snapshot.conflict ? (
            <p className="mt-1 whitespace-pre-wrap text-muted">
              <span className="font-medium">Other version: </span>
              {snapshot.conflict.notes || "(no notes)"}
              {snapshot.conflict.rating ? ` · rated ${snapshot.conflict.rating}` : ""}
            </p>
          ) : null}
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => onResolve("mine")}>Keep mine</Button>
            <Button variant="secondary" onClick={() => onResolve("theirs")}>Use the other version</Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
