import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/policy";
import { db } from "@/server/db";
import { LEVELS, type Level } from "./content";
import { questionDetailSelect, toQuestionDetail, type BankSummary, type QuestionDetail, type QuestionListItem } from "./dto";
import { assertQuestions } from "./policy";
import { PREFER_INDEX_SQL, searchSql, type SearchFilters, type SearchRow } from "./search-sql";

// Every query takes the actor and checks it first: the pages and the API both come through here.

/** A text search runs with the index preferred (search-sql.ts says why); a plain list as it is. */
async function runSearch(filters: SearchFilters, withTotal: boolean): Promise<SearchRow[]> {
  const statement = searchSql(filters, { withTotal });
  if (!filters.q?.trim()) return db.$queryRaw<SearchRow[]>(statement);
  const [, rows] = await db.$transaction([db.$executeRaw(PREFER_INDEX_SQL), db.$queryRaw<SearchRow[]>(statement)]);
  return rows;
}

const toListItem = (row: SearchRow): QuestionListItem => ({
  id: row.id,
  number: row.number,
  level: row.level,
  title: row.title,
  tags: row.tags,
  version: row.version,
  bank: { id: row.bankId, name: row.bankName },
});

/** A page of matches and how many there are in all (the question list pages with the total). */
export async function searchQuestions(actor: Actor | null, filters: SearchFilters): Promise<{ items: QuestionListItem[]; total: number }> {
  assertQuestions(actor, "read");
  const rows = await runSearch(filters, true);
  return { total: Number(rows[0]?.total ?? 0), items: rows.map(toListItem) };
}

/** A page of matches without the total (GET /api/questions): no count over every match. */
export async function searchQuestionItems(actor: Actor | null, filters: SearchFilters): Promise<QuestionListItem[]> {
  assertQuestions(actor, "read");
  const rows = await runSearch(filters, false);
  return rows.map(toListItem);
}

/** A live question, or null when it does not exist or was deleted (archived). */
export async function getQuestion(actor: Actor | null, id: string): Promise<QuestionDetail | null> {
  assertQuestions(actor, "read");
  const row = await db.question.findFirst({ where: { id, archivedAt: null }, select: questionDetailSelect });
  return row ? toQuestionDetail(row) : null;
}

/** getQuestion once per request: the [id] layout checks existence, the page renders the same row. */
export const getQuestionCached = cache(getQuestion);

export async function listBanks(actor: Actor | null): Promise<BankSummary[]> {
  assertQuestions(actor, "read");
  const [banks, counts] = await Promise.all([
    db.bank.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, description: true, source: true, notes: true, updatedAt: true } }),
    db.question.groupBy({ by: ["bankId", "level"], where: { archivedAt: null }, _count: { _all: true } }),
  ]);
  return banks.map((bank) => {
    const perLevel = Object.fromEntries(LEVELS.map((level) => [level, 0])) as Record<Level, number>;
    for (const count of counts) if (count.bankId === bank.id) perLevel[count.level] = count._count._all;
    return { ...bank, perLevel, total: Object.values(perLevel).reduce((sum, n) => sum + n, 0) };
  });
}

export async function bankOptions(actor: Actor | null): Promise<Array<{ id: string; name: string }>> {
  assertQuestions(actor, "read");
  return db.bank.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function tagOptions(actor: Actor | null): Promise<string[]> {
  assertQuestions(actor, "read");
  const rows = await db.$queryRaw<Array<{ tag: string }>>`
    SELECT DISTINCT unnest("tags") AS "tag" FROM "Question" WHERE "archivedAt" IS NULL ORDER BY 1 LIMIT 500`;
  return rows.map((row) => row.tag);
}
