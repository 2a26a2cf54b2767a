"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAdoptEarlyChoice } from "@/components/ui/early-input";
import { Field, Select, Textarea } from "@/components/ui/field";
import { SaveStatusText } from "@/components/ui/save-status";
import { Alert } from "@/components/ui/states";
import type { SaveStatus } from "@/lib/autosave/types";
import { LEVEL_LABELS, LEVEL_WORDS, toLevel, toLevelWord, type LevelWord } from "@/lib/levels";
import { useTimeZone } from "@/lib/time-zone-context";
import { suggestLevel } from "../level-estimate";
import { RECOMMENDATION_LABELS, RECOMMENDATIONS, type RecommendationWord } from "../schemas";
import type { ScorecardView } from "../types";
import { RatingGroup } from "./rating-group";
import { ScorecardReadonly } from "./scorecard-readonly";
import { useScorecardDraft } from "./use-scorecard-draft";

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: "All changes saved",
  pending: "Unsaved changes…",
  saving: "Saving…",
  offline: "Offline — kept on this device, will send when you're back",
  retrying: "Could not save yet; kept on this device, retrying…",
  conflict: "Not saved: changed elsewhere",
  invalid: "Not saved",
};

/** The interviewer's own scorecard: prefilled from the cockpit, saved as they type, then submitted. */
export function ScorecardForm({ sessionId, initial, canSubmit, userId }: { sessionId: string; initial: ScorecardView; canSubmit: boolean; userId: string }) {
  const router = useRouter();
  const s = useScorecardDraft(sessionId, initial, userId);
  const [confirming, setConfirming] = useState(false);
  const { timeZone } = useTimeZone();
  const locked = s.card.status === "submitted" && !s.amending;
  const { draft, fieldErrors: fe } = s;
  useAdoptEarlyChoice("recommendation", draft.recommendation, RECOMMENDATIONS, (r) => s.edit((d) => ({ ...d, recommendation: r })));

  if (locked) {
    return (
      <div className="space-y-3">
        <Alert tone="ok">Submitted. Your scorecard is locked; amending it keeps this version in its history.</Alert>
        <ScorecardReadonly card={s.card} timeZone={timeZone} heading="h2" />
        <Button variant="secondary" onClick={s.startAmending}>Amend</Button>
      </div>
    );
  }

  const suggested = suggestLevel(s.card.ratings.map((r) => ({ level: r.level, rating: draft.ratings[r.questionId]?.rating ?? null })));
  const setRating = (questionId: string, patch: Partial<{ rating: 1 | 2 | 3 | 4 | null; notes: string }>) =>
    s.edit((d) => ({ ...d, ratings: { ...d.ratings, [questionId]: { ...d.ratings[questionId]!, ...patch } } }));

  async function submit() {
    setConfirming(false);
    if (await s.submit()) router.refresh();
  }
  async function saveAmendment() {
    setConfirming(false);
    if (await s.saveAmendment()) router.refresh();
  }

  return (
    <form className="space-y-6" noValidate onSubmit={(e) => e.preventDefault()} aria-label="Your scorecard">
      <div className="sticky top-0 z-10 -mx-1 flex flex-wrap items-center gap-3 bg-canvas/95 px-1 py-2 text-sm">
        <SaveStatusText status={s.status}>
          {s.amending ? "Amending: changes are saved when you save the amendment" : STATUS_TEXT[s.status]}
        </SaveStatusText>
      </div>
      {s.status === "conflict" ? (
        <Alert>
          {s.message} Your latest edits are still on screen.{" "}
          {s.keepMine ? (
            <>
              <button type="button" className="underline" onClick={s.keepMine}>Keep mine</button>
              {" or "}
            </>
          ) : null}
          <button type="button" className="underline" onClick={s.discardMine}>Reload the saved version</button>
        </Alert>
      ) : s.message ? (
        <Alert>{s.message}</Alert>
      ) : null}

      <ol className="space-y-4">
        {s.card.ratings.map((q) => {
          const edit = draft.ratings[q.questionId]!;
          const missing = edit.rating === null ? fe[`ratings.${q.questionId}`]?.join(" ") : undefined;
          return (
            <li key={q.questionId} className="space-y-3 rounded-lg border border-line bg-surface p-4" data-testid={`question-${q.position + 1}`}>
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <h3 className="font-medium">
                  {q.position + 1}. {q.title}
                </h3>
                <span className="text-xs text-muted">{LEVEL_LABELS[q.level]}</span>
                {!q.reached ? <span className="text-xs text-muted">Not reached: rating optional</span> : null}
              </div>
              <dl className="grid gap-1 text-xs text-muted sm:grid-cols-3">
                <div><dt className="inline">Probes reached: </dt><dd className="inline">{q.probesReached}/{q.probeCount}</dd></div>
                <div><dt className="inline">Hints given: </dt><dd className="inline">{q.hintedProbes.length ? q.hintedProbes.join("; ") : "none"}</dd></div>
                <div><dt className="inline">Wrong answers heard: </dt><dd className="inline">{q.heardWrongAnswers.length ? q.heardWrongAnswers.join("; ") : "none"}</dd></div>
              </dl>
              <RatingGroup name={`rating-${q.questionId}`} legend={`Rating for question ${q.position + 1}`} value={edit.rating} onChange={(rating) => setRating(q.questionId, { rating })} error={missing} />
              <Field id={`notes-${q.questionId}`} label={`Notes on question ${q.position + 1}`}>
                <Textarea id={`notes-${q.questionId}`} rows={3} value={edit.notes} onChange={(e) => setRating(q.questionId, { notes: e.target.value })} />
              </Field>
            </li>
          );
        })}
      </ol>

      <section className="space-y-4 rounded-lg border border-line bg-surface p-4" aria-labelledby="overall-heading">
        <h2 id="overall-heading" className="font-semibold">Overall</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="level"
            label="Estimated level"
            errors={draft.level ? undefined : fe.level}
            hint={
              suggested ? (
                <span data-testid="level-suggestion">
                  Suggested from the ratings: {LEVEL_LABELS[suggested]}.{" "}
                  {draft.level !== toLevelWord(suggested) ? (
                    <button type="button" className="underline" onClick={() => s.edit((d) => ({ ...d, level: toLevelWord(suggested) }))}>Use it</button>
                  ) : null}
                </span>
              ) : (
                "Rate some questions to get a suggestion."
              )
            }
          >
            <Select id="level" value={draft.level ?? ""} invalid={!draft.level && !!fe.level} onChange={(e) => s.edit((d) => ({ ...d, level: (e.target.value || null) as LevelWord | null }))}>
              <option value="">Choose…</option>
              {LEVEL_WORDS.map((l) => (
                <option key={l} value={l}>{LEVEL_LABELS[toLevel(l)]}</option>
              ))}
            </Select>
          </Field>
          <fieldset className="space-y-1" aria-describedby={!draft.recommendation && fe.recommendation ? "recommendation-error" : undefined}>
            <legend className="text-sm font-medium">Recommendation</legend>
            <div className="flex flex-wrap gap-2">
              {RECOMMENDATIONS.map((r) => (
                <label key={r} className={`flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm ${draft.recommendation === r ? "border-accent bg-canvas font-medium" : "border-line"}`}>
                  <input type="radio" name="recommendation" value={r} checked={draft.recommendation === r} onChange={() => s.edit((d) => ({ ...d, recommendation: r as RecommendationWord }))} />
                  {RECOMMENDATION_LABELS[r]}
                </label>
              ))}
            </div>
            {!draft.recommendation && fe.recommendation ? <p id="recommendation-error" role="alert" className="text-sm text-danger">{fe.recommendation.join(" ")}</p> : null}
          </fieldset>
        </div>
        <Field id="summary" label="Summary">
          <Textarea id="summary" rows={4} value={draft.summary} onChange={(e) => s.edit((d) => ({ ...d, summary: e.target.value }))} />
        </Field>
      </section>

      {confirming ? (
        <div className="space-y-3 rounded-lg border border-accent bg-surface p-4" role="alertdialog" aria-labelledby="confirm-heading">
          <h2 id="confirm-heading" className="font-semibold">{s.amending ? "Save this amendment?" : "Submit your scorecard?"}</h2>
          <p className="text-sm text-muted">
            {s.amending
              ? "The version you submitted before is kept in the scorecard's history, with your name and the time."
              : "Submitting locks it. You can still amend it later; the submitted version is kept."}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => void (s.amending ? saveAmendment() : submit())}>{s.amending ? "Save amendment" : "Yes, submit"}</Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>Keep editing</Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          {s.amending ? (
            <>
              <Button onClick={() => setConfirming(true)}>Save amendment…</Button>
              <Button variant="secondary" onClick={s.cancelAmending}>Cancel</Button>
            </>
          ) : (
            <Button onClick={() => setConfirming(true)} disabled={!canSubmit || s.status === "conflict"}>Submit scorecard…</Button>
          )}
          {!canSubmit && !s.amending ? <span className="text-sm text-muted">You can submit once the session has ended.</span> : null}
        </div>
      )}
    </form>
  );
}
