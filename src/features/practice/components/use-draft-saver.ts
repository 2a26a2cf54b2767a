"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionError, ActionResult } from "@/lib/app-error";
import { useSaveGuards } from "@/lib/use-save-guards";
import { saveDraftAction } from "../actions";
import type { Draft } from "../run-state";

export type SaveStatus = "saved" | "saving" | "retrying" | "stale";

const DEBOUNCE_MS = 600;
const RETRY_MS = 2000;

/**
 * Saves the run's draft as the candidate types: debounced, one request at a time and in order
 * (a slow early save can never overwrite a later one), retried when the network fails.
 * `commit` runs a server action that stores the draft itself (reveal, grade) after any save in flight.
 */
export function useDraftSaver(runId: string, position: number, initial: Draft) {
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

  const latest = useRef(initial);
  const saved = useRef(JSON.stringify(initial));
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
      setStatus("retrying");
    } else {
      setStatus(JSON.stringify(latest.current) === saved.current ? "saved" : "saving");
    }
  }, []);

  const flush = useCallback((): Promise<unknown> => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(async () => {
      const draft = latest.current;
      const json = JSON.stringify(draft);
      if (json === saved.current) return settle();
      try {
        await mutate.current(draft);
        saved.current = json;
        settle();
      } catch (error) {
        const appError = error as ActionError;
        settle(appError.code ? appError : { code: "INTERNAL", message: "Network error" });
        if (!appError.code || !["CONFLICT", "NOT_FOUND", "VALIDATION"].includes(appError.code)) setFailures((n) => n + 1);
      }
    });
    return chain.current;
  }, [settle]);

  const save = useCallback(
    (draft: Draft, immediate = false) => {
      latest.current = draft;
      if (JSON.stringify(draft) === saved.current) return;
      setStatus((s) => (s === "stale" ? s : "saving"));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), immediate ? 0 : DEBOUNCE_MS);
    },
    [flush],
  );

  const commit = useCallback(
    <T,>(draft: Draft, call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> => {
      clearTimeout(timer.current);
      const run = chain.current.then(async () => {
        const result = await call();
        if (result.ok) {
          latest.current = draft;
          saved.current = JSON.stringify(draft);
          settle();
        } else if (result.error.code === "CONFLICT" || result.error.code === "NOT_FOUND") {
          settle(result.error);
        }
        return result;
      });
      chain.current = run.catch(() => undefined);
      return run;
    },
    [settle],
  );

  useSaveGuards(flush, failures, RETRY_MS, timer);

  return { status, staleMessage, save, commit };
}
