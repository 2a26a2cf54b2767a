"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { transition, type SessionAction, type SessionState } from "../../state";
import type { InterviewerView } from "../../types";
import { ApiError, NETWORK_MESSAGE } from "@/lib/api-client";
import { postAction } from "./api";
import { newer, sessionKey, type Received } from "./use-session";

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
  };
}

export function allowed(view: InterviewerView, action: SessionAction): boolean {
  return transition(stateOf(view), action, new Date(view.serverNow)).ok;
}

/**
 * Sends an action with the revision on screen (compare-and-set). Only one at a time: a second
 * key press while one is in flight is ignored rather than queued against a stale revision.
 */
export function useSessionActions(view: InterviewerView) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: ({ type, revision }: { type: SessionAction; revision: number }) => postAction(view.id, type, revision),
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
  const dispatch = useCallback(
    (type: SessionAction) => {
      if (isPending) return;
      mutate({ type, revision: view.revision });
    },
    [isPending, mutate, view.revision],
  );
  return { dispatch, pending: isPending ? mutation.variables?.type ?? null : null, error, clearError: () => setError(null) };
}
