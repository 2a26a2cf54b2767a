// The cockpit's calls to the sessions JSON API (docs/api.md). Client-side, no server imports.
import { apiFetch } from "@/lib/api-client";
import type { SessionAction } from "../../state";
import type { InterviewerView, NoteView } from "../../types";

// `endpoint` is the view's own (`InterviewerView.endpoint`): a session's API, or a mock friend's link's.
export const fetchSession = (endpoint: string) => apiFetch<InterviewerView>(endpoint);

/** An action on the revision on screen (`goto` carries its position); docs/api.md. */
export const postAction = (endpoint: string, action: SessionAction, expectedRevision: number) =>
  apiFetch<InterviewerView>(`${endpoint}/actions`, { method: "POST", body: { ...action, expectedRevision } });

/** Saves one interviewer's note; a 409 carries the note as it now stands (`current`). */
export const putNote = (endpoint: string, position: number, note: NoteView, { keepalive = false } = {}) =>
  apiFetch<NoteView>(`${endpoint}/questions/${position}/note`, { method: "PUT", body: note, keepalive });

/** The pad's language for every side (the code pad, docs/api.md). */
export const putPadLanguage = (id: string, position: number, language: string) =>
  apiFetch<{ language: string }>(`/api/sessions/${id}/pads/${position}/language`, { method: "PUT", body: { language } });

/** Appends the code blocks of the question's prompt to its pad. */
export const postLoadCode = (id: string, position: number) =>
  apiFetch<{ seq: number; language: string }>(`/api/sessions/${id}/pads/${position}/load-code`, { method: "POST" });
