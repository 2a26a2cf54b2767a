// What a scorecard needs before it can be submitted. Pure.
//
// Decision (docs/api-scorecards.md): every question the interview REACHED must be rated; a
// question is reached when its position is at or before the furthest position the session got
// to (the current question when it ended, or any later one that has time on its clock or a
// revealed probe). Questions never reached may stay unrated: the scorecard shows them as
// "not reached" instead of asking for a fake "not asked" rating.
import type { FieldErrors } from "@/lib/app-error";

export type QuestionProgress = { position: number; elapsedMs: number; revealedProbes: number; active: boolean };

export function furthestReached(currentIndex: number, questions: readonly QuestionProgress[]): number {
  let furthest = currentIndex;
  for (const q of questions) {
    if ((q.elapsedMs > 0 || q.revealedProbes > 0 || q.active) && q.position > furthest) furthest = q.position;
  }
  return furthest;
}

export type SubmitCheck = {
  recommendation: unknown;
  level: unknown;
  questions: ReadonlyArray<{ questionId: string; position: number; title: string; reached: boolean; rating: number | null }>;
};

/** Field errors naming what is missing; empty when the scorecard can be submitted. */
export function missingForSubmit(card: SubmitCheck): FieldErrors {
  const errors: FieldErrors = {};
  for (const q of card.questions) {
    if (q.reached && q.rating === null) errors[`ratings.${q.questionId}`] = [`Rate question ${q.position + 1}, “${q.title}”`];
  }
  if (!card.recommendation) errors.recommendation = ["Choose a recommendation"];
  if (!card.level) errors.level = ["Choose an estimated level"];
  return errors;
}
