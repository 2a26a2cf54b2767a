"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "@/lib/api-client";
import type { FieldErrors } from "@/lib/app-error";
import { browserEdits, editKey, restoreDecision } from "@/lib/unsent-edits";
import { isOffline, useSaveGuards } from "@/lib/use-save-guards";
import type { ScorecardView } from "../types";
import { putScorecard, submitScorecardRequest } from "./api";
import { changesBetween, draftOf, type Draft } from "./draft";

export type SaveStatus = "saved" | "pending" | "saving" | "offline" | "retrying" | "conflict" | "invalid";

const TYPING_DELAY_MS = 700;
const RETRY_MS = 2000;

const sameDraft = (a: Draft, b: Draft) => changesBetween(a, b) === null;

/** A kept draft laid over the card's current questions (a question it lacks keeps the saved values). */
const onto = (card: ScorecardView, kept: Draft): Draft => {
  const base = draftOf(card);
  const ratings = Object.fromEntries(Object.entries(base.ratings).map(([id, r]) => [id, kept.ratings[id] ?? r]));
  return { ...kept, ratings };
};

/**
 * The scorecard form's state: saved as the interviewer types (debounced, one request at a time,
 * in order), each save naming the revision it is based on. A 409 (changed in another tab) stops
 * autosaving and is shown; a network failure is retried. While amending a submitted scorecard,
 * nothing is saved until the interviewer saves the amendment as a whole. Draft edits are kept in
 * the browser (src/lib/unsent-edits.ts) until the server has them: offline, a closed tab or a
 * server restart loses nothing.
 */
export function useScorecardDraft(sessionId: string, initial: ScorecardView, userId: string) {
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
  // The scorecard saved elsewhere that refused our save: "keep mine" saves over this one.
  const [theirs, setTheirs] = useState<ScorecardView | null>(null);
  const key = editKey(userId, "scorecard", sessionId);

  const remember = useCallback(() => {
    if (autosave.current) browserEdits().write(key, latest.current, revision.current);
  }, [key]);

  const accept = useCallback((view: ScorecardView, sent: Draft) => {
    revision.current = view.revision;
    saved.current = sent;
    setCard(view);
  }, []);

  const fail = useCallback((error: unknown) => {
    if (error instanceof ApiError && error.status === 409) {
      setTheirs((error.current as ScorecardView | undefined) ?? null);
      blocked.current = true;
      setStatus("conflict");
      setMessage(error.message);
    } else if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
      setStatus("invalid");
      setMessage(error.message);
      setFieldErrors(error.fieldErrors ?? {});
    } else {
      setStatus(isOffline() ? "offline" : "retrying");
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
      // No network: wait for `online` (or the next retry) instead of failing a request.
      if (isOffline()) return fail(new TypeError("offline"));
      setStatus("saving");
      try {
        accept(await putScorecard(sessionId, { ...changes, revision: revision.current }), sending);
        setMessage(null);
        const more = changesBetween(saved.current, latest.current);
        setStatus(more ? "pending" : "saved");
        if (more) remember(); // still kept, now based on the new revision
        else browserEdits().remove(key, sending, sameDraft);
        // Edits made while this save was in flight go out next (see the effect below).
        if (more) setAgain((n) => n + 1);
      } catch (error) {
        fail(error);
      }
    });
    return chain.current;
  }, [accept, fail, key, remember, sessionId]);

  const edit = useCallback(
    (update: (d: Draft) => Draft) => {
      latest.current = update(latest.current);
      setDraft(latest.current);
      remember();
      if (!autosave.current || blocked.current) return;
      setStatus(isOffline() ? "offline" : "pending");
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), TYPING_DELAY_MS);
    },
    [flush, remember],
  );

  /** Resolves a conflict by saving the draft on screen over the version saved elsewhere. */
  const keepMine = useCallback(() => {
    if (!theirs) return;
    accept(theirs, draftOf(theirs));
    setTheirs(null);
    blocked.current = false;
    setMessage(null);
    remember();
    void flush();
  }, [accept, flush, remember, theirs]);

  /** A save the server accepted as a whole (submit, amendment): nothing left to show. */
  const settle = useCallback(() => {
    setFieldErrors({});
    setMessage(null);
    setStatus("saved");
  }, []);

  /** Resolves a conflict the other way: forget the edits kept here and load the saved version. */
  const discardMine = useCallback(() => {
    browserEdits().remove(key);
    window.location.reload();
  }, [key]);

  /** Saves what is pending, then submits. Resolves true when the scorecard is now submitted. */
  const submit = useCallback(async (): Promise<boolean> => {
    await flush();
    if (blocked.current) return false;
    try {
      const view = await submitScorecardRequest(sessionId, revision.current);
      accept(view, draftOf(view));
      autosave.current = false;
      browserEdits().remove(key);
      settle();
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  }, [accept, fail, flush, key, sessionId, settle]);

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
      settle();
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  }, [accept, fail, sessionId, settle]);

  useEffect(() => {
    if (again) void flush();
  }, [again, flush]);

  // Once, after mount (the server render has no browser storage): draft edits kept from an
  // earlier visit go back on screen and are sent, or are shown as a conflict when the scorecard
  // changed elsewhere since they began. A submitted scorecard supersedes them.
  useEffect(() => {
    const store = browserEdits();
    if (initial.status !== "draft") return store.remove(key);
    const decision = restoreDecision(store.read<Draft>(key), { base: initial.revision, value: draftOf(initial) }, sameDraft);
    if (decision.kind === "landed") store.remove(key);
    if (decision.kind !== "resend" && decision.kind !== "conflict") return;
    latest.current = onto(initial, decision.value);
    setDraft(latest.current);
    if (decision.kind === "resend") {
      setStatus("pending");
      void flush();
    } else {
      setTheirs(initial);
      blocked.current = true;
      setStatus("conflict");
      setMessage("The edits below were kept on this device from an earlier visit, and this scorecard was changed elsewhere since they began.");
    }
    // Only the first render's scorecard is what the kept edits are compared with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useSaveGuards(flush, failures, RETRY_MS, timer);

  return { card, draft, edit, status, message, fieldErrors, submit, amending, startAmending, cancelAmending, saveAmendment, keepMine: theirs ? keepMine : null, discardMine };
}
