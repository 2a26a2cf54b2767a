import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { PickerSearchInput } from "./schemas";
import type { PickerBank, PickerQuestion } from "./types";

// Reading the bank for the kit and session builders. Archived questions (removed from their
// bank; their versions stay for history) are never offered nor accepted.
export const activeQuestionWhere = { archivedAt: null } satisfies Prisma.QuestionWhereInput;

const PICKER_LIMIT = 50;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Full-text search over the bank (the generated searchVector and its GIN index), with a title
 * substring fallback so a half-typed word still finds its question. Without a search, lists by
 * bank and number.
 */
export async function searchBankQuestions(input: PickerSearchInput): Promise<PickerQuestion[]> {
  const level = input.level ? Prisma.sql`AND q."level"::text = ${input.level}` : Prisma.empty;
  const bank = input.bankId ? Prisma.sql`AND q."bankId" = ${input.bankId}` : Prisma.empty;
  const text = input.q
    ? Prisma.sql`AND (q."searchVector" @@ websearch_to_tsquery('english', ${input.q}) OR q."title" ILIKE ${`%${escapeLike(input.q)}%`})`
    : Prisma.empty;
  const rank = input.q ? Prisma.sql`ts_rank(q."searchVector", websearch_to_tsquery('english', ${input.q})) DESC,` : Prisma.empty;
  return db.$queryRaw<PickerQuestion[]>`
    SELECT q."id", q."number", q."level"::text AS "level", q."title", b."name" AS "bankName"
    FROM "Question" q JOIN "Bank" b ON b."id" = q."bankId"
    WHERE q."archivedAt" IS NULL ${level} ${bank} ${text}
    ORDER BY ${rank} b."name", q."number"
    LIMIT ${PICKER_LIMIT}`;
}

export async function listPickerBanks(): Promise<PickerBank[]> {
  return db.bank.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** The given questions if all exist and are not archived, keyed by id. */
export async function findActiveQuestions(ids: string[]) {
  const rows = await db.question.findMany({
    where: { id: { in: ids }, ...activeQuestionWhere },
    select: { id: true, number: true, level: true, title: true, version: true, bank: { select: { name: true } } },
  });
  return new Map(rows.map((row) => [row.id, row]));
}
