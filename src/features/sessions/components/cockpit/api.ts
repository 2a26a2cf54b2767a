// The cockpit's calls to the sessions JSON API (docs/api.md). Client-side, no server imports.
import type { SessionAction } from "../../state";
import type { InterviewerView, NoteView } from "../../types";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, cache: "no-store", headers: { "Content-Type": "application/json" } });
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!response.ok) {
    throw new ApiError(response.status, body?.error?.code ?? "INTERNAL", body?.error?.message ?? "Something went wrong", body);
  }
  return body as T;
}

export const fetchSession = (id: string) => call<InterviewerView>(`/api/sessions/${id}`);

export const postAction = (id: string, type: SessionAction, expectedRevision: number) =>
  call<InterviewerView>(`/api/sessions/${id}/actions`, { method: "POST", body: JSON.stringify({ type, expectedRevision }) });

export const noteUrl = (id: string, position: number) => `/api/sessions/${id}/questions/${position}/note`;

export const putNote = (id: string, position: number, note: NoteView) =>
  call<NoteView>(noteUrl(id, position), { method: "PUT", body: JSON.stringify(note) });
