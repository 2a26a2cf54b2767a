"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { transition, UNDO_WINDOW_MS, type SessionAction, type SessionActionType, type SessionState } from "../../state";
import type { InterviewerView } from "../../types";
import { ApiError, NETWORK_MESSAGE } from "@/lib/api-client";
import { postAction } from "./api";
import { newer, sessionKey, type Received } from "./use-session";

/** An action without parameters may be named by its type alone. */
type SimpleAction = Exclude<SessionActionType, "goto">;
export type Dispatch = (action: SessionAction | SimpleAction) => void;
const asAction = (action: SessionAction | SimpleAction): SessionAction => (typeof action === "string" ? { type: action } : action);

/** The pure state of a view, so the cockpit can ask `transition` which actions make sense now. */
export function stateOf(view: InterviewerView): SessionState {
  const date = (value: string | null) => (value ? new Date(value) : null);
  return {
    status: view.status,
    currentIndex: view.currentIndex,
    startedAt: date(view.startedAt),
    endedAt: date(view.endedAt),
    questions: view.questions.map((q) => ({
      probeCount: q.probes.length,
      revealedProbes: q.revealedProbes,
      elapsedMs: q.elapsedMs,
      activeSince: date(q.activeSince),
    })),
    lastReveal: view.lastReveal ? { at: new Date(view.lastReveal.at), by: view.lastReveal.by } : null,
  };
}

/** Whether `action` by this interviewer made sense when the view was read. */
export function allowed(view: InterviewerView, action: SessionAction | SimpleAction): boolean {
  return transition(stateOf(view), asAction(action), new Date(view.serverNow), view.me.id).ok;
}

/**
 * Milliseconds left to undo this interviewer's last reveal, by the server's clock (the local one
 * corrected by `offsetMs`); 0 when there is nothing of theirs to undo.
 */
export function undoLeftMs(view: InterviewerView, now: number | null, offsetMs: number): number {
  if (now === null || view.status !== "LIVE" || view.lastReveal?.by !== view.me.id) return 0;
  return Math.max(0, Date.parse(view.lastReveal.at) + UNDO_WINDOW_MS - (now + offsetMs));
}

/**
 * Sends an action with the revision on screen (compare-and-set). Only one at a time: a second
 * key press while one is in flight is ignored rather than queued against a stale revision.
 */
export function useSessionActions(view: InterviewerView) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: ({ action, revision }: { action: SessionAction; revision: number }) => postAction(view.endpoint, action, revision),
    onSuccess: (next) => {
      setError(null);
      queryClient.setQueryData<Received>(sessionKey(view.id), (current) => newer(current, next));
    },
    onError: (failure) => {
      setError(failure instanceof ApiError ? failure.message : NETWORK_MESSAGE);
      void queryClient.invalidateQueries({ queryKey: sessionKey(view.id) });
    },
  });
  const { mutate, isPending } = mutation;
  const dispatch = useCallback<Dispatch>(
    (action) => {
      if (isPending) return;
      mutate({ action: asAction(action), revision: view.revision });
    },
    [isPending, mutate, view.revision],
  );
  const pending: SessionActionType | null = isPending ? mutation.variables?.action.type ?? null : null;
  return { dispatch, pending, error, clearError: () => setError(null) };
}
