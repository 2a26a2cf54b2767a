"use client";

import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { SaveStatusText } from "@/components/ui/save-status";
import type { AutosaveState, SaveStatus } from "@/lib/autosave/types";
import type { NoteFields } from "./note-sync";

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: "Saved",
  pending: "Saving…",
  saving: "Saving…",
  offline: "Offline — kept on this device, will send when you're back",
  retrying: "Not saved yet — kept on this device, retrying",
  conflict: "Not saved — changed elsewhere",
  invalid: "Not saved",
};

/** Notes for this question, saved as you type; a conflict with another tab is shown, with a choice. */
export function NoteEditor({
  position,
  state,
  onChange,
  onResolve,
}: {
  position: number;
  state: AutosaveState<NoteFields>;
  onChange: (notes: string) => void;
  onResolve: (choice: "mine" | "theirs") => void;
}) {
  const id = `notes-${position}`;
  return (
    <section className="rounded-lg border border-line bg-surface p-5">
      <div className="mb-2 flex items-center justify-between gap-2">
        <label htmlFor={id} className="font-semibold">Your notes</label>
        <SaveStatusText status={state.status}>
          {STATUS_TEXT[state.status]}
          {state.status === "invalid" && state.message ? `: ${state.message}` : null}
        </SaveStatusText>
      </div>
      <Textarea
        id={id}
        rows={6}
        value={state.value.notes}
        onChange={(event) => onChange(event.target.value)}
        placeholder="What the candidate said, where they needed help…"
      />
      <p className="mt-1 text-xs text-muted">Only you see your notes and rating; each interviewer on the panel keeps their own.</p>
      {state.status === "conflict" ? (
        <div role="alert" className="mt-3 rounded-md border border-danger p-3 text-sm">
          <p className="font-medium text-danger">This note was changed in another tab or window since your edit began.</p>
          {state.conflict ? (
            <p className="mt-1 whitespace-pre-wrap text-muted">
              <span className="font-medium">Other version: </span>
              {state.conflict.value.notes || "(no notes)"}
              {state.conflict.value.rating ? ` · rated ${state.conflict.value.rating}` : ""}
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
