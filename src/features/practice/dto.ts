import "server-only";
// What practice pages hand to the browser: narrow shapes, with Markdown already rendered to
// sanitized HTML here so no Markdown library ships to the client.
import { storedContentSelect, storedProbes, storedSections, storedWrongAnswers, type StoredContent } from "@/features/questions/content";
import { RATING_ANCHORS } from "@/lib/rating";
import { renderMarkdown } from "@/server/markdown";
import type { GradeAnchors } from "./grades";
import type { Draft, RunContext } from "./run-state";
import type { Level } from "@/lib/levels";
import type { CodeLanguage } from "@/lib/code-languages";
import { promptLanguage } from "@/server/code-blocks";

export type VersionRow = StoredContent & { id: string; questionId: string; version: number };

export const versionSelect = { id: true, questionId: true, version: true, ...storedContentSelect } as const;

export type QuestionView = {
  questionId: string;
  versionId: string;
  title: string;
  level: Level;
  bankName: string;
  promptHtml: string;
  probeCount: number;
  wrongCount: number;
  /** The practice code pad's default language: the prompt's first code block's. */
  codeLanguage: CodeLanguage;
};

/** Shown only once the candidate has submitted an answer. */
export type RevealView = {
  modelAnswerHtml: string;
  wrongAnswers: Array<{ answerHtml: string; whyHtml: string }>;
  probes: Array<{ questionHtml: string; answerHtml: string }>;
  sections: Array<{ label: string; bodyHtml: string }>;
};

export type RunResult = { questionId: string; title: string; grade: number; durationMs: number; nextDue: Date | null };

export type RunView =
  | { kind: "question"; runId: string; position: number; total: number; question: QuestionView; draft: Draft; reveal: RevealView | null }
  | { kind: "missing"; runId: string; position: number; total: number }
  | { kind: "finished"; runId: string; total: number; results: RunResult[] };

/** The live-interview anchors, for the self-grade. Server-side only (see grades.ts). */
export function gradeAnchors(): GradeAnchors {
  return RATING_ANCHORS;
}

export function contextOf(version: VersionRow): RunContext {
  return { probeCount: storedProbes(version.probes).length, wrongCount: storedWrongAnswers(version.wrongAnswers).length };
}

export function toQuestionView(version: VersionRow, bankName: string): QuestionView {
  const ctx = contextOf(version);
  return {
    questionId: version.questionId,
    versionId: version.id,
    title: version.title,
    level: version.level,
    bankName,
    promptHtml: renderMarkdown(version.prompt),
    codeLanguage: promptLanguage(version.prompt),
    ...ctx,
  };
}

export function toRevealView(version: VersionRow): RevealView {
  return {
    modelAnswerHtml: renderMarkdown(version.modelAnswer || "_No model answer was written for this question._"),
    wrongAnswers: storedWrongAnswers(version.wrongAnswers).map((w) => ({ answerHtml: renderMarkdown(w.answer), whyHtml: w.why ? renderMarkdown(w.why) : "" })),
    probes: storedProbes(version.probes).map((p) => ({ questionHtml: renderMarkdown(p.question), answerHtml: renderMarkdown(p.answer || "_No expected answer was written._") })),
    sections: storedSections(version.sections).map((s) => ({ label: s.label, bodyHtml: renderMarkdown(s.body) })),
  };
}

export type HistoryAttempt = {
  id: string;
  createdAt: Date;
  grade: number;
  durationMs: number;
  version: number;
  answer: string;
  probes: Array<{ question: string; answer: string }>;
  wrongAnswersGiven: string[];
  /** Set when a friend rated this question in a mock interview (practice/mock/): their rating is the grade. */
  mock: { notes: string } | null;
};

export type AttemptRow = {
  id: string;
  createdAt: Date;
  grade: number;
  durationMs: number;
  answer: string;
  probeAnswers: unknown;
  wrongAnswersGiven: number[];
  questionVersion: { version: number; probes: unknown; wrongAnswers: unknown };
  mockQuestion?: { notes: string } | null;
};

/** One past attempt, with the probe questions and wrong answers of the version it was made on. */
export function toHistoryAttempt(row: AttemptRow): HistoryAttempt {
  const probes = storedProbes(row.questionVersion.probes);
  const wrong = storedWrongAnswers(row.questionVersion.wrongAnswers);
  const given = Array.isArray(row.probeAnswers) ? row.probeAnswers : [];
  return {
    id: row.id,
    createdAt: row.createdAt,
    grade: row.grade,
    durationMs: row.durationMs,
    version: row.questionVersion.version,
    answer: row.answer,
    probes: probes.map((p, i) => ({ question: p.question, answer: typeof given[i] === "string" ? given[i] : "" })),
    wrongAnswersGiven: row.wrongAnswersGiven.flatMap((i) => (wrong[i] ? [wrong[i].answer] : [])),
    mock: row.mockQuestion ? { notes: row.mockQuestion.notes } : null,
  };
}
