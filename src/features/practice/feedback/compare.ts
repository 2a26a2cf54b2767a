// Answer feedback: which of a question's key points a candidate's answer covers, and which of its
// known wrong answers the answer echoes. Deterministic word matching, explainable term by term:
// every figure is a share of a text's term weight (IDF over the bank, bank-index.ts) that the
// answer holds. A hint beside the self-grade, never a grade. The thresholds are measured on the
// labelled evaluation set (bench/feedback-eval.json, `npm run bench`), not guessed.
import { idf, readAnswer, type BankIndex, type Occurrence, type ReadAnswer } from "./bank-index";
import { termsOf, type Term } from "./terms";

export type FeedbackQuestion = {
  modelAnswer: string;
  /** The key points to check: the author's, or those derived from the model answer (questions/key-points.ts). */
  keyPoints: readonly string[];
  wrongAnswers: ReadonlyArray<{ answer: string; why: string }>;
};

export type KeyPointResult = { text: string; covered: boolean; matched: string[] };
export type Echo = { index: number; answer: string; why: string; score: number };
export type AnswerFeedback = { keyPoints: KeyPointResult[]; coverage: number; echoes: Echo[] };

export const TUNING = {
  /** A key point is covered when the answer holds this share of its term weight… */
  cover: 0.5,
  /** …and at least this many of its terms (fewer when the point has fewer). */
  coverTerms: 2,
  /** An answer echoes a wrong answer when one or two of its sentences hold this share of the wrong answer's weight… */
  echo: 0.35,
  /** …counting a term the model answer also uses at this fraction of its weight (a correct answer says it too). */
  shared: 0.5,
} as const;

export type Tuning = { [K in keyof typeof TUNING]: number };

type Weighted = { stem: string; weight: number; negated: boolean; shared?: boolean };

function weighted(terms: Term[], weight: (stem: string) => number): Weighted[] {
  const byStem = new Map<string, Weighted>();
  for (const term of terms) if (!byStem.has(term.stem)) byStem.set(term.stem, { stem: term.stem, weight: weight(term.stem), negated: term.negated });
  return [...byStem.values()];
}

const round = (value: number) => Math.round(value * 100) / 100;

function keyPoint(text: string, answer: ReadAnswer, index: BankIndex, tuning: Tuning): KeyPointResult | null {
  const terms = weighted(termsOf(text), (stem) => idf(index, stem));
  if (!terms.length) return null;
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  const hits = terms.filter((t) => answer.terms.has(t.stem));
  const share = hits.reduce((sum, t) => sum + t.weight, 0) / total;
  const covered = share >= tuning.cover && hits.length >= Math.min(tuning.coverTerms, terms.length);
  const matched = new Map<string, string>();
  for (const hit of hits) for (const at of answer.terms.get(hit.stem)!) matched.set(at.surface.toLowerCase(), at.surface);
  return { text, covered, matched: [...matched.values()] };
}

/** Whether the answer says the term in one of the given sentences, the same way round (negated or not). */
function says(occurrences: readonly Occurrence[] | undefined, negated: boolean, sentences: ReadonlySet<number>): boolean {
  return !!occurrences?.some((at) => sentences.has(at.sentence) && at.negated === negated);
}

/**
 * How closely the answer echoes one wrong answer: the best share of the wrong answer's weight held
 * by one sentence of the answer or two neighbouring ones (an echo is said in one place, not
 * assembled from words scattered over a long answer). A window that holds none of the wrong
 * answer's own words (those the model answer does not use) scores nothing: it only says what a
 * correct answer says too.
 */
function echoScore(wrong: Weighted[], answer: ReadAnswer): number {
  const total = wrong.reduce((sum, t) => sum + t.weight, 0);
  if (!total) return 0;
  const hasOwnWords = wrong.some((t) => !t.shared);
  let best = 0;
  for (let first = 0; first < Math.max(1, answer.sentences); first++) {
    const window = new Set([first, first + 1]);
    const held = wrong.filter((t) => says(answer.terms.get(t.stem), t.negated, window));
    if (hasOwnWords && held.every((t) => t.shared)) continue;
    best = Math.max(best, held.reduce((sum, t) => sum + t.weight, 0) / total);
  }
  return best;
}

export function compareAnswer(question: FeedbackQuestion, answerText: string, index: BankIndex, tuning: Tuning = TUNING): AnswerFeedback {
  const answer = readAnswer(answerText, index);
  const keyPoints = question.keyPoints.flatMap((text) => keyPoint(text, answer, index, tuning) ?? []);
  const covered = keyPoints.filter((point) => point.covered).length;

  const modelStems = new Set([question.modelAnswer, ...question.keyPoints].flatMap((text) => termsOf(text).map((t) => t.stem)));
  const echoes = question.wrongAnswers
    .map((wrong, i) => {
      const terms = weighted(termsOf(wrong.answer), (stem) => idf(index, stem) * (modelStems.has(stem) ? tuning.shared : 1)).map((t) => ({ ...t, shared: modelStems.has(t.stem) }));
      return { index: i, answer: wrong.answer, why: wrong.why, score: echoScore(terms, answer) };
    })
    .filter((echo) => echo.score >= tuning.echo)
    .map((echo) => ({ ...echo, score: round(echo.score) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);

  return { keyPoints, coverage: keyPoints.length ? round(covered / keyPoints.length) : 0, echoes };
}
