// The debrief's figures, from the scorecards a reviewer may see. Pure and isomorphic.
//
// Agreement on a question is the spread (max − min) of the panel's ratings of it in one session:
// 0 agree, 1 close, 2 or more disagree (highlighted). Only SUBMITTED scorecards count: a
// decision rests on judgements the interviewers committed to, not on drafts in progress.
import { RECOMMENDATIONS, suggestLevel, type Rating, type RecommendationWord, type ScorecardView } from "@/features/scorecards";
import { LEVELS, type Level, toLevel, type LevelWord } from "@/lib/levels";
import { mean, range } from "@/lib/stats";

export const DISAGREE_GAP = 2;
export type Agreement = "none" | "single" | "agree" | "close" | "disagree";

export function agreementOf(spread: number | null, count: number): Agreement {
  if (spread === null) return "none";
  if (count < 2) return "single";
  if (spread >= DISAGREE_GAP) return "disagree";
  return spread === 0 ? "agree" : "close";
}

export type QuestionRow = {
  questionId: string;
  position: number;
  title: string;
  level: Level;
  ratings: Array<{ interviewer: string; rating: Rating | null }>;
  mean: number | null;
  spread: number | null;
  agreement: Agreement;
};

/** Per question of one session: every panelist's rating side by side, with the agreement. */
export function questionRows(cards: readonly ScorecardView[]): QuestionRow[] {
  const first = cards[0];
  if (!first) return [];
  return first.ratings.map((q, index) => {
    const ratings = cards.map((c) => ({ interviewer: c.interviewer.name, rating: c.ratings[index]?.rating ?? null }));
    const values = ratings.flatMap((r) => (r.rating === null ? [] : [r.rating]));
    const spread = range(values);
    return { questionId: q.questionId, position: q.position, title: q.title, level: q.level, ratings, mean: mean(values), spread, agreement: agreementOf(spread, values.length) };
  });
}

export type RatingCounts = Record<Rating, number>;
const emptyCounts = (): RatingCounts => ({ 1: 0, 2: 0, 3: 0, 4: 0 });

/** How often each rating was given, overall and per interviewer (for the chart and its table). */
export function ratingDistribution(cards: readonly ScorecardView[]) {
  const total = emptyCounts();
  const byPerson = new Map<string, RatingCounts>();
  for (const card of cards) {
    const counts = byPerson.get(card.interviewer.email) ?? emptyCounts();
    for (const r of card.ratings) {
      if (r.rating === null) continue;
      counts[r.rating] += 1;
      total[r.rating] += 1;
    }
    byPerson.set(card.interviewer.email, counts);
  }
  const names = new Map(cards.map((c) => [c.interviewer.email, c.interviewer.name]));
  return { total, byInterviewer: [...byPerson].map(([email, counts]) => ({ name: names.get(email)!, email, counts })) };
}

/** The middle of the panel's level estimates (the lower one of two middles: the cautious call). */
export function consensusLevel(levels: ReadonlyArray<Level | null>): Level | null {
  const ranks = levels.flatMap((l) => (l ? [LEVELS.indexOf(l)] : [])).sort((a, b) => a - b);
  if (!ranks.length) return null;
  return LEVELS[ranks[Math.floor((ranks.length - 1) / 2)]!]!;
}

export type LevelEstimate = { interviewer: string; sessionTitle: string; chosen: Level | null; suggested: Level | null };

export function levelEstimates(sessions: ReadonlyArray<{ title: string; cards: readonly ScorecardView[] }>) {
  const rows: LevelEstimate[] = sessions.flatMap((s) =>
    s.cards.map((c) => ({ interviewer: c.interviewer.name, sessionTitle: s.title, chosen: c.level ? toLevel(c.level as LevelWord) : null, suggested: suggestLevel(c.ratings) })),
  );
  const allRatings = sessions.flatMap((s) => s.cards.flatMap((c) => c.ratings));
  return { rows, consensus: consensusLevel(rows.map((r) => r.chosen)), suggestedFromAll: suggestLevel(allRatings) };
}

export function recommendationCounts(cards: readonly ScorecardView[]): Record<RecommendationWord, number> {
  const counts = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0])) as Record<RecommendationWord, number>;
  for (const c of cards) if (c.recommendation) counts[c.recommendation] += 1;
  return counts;
}
