// The feedback part of `npm run bench`: practice answer feedback (src/features/practice/feedback)
// measured on the labelled evaluation set bench/feedback-eval.json. Pure: no database or server;
// the demo banks are read from their Markdown with the importer's own parser. Vitest runs the same
// evaluation (src/features/practice/feedback/evaluation.test.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildBankIndex, questionTexts, type BankIndex } from "../src/features/practice/feedback/bank-index";
import { compareAnswer, TUNING, type AnswerFeedback, type FeedbackQuestion, type Tuning } from "../src/features/practice/feedback/compare";
import { parseDocument } from "../src/features/questions/import/parse-document";
import { prepareDocument } from "../src/features/questions/import/prepare-import";
import { keyPointsOf } from "../src/features/questions/key-points";
import evalSet from "./feedback-eval.json";

export type EvalItem = { bank: string; question: number; kind: "paraphrase" | "wrong" | "off-topic"; wrong?: number; answer: string };
export type Half = "tuning" | "heldOut";

/** Odd-numbered questions tune the thresholds; even-numbered ones are held out. */
export const halfOf = (item: Pick<EvalItem, "question">): Half => (item.question % 2 === 1 ? "tuning" : "heldOut");

export const EVAL_ITEMS = evalSet.items as EvalItem[];

type LoadedBank = { index: BankIndex; questions: Map<number, FeedbackQuestion> };

let loaded: Map<string, LoadedBank> | null = null;

/** The demo banks, as the app would hold them, each with its index over its own questions. */
export function evalBanks(root = path.resolve(import.meta.dirname, "..")): Map<string, LoadedBank> {
  if (loaded) return loaded;
  loaded = new Map();
  for (const [name, file] of Object.entries(evalSet.banks)) {
    const doc = prepareDocument(parseDocument(readFileSync(path.join(root, file), "utf8")));
    const index = buildBankIndex(doc.questions.map((q) => questionTexts(q.content)));
    const questions = new Map(
      doc.questions.map((q) => [q.number, { modelAnswer: q.content.modelAnswer, keyPoints: keyPointsOf(q.content), wrongAnswers: q.content.wrongAnswers }]),
    );
    loaded.set(name, { index, questions });
  }
  return loaded;
}

export type ItemResult = EvalItem & { half: Half; feedback: AnswerFeedback };

export function runEvaluation(tuning: Tuning = TUNING, items: EvalItem[] = EVAL_ITEMS): ItemResult[] {
  const banks = evalBanks();
  return items.map((item) => {
    const bank = banks.get(item.bank);
    const question = bank?.questions.get(item.question);
    if (!bank || !question) throw new Error(`feedback-eval.json: no question ${item.question} in bank "${item.bank}"`);
    return { ...item, half: halfOf(item), feedback: compareAnswer(question, item.answer, bank.index, tuning) };
  });
}

export type Scores = {
  items: number;
  echoPrecision: number;
  echoRecall: number;
  /** Mean coverage of correct paraphrases, and of off-topic answers. */
  paraphraseCoverage: number;
  offTopicCoverage: number;
  /** Off-topic answers that echoed a wrong answer (should be none). */
  offTopicEchoes: number;
};

const round = (value: number) => Math.round(value * 1000) / 1000;
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export function score(results: ItemResult[]): Scores {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  for (const result of results) {
    const predicted = new Set(result.feedback.echoes.map((echo) => echo.index));
    const expected = result.kind === "wrong" ? result.wrong! : null;
    if (expected !== null) {
      if (predicted.has(expected)) truePositive += 1;
      else falseNegative += 1;
    }
    falsePositive += [...predicted].filter((index) => index !== expected).length;
  }
  const of = (kind: EvalItem["kind"]) => results.filter((r) => r.kind === kind);
  return {
    items: results.length,
    echoPrecision: round(truePositive / Math.max(1, truePositive + falsePositive)),
    echoRecall: round(truePositive / Math.max(1, truePositive + falseNegative)),
    paraphraseCoverage: round(mean(of("paraphrase").map((r) => r.feedback.coverage))),
    offTopicCoverage: round(mean(of("off-topic").map((r) => r.feedback.coverage))),
    offTopicEchoes: of("off-topic").reduce((sum, r) => sum + r.feedback.echoes.length, 0),
  };
}

export type FeedbackReport = { tuning: Scores; heldOut: Scores; all: Scores; thresholds: Tuning };

export function evaluateFeedback(tuning: Tuning = TUNING): FeedbackReport {
  const results = runEvaluation(tuning);
  return {
    tuning: score(results.filter((r) => r.half === "tuning")),
    heldOut: score(results.filter((r) => r.half === "heldOut")),
    all: score(results),
    thresholds: { ...tuning },
  };
}

// `tsx bench/feedback.ts`: the figures alone, with every miss listed (while tuning).
if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const results = runEvaluation();
  for (const r of results) {
    const echoes = r.feedback.echoes.map((e) => `${e.index}:${e.score}`).join(",");
    const miss = r.kind === "wrong" ? !r.feedback.echoes.some((e) => e.index === r.wrong) : r.feedback.echoes.length > 0;
    const low = r.kind === "paraphrase" && r.feedback.coverage < 0.7;
    const high = r.kind === "off-topic" && r.feedback.coverage > 0.2;
    if (miss || low || high || process.env.VERBOSE) {
      console.log(`${r.half === "tuning" ? "T" : "H"} ${r.bank} Q${r.question} ${r.kind}${r.kind === "wrong" ? ` #${r.wrong}` : ""}: coverage ${r.feedback.coverage} echoes [${echoes}]`);
    }
  }
  console.log(JSON.stringify({ tuning: score(results.filter((r) => r.half === "tuning")), heldOut: score(results.filter((r) => r.half === "heldOut")) }, null, 2));
}
