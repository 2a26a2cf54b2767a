// Candidates side by side: one row per question any of them was asked, one column per
// candidate, each cell the mean of the submitted ratings of that question for that candidate.
// Pure and isomorphic.
import type { ScorecardView } from "@/features/scorecards";
import { LEVELS, type Level } from "@/lib/levels";
import { mean, range } from "@/lib/stats";
import { DISAGREE_GAP } from "./debrief";

export type CompareCell = { mean: number; count: number; spread: number; disagreement: boolean } | null;
export type CompareRow = { questionId: string; title: string; level: Level; cells: CompareCell[] };

export function compareGrid(columns: ReadonlyArray<{ cards: readonly ScorecardView[] }>): CompareRow[] {
  const questions = new Map<string, { title: string; level: Level }>();
  for (const col of columns) for (const card of col.cards) for (const r of card.ratings) questions.set(r.questionId, { title: r.title, level: r.level });

  const rows = [...questions].map(([questionId, q]) => ({
    questionId,
    ...q,
    cells: columns.map((col): CompareCell => {
      const values = col.cards.flatMap((c) => c.ratings.filter((r) => r.questionId === questionId && r.rating !== null).map((r) => r.rating as number));
      if (!values.length) return null;
      const spread = range(values)!;
      return { mean: mean(values)!, count: values.length, spread, disagreement: spread >= DISAGREE_GAP };
    }),
  }));
  return rows.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.title.localeCompare(b.title));
}
