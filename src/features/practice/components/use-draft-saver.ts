"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionError, ActionResult } from "@/lib/app-error";
import { browserEdits, editKey, restoreDecision, stableJson, type Restore } from "@/lib/unsent-edits";
import { isOffline, useSaveGuards } from "@/lib/use-save-guards";
import { saveDraftAction } from "../actions";
import type { Draft } from "../run-state";

export type SaveStatus = "saved" | "saving" | "offline" | "retrying" | "stale";

const DEBOUNCE_MS = 600;
const RETRY_MS = 2000;

const sameDraft = (a: Draft, b: Draft) => stableJson(a) === stableJson(b);

/**
 * Saves the run's draft as the candidate types: debounced, one request at a time and in order
 * (a slow early save can never overwrite a later one), retried when the network fails.
 * `commit` runs a server action that stores the draft itself (reveal, grade) after any save in flight.
 * Each draft is also kept in the browser until saved (src/lib/unsent-edits.ts); the server keeps
 * no revision for drafts, so an edit's base is a fingerprint of the draft last saved.
 */
export function useDraftSaver(runId: string, position: number, initial: Draft, userId: string) {
  const mutation = useMutation({
    mutationFn: async (draft: Draft) => {
      const result = await saveDraftAction({ runId, position, draft });
      if (!result.ok) throw result.error;
      return result.data;
    },
  });
  const mutate = useRef(mutation.mutateAsync);
  useEffect(() => {
    mutate.current = mutation.mutateAsync;
  }, [mutation.mutateAsync]);

  const key = editKey(userId, "practice", runId, position);
  const latest = useRef(initial);
  const saved = useRef(stableJson(initial));
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [staleMessage, setStaleMessage] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);

  const settle = useCallback((error?: ActionError) => {
    if (error?.code === "CONFLICT" || error?.code === "NOT_FOUND") {
      setStatus("stale");
      setStaleMessage(error.message);
    } else if (error) {
      setStatus(isOffline() ? "offline" : "retrying");
    } else {
      setStatus(stableJson(latest.current) === saved.current ? "saved" : "saving");
    }
  }, []);

  const flush = useCallback((): Promise<unknown> => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(async () => {
      const draft = latest.current;
      const json = stableJson(draft);
      if (json === saved.current) return settle();
      // No network: wait for `online` (or the next retry) instead of failing a request.
      if (isOffline()) {
        setStatus("offline");
        return setFailures((n) => n + 1);
      }
      try {
        await mutate.current(draft);
        saved.current = json;
        const store = browserEdits();
        if (stableJson(latest.current) === json) store.remove(key, draft, sameDraft);
        else store.write(key, latest.current, json); // still kept, now based on what was just saved
        settle();
      } catch (error) {
        const appError = error as ActionError;
        settle(appError.code ? appError : { code: "INTERNAL", message: "Network error" });
        if (!appError.code || !["CONFLICT", "NOT_FOUND", "VALIDATION"].includes(appError.code)) setFailures((n) => n + 1);
      }
    });
    return chain.current;
  }, [key, settle]);

  const save = useCallback(
    (draft: Draft, immediate = false) => {
      latest.current = draft;
      if (stableJson(draft) === saved.current) return browserEdits().remove(key);
      browserEdits().write(key, draft, saved.current);
      setStatus((s) => (s === "stale" ? s : isOffline() ? "offline" : "saving"));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), immediate ? 0 : DEBOUNCE_MS);
    },
    [flush, key],
  );

  const commit = useCallback(
    <T,>(draft: Draft, call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> => {
      clearTimeout(timer.current);
      const run = chain.current.then(async () => {
        const result = await call();
        if (result.ok) {
          latest.current = draft;
          saved.current = stableJson(draft);
          // The committed draft holds everything on screen, so nothing is left to keep.
          browserEdits().remove(key);
          settle();
        } else if (result.error.code === "CONFLICT" || result.error.code === "NOT_FOUND") {
          settle(result.error);
        }
        return result;
      });
      chain.current = run.catch(() => undefined);
      return run;
    },
    [key, settle],
  );

  /**
   * A draft kept in this browser from an earlier visit, compared with what the server sent; call
   * once after mount. Drafts kept for the run's earlier questions are forgotten: those moved on.
   */
  const restore = useCallback((): Restore<Draft> => {
    const store = browserEdits();
    for (let earlier = 0; earlier < position; earlier++) store.remove(editKey(userId, "practice", runId, earlier));
    const decision = restoreDecision(store.read<Draft>(key), { base: saved.current, value: initial }, sameDraft);
    if (decision.kind === "landed") store.remove(key);
    return decision;
  }, [initial, key, position, runId, userId]);

  const discard = useCallback(() => browserEdits().remove(key), [key]);

  useSaveGuards(flush, failures, RETRY_MS, timer);

  return { status, staleMessage, save, commit, restore, discard };
}
