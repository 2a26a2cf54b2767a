"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldErrors } from "@/lib/app-error";
import { useSaveGuards } from "@/lib/use-save-guards";
import type { ScorecardView } from "../types";
import { ApiError, putScorecard, submitScorecardRequest } from "./api";
import { changesBetween, draftOf, type Draft } from "./draft";

export type SaveStatus = "saved" | "pending" | "saving" | "retrying" | "conflict" | "invalid";

const TYPING_DELAY_MS = 700;
const RETRY_MS = 2000;

/**
 * The scorecard form's state: saved as the interviewer types (debounced, one request at a time,
 * in order), each save naming the revision it is based on. A 409 (changed in another tab) stops
 * autosaving and is shown; a network failure is retried. While amending a submitted scorecard,
 * nothing is saved until the interviewer saves the amendment as a whole.
 */
export function useScorecardDraft(sessionId: string, initial: ScorecardView) {
  const [card, setCard] = useState(initial);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failures, setFailures] = useState(0);
  const [amending, setAmending] = useState(false);
  const [again, setAgain] = useState(0);

  const saved = useRef(draftOf(initial));
  const latest = useRef(draftOf(initial));
  const revision = useRef(initial.revision);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const autosave = useRef(initial.status === "draft");
  const blocked = useRef(false);

  const accept = useCallback((view: ScorecardView, sent: Draft) => {
    revision.current = view.revision;
    saved.current = sent;
    setCard(view);
  }, []);

  const fail = useCallback((error: unknown) => {
    if (error instanceof ApiError && error.status === 409) {
      blocked.current = true;
      setStatus("conflict");
      setMessage(error.message);
    } else if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
      setStatus("invalid");
      setMessage(error.message);
      setFieldErrors(error.fieldErrors ?? {});
    } else {
      setStatus("retrying");
      setFailures((n) => n + 1);
    }
  }, []);

  const flush = useCallback((): Promise<unknown> => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(async () => {
      if (!autosave.current || blocked.current) return;
      const sending = latest.current;
      const changes = changesBetween(saved.current, sending);
      if (!changes) return setStatus("saved");
      setStatus("saving");
      try {
        accept(await putScorecard(sessionId, { ...changes, revision: revision.current }), sending);
        setMessage(null);
        const more = changesBetween(saved.current, latest.current);
        setStatus(more ? "pending" : "saved");
        // Edits made while this save was in flight go out next (see the effect below).
        if (more) setAgain((n) => n + 1);
      } catch (error) {
        fail(error);
      }
    });
    return chain.current;
  }, [accept, fail, sessionId]);

  const edit = useCallback(
    (update: (d: Draft) => Draft) => {
      latest.current = update(latest.current);
      setDraft(latest.current);
      if (!autosave.current || blocked.current) return;
      setStatus("pending");
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), TYPING_DELAY_MS);
    },
    [flush],
  );

  /** Saves what is pending, then submits. Resolves true when the scorecard is now submitted. */
  const submit = useCallback(async (): Promise<boolean> => {
    await flush();
    if (blocked.current) return false;
    try {
      const view = await submitScorecardRequest(sessionId, revision.current);
      accept(view, draftOf(view));
      autosave.current = false;
      setFieldErrors({});
      setMessage(null);
      setStatus("saved");
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  }, [accept, fail, flush, sessionId]);

  const startAmending = useCallback(() => {
    setAmending(true);
    setFieldErrors({});
    setMessage(null);
  }, []);

  const cancelAmending = useCallback(() => {
    latest.current = saved.current;
    setDraft(saved.current);
    setAmending(false);
    setFieldErrors({});
    setMessage(null);
  }, []);

  /** Saves the whole amendment at once; the submitted version before it is kept on the server. */
  const saveAmendment = useCallback(async (): Promise<boolean> => {
    const sending = latest.current;
    const changes = changesBetween(saved.current, sending);
    if (!changes) {
      setAmending(false);
      return true;
    }
    setStatus("saving");
    try {
      accept(await putScorecard(sessionId, { ...changes, revision: revision.current, amend: true }), sending);
      setAmending(false);
      setFieldErrors({});
      setMessage(null);
      setStatus("saved");
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  }, [accept, fail, sessionId]);

  useEffect(() => {
    if (again) void flush();
  }, [again, flush]);

  useSaveGuards(flush, failures, RETRY_MS, timer);

  return { card, draft, edit, status, message, fieldErrors, submit, amending, startAmending, cancelAmending, saveAmendment };
}
