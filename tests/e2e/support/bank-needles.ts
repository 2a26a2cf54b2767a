// The text of banks, cut into pieces that can be looked for in what a browser received: for the
// sweep that proves no interview bank reaches a candidate account
// (tests/e2e/candidate-sees-no-interview-bank.spec.ts), with the practice bank as the control.
import type { PrismaClient } from "../../../src/generated/prisma/client";

/**
 * A stored text reaches the browser rendered: Markdown becomes HTML (emphasis, code spans, links
 * and highlighted code split the words with tags), React and JSON escape & < > " ' and line
 * breaks, and the RSC payload carries it inside JSON strings. So a whole model answer is never
 * found verbatim even where it leaked. What survives every one of those is a run of plain words
 * and punctuation between two such characters; each run is a piece to look for.
 *
 * Pieces shorter than MIN_WORDS words or MIN_CHARS characters are dropped as too generic to mean
 * anything ("Model answer", "Why not?", "Use a lock"): a short phrase can appear on any page for
 * reasons of its own, and a leak of a whole question always carries longer runs.
 */
export const MIN_WORDS = 4;
export const MIN_CHARS = 24;
const SEPARATOR = /[^\p{L}\p{N} ,.;:?!()/-]+/u;

export function pieces(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map((piece) => piece.replace(/^[\s,.;:!?)-]+|[\s,.;:(-]+$/g, ""))
    .filter((piece) => piece.length >= MIN_CHARS && piece.split(/\s+/).length >= MIN_WORDS);
}

type Content = { title: string; prompt: string; modelAnswer: string; wrongAnswers: unknown; probes: unknown; sections: unknown };

/** Every text of a question or version: title, prompt, model answer, wrong answers and why, probes and their answers, sections. */
export function textsOf(content: Content): string[] {
  const list = <T>(value: unknown) => (Array.isArray(value) ? (value as T[]) : []);
  return [
    content.title,
    content.prompt,
    content.modelAnswer,
    ...list<{ answer?: string; why?: string }>(content.wrongAnswers).flatMap((w) => [w.answer ?? "", w.why ?? ""]),
    ...list<{ question?: string; answer?: string }>(content.probes).flatMap((p) => [p.question ?? "", p.answer ?? ""]),
    ...list<{ label?: string; body?: string }>(content.sections).flatMap((s) => [s.label ?? "", s.body ?? ""]),
  ];
}

/** The interviewer-only texts of a question (model answer, wrong answers and why, probe answers, section bodies) and the factories' markers for them. */
export function interviewerOnlyTexts(content: Content): string[] {
  const list = <T>(value: unknown) => (Array.isArray(value) ? (value as T[]) : []);
  return [
    content.modelAnswer,
    ...list<{ answer?: string; why?: string }>(content.wrongAnswers).flatMap((w) => [w.answer ?? "", w.why ?? ""]),
    ...list<{ answer?: string }>(content.probes).map((p) => p.answer ?? ""),
    ...list<{ body?: string }>(content.sections).map((s) => s.body ?? ""),
    "MODEL-ANSWER-",
    "WRONG-ANSWER-",
    "EXPECTED-PROBE-ANSWER-",
    "SECTION-BODY-",
  ].filter(Boolean);
}

const contentSelect = { title: true, prompt: true, modelAnswer: true, wrongAnswers: true, probes: true, sections: true } as const;

/** All texts of the banks of one purpose: names, descriptions, notes, and every question (archived too) at every version. */
export async function bankTexts(db: PrismaClient, purpose: "INTERVIEW" | "PRACTICE") {
  const banks = await db.bank.findMany({
    where: { purpose },
    select: { name: true, description: true, notes: true, questions: { select: { ...contentSelect, versions: { select: contentSelect } } } },
  });
  return {
    names: banks.map((b) => b.name),
    texts: banks.flatMap((b) => [b.description, b.notes, ...b.questions.flatMap((q) => [...textsOf(q), ...q.versions.flatMap(textsOf)])]),
  };
}

/**
 * What no candidate may receive: the pieces of every interview bank's text, and each interview
 * bank's name whole (names are short, shown in one piece, and as telling as a title), except what
 * a practice bank holds as well: a practice copy of an interview question carries the same words,
 * on purpose, and those words are the practice bank's to show.
 */
export async function interviewNeedles(db: PrismaClient): Promise<string[]> {
  const interview = await bankTexts(db, "INTERVIEW");
  const practice = await bankTexts(db, "PRACTICE");
  const practiceCorpus = [...practice.names, ...practice.texts].join("\n");
  const names = interview.names.filter((name) => name.length >= 12 && !/[&<>"'\\]/.test(name));
  const all = new Set([...names, ...interview.texts.flatMap(pieces)]);
  return [...all].filter((needle) => !practiceCorpus.includes(needle));
}
