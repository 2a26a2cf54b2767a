// The scorecard form's local state and what changed since the last save. Pure, so the autosave
// sends only what the interviewer touched here: a rating changed meanwhile in the cockpit is
// never overwritten by a stale copy of it.
import type { LevelWord } from "@/lib/levels";
import type { RecommendationWord } from "../schemas";
import type { Rating, ScorecardView } from "../types";

export type RatingEdit = { rating: Rating | null; notes: string };

export type Draft = {
  ratings: Record<string, RatingEdit>;
  recommendation: RecommendationWord | null;
  level: LevelWord | null;
  summary: string;
};

export function draftOf(card: ScorecardView): Draft {
  return {
    ratings: Object.fromEntries(card.ratings.map((r) => [r.questionId, { rating: r.rating, notes: r.notes }])),
    recommendation: card.recommendation,
    level: card.level,
    summary: card.summary,
  };
}

export type DraftChanges = {
  ratings?: Array<{ questionId: string } & RatingEdit>;
  recommendation?: RecommendationWord | null;
  level?: LevelWord | null;
  summary?: string;
};

/** The fields of `current` that differ from `saved`; null when nothing did. */
export function changesBetween(saved: Draft, current: Draft): DraftChanges | null {
  const changes: DraftChanges = {};
  const ratings = Object.entries(current.ratings)
    .filter(([id, edit]) => saved.ratings[id]?.rating !== edit.rating || saved.ratings[id]?.notes !== edit.notes)
    .map(([questionId, edit]) => ({ questionId, ...edit }));
  if (ratings.length) changes.ratings = ratings;
  if (current.recommendation !== saved.recommendation) changes.recommendation = current.recommendation;
  if (current.level !== saved.level) changes.level = current.level;
  if (current.summary !== saved.summary) changes.summary = current.summary;
  return Object.keys(changes).length ? changes : null;
}
