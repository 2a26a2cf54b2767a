"use client";

import { useQuery } from "@tanstack/react-query";
import { Fragment } from "react";
import { MarkdownHtml } from "@/components/markdown";
import type { RevealView } from "../dto";
import { postFeedback, type AnswerFeedback } from "./api";

/**
 * Feedback on a submitted answer, fetched once per answer (it never changes after submission). The
 * answer is the proof of an attempt: nothing is asked for before the candidate has answered.
 */
export function useAnswerFeedback(request: { questionId: string; versionId: string; answer: string }, enabled: boolean) {
  return useQuery({
    queryKey: ["practice-feedback", request.questionId, request.versionId, request.answer],
    queryFn: ({ signal }) => postFeedback(request, signal),
    enabled: enabled && request.answer.trim() !== "",
    staleTime: Infinity,
    retry: false,
  });
}

const WORD = /([\p{L}\p{N}]+(?:['’][\p{L}]+)*)/u;

/** The answer as typed, with every word that matched a covered key point in a <mark>. */
export function MarkedAnswer({ answer, feedback }: { answer: string; feedback?: AnswerFeedback }) {
  const covered = feedback?.keyPoints.filter((point) => point.covered) ?? [];
  const matched = new Set(covered.flatMap((point) => point.matched.map((word) => word.toLowerCase())));
  const parts = answer.split(WORD);
  return (
    <p className="whitespace-pre-wrap break-words" data-testid="own-answer">
      {parts.map((part, i) =>
        i % 2 === 1 && matched.has(part.toLowerCase()) ? (
          <mark key={i} className="rounded-sm bg-accent/15 px-0.5 font-medium text-ink underline decoration-accent decoration-2 underline-offset-2">{part}</mark>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </p>
  );
}

type Props = { state: ReturnType<typeof useAnswerFeedback>; wrongAnswers: RevealView["wrongAnswers"] };

/** Key points covered and missed, and the common wrong answers the answer sounds like: a hint, not a grade. */
export function FeedbackPanel({ state, wrongAnswers }: Props) {
  return (
    <section aria-labelledby="feedback-heading" className="space-y-4 rounded-lg border border-line bg-surface p-5" data-testid="answer-feedback">
      <div>
        <h2 id="feedback-heading" className="text-lg font-semibold">Feedback on your answer</h2>
        <p className="text-sm text-muted">
          A hint from matching your words with the model answer&apos;s key points and the common wrong answers, not a grade: a right answer in other words can show as missed. You grade yourself.
        </p>
      </div>
      <div aria-live="polite">
        {state.isPending ? <p className="text-sm text-muted">Comparing your answer…</p> : null}
        {state.isError ? <p className="text-sm text-danger">No feedback this time: {state.error.message}</p> : null}
      </div>
      {state.data ? <FeedbackBody feedback={state.data} wrongAnswers={wrongAnswers} /> : null}
    </section>
  );
}

function FeedbackBody({ feedback, wrongAnswers }: { feedback: AnswerFeedback; wrongAnswers: RevealView["wrongAnswers"] }) {
  const covered = feedback.keyPoints.filter((point) => point.covered).length;
  return (
    <>
      <div>
        <h3 className="text-sm font-semibold" data-testid="coverage-summary">
          Key points covered: {covered} of {feedback.keyPoints.length}
        </h3>
        <p className="text-xs text-muted">Your words that matched a covered key point are marked in your answer.</p>
        <ul className="mt-2 space-y-2">
          {feedback.keyPoints.map((point, i) => (
            <li key={i} className="flex items-start gap-2 text-sm" data-testid="key-point" data-covered={point.covered}>
              <span aria-hidden className={point.covered ? "font-bold text-ok" : "font-bold text-muted"}>{point.covered ? "✓" : "○"}</span>
              <span>
                <span className="font-semibold">{point.covered ? "Covered" : "Missed"}:</span> {point.text}
                {point.covered && point.matched.length ? <span className="block text-xs text-muted">Matched: {point.matched.join(", ")}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      </div>
      {wrongAnswers.length ? (
        <div>
          <h3 className="text-sm font-semibold">Common wrong answers</h3>
          {feedback.echoes.length ? (
            <ul className="mt-2 space-y-3">
              {feedback.echoes.map((echo) => {
                const wrong = wrongAnswers[echo.index];
                return (
                  <li key={echo.index} className="border-l-4 border-warn pl-3 text-sm" data-testid="echo">
                    <p className="font-semibold">Your answer sounds like common wrong answer {echo.index + 1}:</p>
                    {wrong ? <MarkdownHtml html={wrong.answerHtml} /> : <p>{echo.answer}</p>}
                    <p className="mt-1 font-semibold">Why it is wrong:</p>
                    {wrong?.whyHtml ? <MarkdownHtml html={wrong.whyHtml} className="text-muted" /> : <p className="text-muted">{echo.why || "No reason was written."}</p>}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="mt-1 text-sm" data-testid="no-echo">Your answer does not sound like any of them.</p>
          )}
        </div>
      ) : null}
    </>
  );
}
