// What leaves the server about questions: narrow selects and the mappers that shape them. The
// JSON API uses the importer's shape (lowercase levels, bank by name) so a document, the CLI's
// --json output and GET /api/questions/:id read the same way.
import type { BankPurpose } from "@/generated/prisma/enums";
import { type Level, toLevelWord, type LevelWord } from "@/lib/levels";
import { readStoredContent, storedContentSelect, type Probe, type ReadContent, type Section, type StoredContent, type WrongAnswer } from "./content";

export const questionDetailSelect = {
  id: true,
  number: true,
  ...storedContentSelect,
  tags: true,
  version: true,
  updatedAt: true,
  bank: { select: { id: true, name: true } },
} as const;

type DetailFields = { id: string; number: number; tags: string[]; version: number; updatedAt: Date; bank: { id: string; name: string } };
type DetailRow = DetailFields & StoredContent;
export type QuestionDetail = DetailFields & ReadContent & { keyPoints: string[] };

export function toQuestionDetail(row: DetailRow): QuestionDetail {
  const { id, number, tags, version, updatedAt, bank, level, title, prompt, modelAnswer, wrongAnswers, probes, sections, keyPoints } = readStoredContent(row);
  return { id, number, level, title, prompt, modelAnswer, wrongAnswers, probes, sections, keyPoints: keyPoints ?? [], tags, version, updatedAt, bank };
}

export type QuestionListItem = {
  id: string;
  /** An archived question's own number, even while an import lends it to another one. */
  number: number;
  level: Level;
  title: string;
  tags: string[];
  version: number;
  bank: { id: string; name: string };
  archivedAt: Date | null;
};

export type ApiQuestionListItem = { id: string; number: number; level: LevelWord; title: string; bank: string };

export function toApiListItem(item: QuestionListItem): ApiQuestionListItem {
  return { id: item.id, number: item.number, level: toLevelWord(item.level), title: item.title, bank: item.bank.name };
}

export type ApiQuestion = {
  id: string;
  bank: string;
  version: number;
  number: number;
  level: LevelWord;
  title: string;
  prompt: string;
  modelAnswer: string;
  wrongAnswers: WrongAnswer[];
  probes: Probe[];
  sections: Section[];
  tags: string[];
};

export function toApiQuestion(detail: QuestionDetail): ApiQuestion {
  return {
    id: detail.id,
    bank: detail.bank.name,
    version: detail.version,
    number: detail.number,
    level: toLevelWord(detail.level),
    title: detail.title,
    prompt: detail.prompt,
    modelAnswer: detail.modelAnswer,
    wrongAnswers: detail.wrongAnswers.map(({ answer, why }) => ({ answer, why })),
    probes: detail.probes.map(({ question, answer }) => ({ question, answer })),
    sections: detail.sections.map(({ label, body }) => ({ label, body })),
    tags: detail.tags,
  };
}

export type BankSummary = {
  id: string;
  name: string;
  /** Interview or practice (src/features/banks). */
  purpose: BankPurpose;
  description: string;
  source: string;
  notes: string;
  updatedAt: Date;
  perLevel: Record<Level, number>;
  total: number;
};
