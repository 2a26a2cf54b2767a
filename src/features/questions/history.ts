import "server-only";
// A question's version history: every version with when and by whom it was written, and a diff
// between any two, per part (title, prompt, model answer, wrong answers, probes, sections, level),
// through the same line diff the import preview shows (import/changes.ts).
import type { Level } from "@/lib/levels";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { readStoredContent, storedContentSelect } from "./content";
import { CHANGE_FIELDS, contentChanges, type ChangeField, type FieldChange } from "./import/changes";
import type { VersionCompareQuery } from "./schemas";

export type VersionSummary = {
  version: number;
  createdAt: Date;
  /** Who wrote it; null when not recorded (a CLI import, or a version older than authors). */
  author: string | null;
  level: Level;
  title: string;
};

export type VersionComparison = {
  from: number;
  to: number;
  changes: FieldChange[];
  /** The parts that read the same in both versions. */
  unchanged: ChangeField[];
};

export type QuestionHistory = {
  versions: VersionSummary[];
  /** The chosen pair, or null when the question has a single version. */
  comparison: VersionComparison | null;
  /** Why the asked-for pair was not shown (a version the question never had); the default pair is shown instead. */
  problem: string | null;
};

/** Every version of a live question, newest first, and the comparison asked for; null when there is no such question. */
export async function getQuestionHistory(user: SessionUser, questionId: string, query: VersionCompareQuery): Promise<QuestionHistory | null> {
  assertCan(user, "questions:read");
  const question = await db.question.findFirst({ where: { id: questionId, archivedAt: null }, select: { id: true } });
  if (!question) return null;
  const rows = await db.questionVersion.findMany({
    where: { questionId },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, level: true, title: true, author: { select: { name: true } } },
  });
  const versions = rows.map((row) => ({ version: row.version, createdAt: row.createdAt, author: row.author?.name ?? null, level: row.level, title: row.title }));
  const { pair, problem } = choosePair(versions.map((v) => v.version), query);
  return { versions, comparison: pair ? await compare(questionId, pair.from, pair.to) : null, problem };
}

/** The pair to compare: the one asked for when the question has both, else the newest against the one before. */
export function choosePair(numbers: readonly number[], query: VersionCompareQuery): { pair: { from: number; to: number } | null; problem: string | null } {
  const newest = numbers[0];
  const previous = numbers[1];
  const fallback = newest !== undefined && previous !== undefined ? { from: previous, to: newest } : null;
  if (query.from === undefined && query.to === undefined) return { pair: fallback, problem: null };
  const missing = [query.from, query.to].filter((n): n is number => n !== undefined && !numbers.includes(n));
  if (missing.length) return { pair: fallback, problem: `This question has no version ${missing.join(" or ")}; showing the latest change instead.` };
  const from = query.from ?? previous ?? newest!;
  const to = query.to ?? newest!;
  return { pair: { from, to }, problem: null };
}

async function compare(questionId: string, from: number, to: number): Promise<VersionComparison> {
  const rows = await db.questionVersion.findMany({ where: { questionId, version: { in: [from, to] } }, select: { version: true, ...storedContentSelect } });
  const content = (version: number) => readStoredContent(rows.find((row) => row.version === version)!);
  const changes = contentChanges(content(from), content(to));
  const changed = new Set(changes.map((change) => change.field));
  return { from, to, changes, unchanged: CHANGE_FIELDS.filter((field) => !changed.has(field)) };
}
