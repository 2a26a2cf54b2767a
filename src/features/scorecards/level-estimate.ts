import { LEVELS, type Level } from "@/lib/levels";
// The level a scorecard suggests from its ratings. Pure and isomorphic: the scorecard form shows
// the suggestion live as ratings change, the debrief shows it per interviewer and for everyone.
//
// Rule (docs/api-scorecards.md): group the rated questions by the level of the question; the
// suggestion is the highest level whose rated questions average 3 ("gave the model answer") or
// more. A candidate who reaches that bar at no level is suggested as junior. With no rating at
// all there is no evidence, so there is no suggestion (null).

export type RatedQuestion = { level: Level; rating: number | null };

export const PASS_MEAN = 3;

export type LevelBreakdown = { level: Level; rated: number; mean: number | null };

export function ratingsByLevel(questions: readonly RatedQuestion[]): LevelBreakdown[] {
  return LEVELS.map((level) => {
    const ratings = questions.filter((q) => q.level === level && q.rating !== null).map((q) => q.rating as number);
    const mean = ratings.length ? ratings.reduce((sum, r) => sum + r, 0) / ratings.length : null;
    return { level, rated: ratings.length, mean };
  });
}

export function suggestLevel(questions: readonly RatedQuestion[]): Level | null {
  const breakdown = ratingsByLevel(questions);
  if (breakdown.every((b) => b.rated === 0)) return null;
  const passed = breakdown.filter((b) => b.mean !== null && b.mean >= PASS_MEAN);
  return passed.length ? passed[passed.length - 1]!.level : "JUNIOR";
}
