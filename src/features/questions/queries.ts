import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { LEVELS, type Level } from "@/lib/levels";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { questionDetailSelect, toQuestionDetail, type BankSummary, type QuestionDetail, type QuestionListItem } from "./dto";
import { PREFER_INDEX_SQL, searchSql, type SearchFilters, type SearchRow } from "./search-sql";

// Every query takes the signed-in user and checks it first: the pages, the JSON API, and the kit
// and session builders all read the bank through here.

/** Questions that can be offered: archived ones keep their versions for history but are never picked. */
export const activeQuestionWhere = { archivedAt: null } satisfies Prisma.QuestionWhereInput;

/** A text search runs with the index preferred (search-sql.ts says why); a plain list as it is. */
async function runSql(filters: SearchFilters, options: Parameters<typeof searchSql>[1]): Promise<SearchRow[]> {
  const statement = searchSql(filters, options);
  if (!filters.q?.trim() || options?.match === "title") return db.$queryRaw<SearchRow[]>(statement);
  const [, rows] = await db.$transaction([db.$executeRaw(PREFER_INDEX_SQL), db.$queryRaw<SearchRow[]>(statement)]);
  return rows;
}

/**
 * Full text first; when it matches nothing at all, the title substring fallback. A page past the
 * end of real matches stays empty (the fallback is for no match, not for paging).
 */
async function runSearch(filters: SearchFilters, withTotal: boolean): Promise<SearchRow[]> {
  const rows = await runSql(filters, { withTotal });
  if (rows.length || !filters.q?.trim()) return rows;
  if (filters.offset > 0 && (await runSql({ ...filters, limit: 1, offset: 0 }, { withTotal: false })).length) return rows;
  return runSql(filters, { withTotal, match: "title" });
}

const toListItem = (row: SearchRow): QuestionListItem => ({
  id: row.id,
  number: row.number,
  level: row.level,
  title: row.title,
  tags: row.tags,
  version: row.version,
  bank: { id: row.bankId, name: row.bankName },
  archivedAt: row.archivedAt,
});

/** A page of matches and how many there are in all (the question list pages with the total). */
export async function searchQuestions(user: SessionUser, filters: SearchFilters): Promise<{ items: QuestionListItem[]; total: number }> {
  assertCan(user, "questions:read");
  const rows = await runSearch(filters, true);
  return { total: Number(rows[0]?.total ?? 0), items: rows.map(toListItem) };
}

/** A page of matches without the total (GET /api/questions, the pickers): no count over every match. */
export async function searchQuestionItems(user: SessionUser, filters: SearchFilters): Promise<QuestionListItem[]> {
  assertCan(user, "questions:read");
  const rows = await runSearch(filters, false);
  return rows.map(toListItem);
}

/** A live question, or null when it does not exist or was deleted (archived). */
export async function getQuestion(user: SessionUser, id: string): Promise<QuestionDetail | null> {
  assertCan(user, "questions:read");
  const row = await db.question.findFirst({ where: { id, ...activeQuestionWhere }, select: questionDetailSelect });
  return row ? toQuestionDetail(row) : null;
}

/** getQuestion once per request: the [id] layout checks existence, the page renders the same row. */
export const getQuestionCached = cache(getQuestion);

/** The given questions that exist and are not archived, keyed by id (what a kit or session may be built from). */
export async function findActiveQuestions(user: SessionUser, ids: string[]) {
  assertCan(user, "questions:read");
  const rows = await db.question.findMany({
    where: { id: { in: ids }, ...activeQuestionWhere },
    select: { id: true, number: true, level: true, title: true, version: true, bank: { select: { name: true } } },
  });
  return new Map(rows.map((row) => [row.id, row]));
}

export async function listBanks(user: SessionUser): Promise<BankSummary[]> {
  assertCan(user, "questions:read");
  const [banks, counts] = await Promise.all([
    db.bank.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, purpose: true, description: true, source: true, notes: true, updatedAt: true } }),
    db.question.groupBy({ by: ["bankId", "level"], where: activeQuestionWhere, _count: { _all: true } }),
  ]);
  return banks.map((bank) => {
    const perLevel = Object.fromEntries(LEVELS.map((level) => [level, 0])) as Record<Level, number>;
    for (const count of counts) if (count.bankId === bank.id) perLevel[count.level] = count._count._all;
    return { ...bank, perLevel, total: Object.values(perLevel).reduce((sum, n) => sum + n, 0) };
  });
}

/** Every bank by name: the filters, the editor's bank choice and the pickers' bank filter. */
export async function bankOptions(user: SessionUser): Promise<Array<{ id: string; name: string }>> {
  assertCan(user, "questions:read");
  return db.bank.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function tagOptions(user: SessionUser): Promise<string[]> {
  assertCan(user, "questions:read");
  const rows = await db.$queryRaw<Array<{ tag: string }>>`
    SELECT DISTINCT unnest("tags") AS "tag" FROM "Question" WHERE "archivedAt" IS NULL ORDER BY 1 LIMIT 500`;
  return rows.map((row) => row.tag);
}
