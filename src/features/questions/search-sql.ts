// The one question search: the question list, GET /api/questions and the kit and session
// builders' picker all run this SQL. Full-text search uses the generated, GIN-indexed
// "searchVector" column (title A, prompt B, model answer C, wrong answers/probes/sections D, see
// the init migration), so it stays an index lookup at 10,000 questions. When the text finds
// nothing at all, a title substring match is the fallback (queries.ts), for what full text cannot
// see: the middle of a word, or a stop word being typed ("wha" of "What is…"). Archived questions
// are never listed. Exported separately from queries.ts so a test can EXPLAIN exactly this statement.
import { Prisma } from "../../generated/prisma/client";
import type { Level } from "../../lib/levels";
import type { QuestionListItem } from "./dto";

/**
 * Postgres prices a sequential scan's `@@` as one cheap operator per row, not the decompression
 * of each row's large vector that it is, so for a broad query (half the bank matching) it picks
 * the scan: ~4x slower than the GIN bitmap scan. The search then runs with sequential scans off.
 */
export const PREFER_INDEX_SQL = Prisma.sql`SET LOCAL enable_seqscan = off`;

/** `archived`: list the archived questions (newest archived first) instead of the live ones. */
export type SearchFilters = { q?: string; level?: Level; bank?: string; tag?: string; archived?: boolean; limit: number; offset: number };

/**
 * A prefix query that lets a half-typed word match ("gorout" finds "goroutine"), which
 * websearch_to_tsquery alone does not. Only for plain word lists (with optional -exclusions):
 * quotes and "or" mean the user asked for websearch's exact semantics, so they get only that.
 */
export function prefixQuery(q: string): string | null {
  if (/["“”]/.test(q) || /(^|\s)or(\s|$)/i.test(q)) return null;
  const terms: string[] = [];
  let positive = 0;
  for (const token of q.split(/\s+/)) {
    const negated = token.startsWith("-");
    // Letters and digits only: nothing the user types can reach to_tsquery's syntax.
    for (const word of token.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
      terms.push(negated ? `!${word}` : `${word}:*`);
      if (!negated) positive += 1;
    }
  }
  return positive > 0 ? terms.join(" & ") : null;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * `withTotal: false` leaves out the count of all matches (the API does not return it), so
 * Postgres can stop at the page instead of carrying every match through a window aggregate.
 * `match: "title"` is the fallback: `q` as a plain substring of the title, in list order.
 */
export function searchSql(filters: SearchFilters, { withTotal = true, match = "text" }: { withTotal?: boolean; match?: "text" | "title" } = {}): Prisma.Sql {
  const where: Prisma.Sql[] = [filters.archived ? Prisma.sql`q."archivedAt" IS NOT NULL` : Prisma.sql`q."archivedAt" IS NULL`];
  if (filters.level) where.push(Prisma.sql`q."level" = ${filters.level}::"Level"`);
  if (filters.bank) where.push(Prisma.sql`(b."id" = ${filters.bank} OR b."name" = ${filters.bank})`);
  if (filters.tag) where.push(Prisma.sql`${filters.tag} = ANY(q."tags")`);

  // Archived questions may hold parked numbers (below zero): they list by when they were archived.
  let order = filters.archived ? Prisma.sql`q."archivedAt" DESC, q."id" ASC` : Prisma.sql`b."name" ASC, q."number" ASC`;
  const text = filters.q?.trim();
  if (text && match === "title") {
    where.push(Prisma.sql`q."title" ILIKE ${`%${escapeLike(text)}%`}`);
  } else if (text) {
    const prefix = prefixQuery(text);
    const query = prefix
      ? Prisma.sql`(websearch_to_tsquery('english', ${text}) || to_tsquery('english', ${prefix}))`
      : Prisma.sql`websearch_to_tsquery('english', ${text})`;
    where.push(Prisma.sql`q."searchVector" @@ ${query}`);
    // Whole-word matches outrank prefix-only ones; title outranks prompt. Ranked on the small
    // "rankVector" (title + prompt): every match is ranked, and reading the full, compressed
    // "searchVector" of thousands of matches was most of a broad search's time. Matches only in
    // answers, probes or sections come after, in list order.
    order = Prisma.sql`ts_rank(q."rankVector", websearch_to_tsquery('english', ${text})) * 2 + ts_rank(q."rankVector", ${query}) DESC, ${order}`;
  }

  return Prisma.sql`
    SELECT q."id", COALESCE(q."archivedNumber", q."number") AS "number", q."level"::text AS "level", q."title", q."tags", q."version", q."archivedAt",
           b."id" AS "bankId", b."name" AS "bankName"${withTotal ? Prisma.sql`, count(*) OVER () AS "total"` : Prisma.empty}
    FROM "Question" q
    JOIN "Bank" b ON b."id" = q."bankId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${filters.limit} OFFSET ${filters.offset}`;
}

/** A list item as the statement returns it: the bank in two flat columns. */
export type SearchRow = Omit<QuestionListItem, "bank"> & {
  bankId: string;
  bankName: string;
  /** Only with `withTotal`. */
  total?: bigint;
};
