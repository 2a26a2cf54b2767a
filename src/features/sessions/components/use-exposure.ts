"use client";

import { useEffect, useState } from "react";
import { checkExposureAction } from "../actions";
import type { SeenQuestion } from "./exposure-warning";

/**
 * Which of the picked questions this candidate (by email, or the record of a session being
 * edited) met before: asked in an earlier session, or practised alone. Re-checked, debounced, as
 * the email or the picks change.
 */
export function useExposure(candidate: { email?: string | null; id?: string }, questions: Array<{ id: string; title: string }>): SeenQuestion[] {
  // Results are kept with the inputs they answer, so stale results are never shown.
  const [answer, setAnswer] = useState<{ key: string; seen: SeenQuestion[] }>({ key: "", seen: [] });
  const email = candidate.email?.trim() ?? "";
  const candidateId = candidate.id;
  const enabled = (email.includes("@") || Boolean(candidateId)) && questions.length > 0;
  const key = `${candidateId ?? ""}|${email}|${questions.map((q) => q.id).join(",")}`;
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const result = await checkExposureAction({ candidateId, candidateEmail: email, questionIds: questions.map((q) => q.id) });
      if (cancelled || !result.ok) return;
      const titles = new Map(questions.map((q) => [q.id, q.title]));
      setAnswer({ key, seen: result.data.map((item) => ({ ...item, title: titles.get(item.questionId) ?? "A question" })) });
    }, 400);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `key` stands for the candidate and the picked ids; the arrays themselves change identity on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled]);
  return enabled && answer.key === key ? answer.seen : [];
}
