// The cockpit's calls to the sessions JSON API (docs/api.md). Client-side, no server imports.
import { apiFetch } from "@/lib/api-client";
import type { SessionAction } from "../../state";
import type { InterviewerView, NoteView } from "../../types";

export const fetchSession = (id: string) => apiFetch<InterviewerView>(`/api/sessions/${id}`);

/** An action on the revision on screen (`goto` carries its position); docs/api.md. */
export const postAction = (id: string, action: SessionAction, expectedRevision: number) =>
  apiFetch<InterviewerView>(`/api/sessions/${id}/actions`, { method: "POST", body: { ...action, expectedRevision } });

/** Saves one interviewer's note; a 409 carries the note as it now stands (`current`). */
export const putNote = (id: string, position: number, note: NoteView, { keepalive = false } = {}) =>
  apiFetch<NoteView>(`/api/sessions/${id}/questions/${position}/note`, { method: "PUT", body: note, keepalive });

/** The pad's language for every side (the code pad, docs/api.md). */
export const putPadLanguage = (id: string, position: number, language: string) =>
  apiFetch<{ language: string }>(`/api/sessions/${id}/pads/${position}/language`, { method: "PUT", body: { language } });

/** Appends the code blocks of the question's prompt to its pad. */
export const postLoadCode = (id: string, position: number) =>
  apiFetch<{ seq: number; language: string }>(`/api/sessions/${id}/pads/${position}/load-code`, { method: "POST" });
