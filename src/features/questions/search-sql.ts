// The one question search: the question list, GET /api/questions and the kit and session
// builders' picker all run this SQL. Full-text search matches the generated, GIN-indexed
// "searchVector" column (title A, prompt B, model answer C, wrong answers/probes/sections D, see
// the init migration) and ranks in tiers (rankedSearchSql), each an index lookup that stops at the
// page's end, so a broad word stays fast at 10,000 questions. When the text finds
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
 * Postgres can stop at the page instead of counting every match.
 * `match: "title"` is the fallback: `q` as a plain substring of the title, in list order.
 */
export function searchSql(filters: SearchFilters, { withTotal = true, match = "text" }: { withTotal?: boolean; match?: "text" | "title" } = {}): Prisma.Sql {
  const where: Prisma.Sql[] = [filters.archived ? Prisma.sql`q."archivedAt" IS NOT NULL` : Prisma.sql`q."archivedAt" IS NULL`];
  if (filters.level) where.push(Prisma.sql`q."level" = ${filters.level}::"Level"`);
  if (filters.bank) where.push(Prisma.sql`(b."id" = ${filters.bank} OR b."name" = ${filters.bank})`);
  if (filters.tag) where.push(Prisma.sql`${filters.tag} = ANY(q."tags")`);

  // Archived questions may hold parked numbers (below zero): they list by when they were archived.
  const order = filters.archived ? Prisma.sql`q."archivedAt" DESC, q."id" ASC` : Prisma.sql`b."name" ASC, q."number" ASC`;
  const text = filters.q?.trim();
  if (text && match !== "title") {
    // The same order over the statement's own columns (a live question's number is its own).
    const listed = filters.archived ? Prisma.sql`m."archivedAt" DESC, m."id" ASC` : Prisma.sql`m."bankName" ASC, m."number" ASC`;
    return rankedSearchSql(text, { where, order, listed }, filters, withTotal);
  }
  if (text) where.push(Prisma.sql`q."title" ILIKE ${`%${escapeLike(text)}%`}`);

  return Prisma.sql`
    SELECT ${LIST_COLUMNS}${withTotal ? Prisma.sql`, count(*) OVER () AS "total"` : Prisma.empty}
    FROM "Question" q
    JOIN "Bank" b ON b."id" = q."bankId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${filters.limit} OFFSET ${filters.offset}`;
}

const LIST_COLUMNS = Prisma.sql`q."id", COALESCE(q."archivedNumber", q."number") AS "number", q."level"::text AS "level", q."title", q."tags", q."version", q."archivedAt",
           b."id" AS "bankId", b."name" AS "bankName"`;

/**
 * Full text, best match first, in three tiers that each stop at the page's end:
 *   1. the title holds the whole query (GIN index on the title's vector, a few percent of the bank
 *      even for a broad word), ranked on title + prompt;
 *   2. title and prompt together hold it ("rankVector", GIN-indexed), ranked the same way;
 *   3. the rest of the matches (answers, probes, sections: "searchVector"), in list order.
 * A tier is only read when the ones before it left the page short: that is a one-time filter
 * (an InitPlan), so a broad word that matches half the bank ranks a few hundred title hits
 * instead of reading and ranking thousands of rows. Within a tier, whole-word matches outrank
 * prefix-only ones. The count for `withTotal` still reads every match (the list page shows it).
 */
function rankedSearchSql(text: string, { where, order, listed }: Record<"order" | "listed", Prisma.Sql> & { where: Prisma.Sql[] }, filters: SearchFilters, withTotal: boolean): Prisma.Sql {
  const prefix = prefixQuery(text);
  const words = Prisma.sql`websearch_to_tsquery('english', ${text})`;
  const query = prefix ? Prisma.sql`(${words} || to_tsquery('english', ${prefix}))` : words;
  const inTitle = Prisma.sql`to_tsvector('english'::regconfig, q."title") @@ ${query}`;
  const inTitleOrPrompt = Prisma.sql`q."rankVector" @@ ${query}`;
  const anywhere = Prisma.sql`q."searchVector" @@ ${query}`;
  // An excluded word (-word, a "!" in the parsed query) may hide in an answer: tiers 1 and 2 then
  // check every field too, reading the large vector only when the query excludes something.
  const excludes = Prisma.sql` AND (strpos(${query}::text, '!') = 0 OR ${anywhere})`;
  const filter = Prisma.join(where, " AND ");
  const rank = Prisma.sql`ts_rank(q."rankVector", ${words}) * 2 + ts_rank(q."rankVector", ${query})`;
  const end = filters.offset + filters.limit;
  const ranked = (n: number, match: Prisma.Sql, readWhen: Prisma.Sql) => Prisma.sql`
      SELECT ${LIST_COLUMNS}, ${Prisma.raw(String(n))} AS "tier", ${rank} AS "rank"
      FROM "Question" q
      JOIN "Bank" b ON b."id" = q."bankId"
      WHERE ${readWhen} AND ${filter} AND ${match}
      ORDER BY "rank" DESC, ${order}
      LIMIT ${end}`;
  // The rest is read by the index and then sorted: with OFFSET 0 as a fence, Postgres cannot walk
  // the list order's indexes instead, which reads every row's large vector until the page fills.
  const rest = (match: Prisma.Sql, readWhen: Prisma.Sql) => Prisma.sql`
      SELECT m.*, 3 AS "tier", 0::real AS "rank"
      FROM (SELECT ${LIST_COLUMNS} FROM "Question" q JOIN "Bank" b ON b."id" = q."bankId" WHERE ${readWhen} AND ${filter} AND ${match} OFFSET 0) m
      ORDER BY ${listed}
      LIMIT ${end}`;
  const total = withTotal
    ? Prisma.sql`, (SELECT count(*) FROM "Question" q JOIN "Bank" b ON b."id" = q."bankId" WHERE ${filter} AND ${anywhere}) AS "total"`
    : Prisma.empty;

  return Prisma.sql`
    WITH "byTitle" AS MATERIALIZED (${ranked(1, Prisma.sql`${inTitle}${excludes}`, Prisma.sql`TRUE`)}),
    "byPrompt" AS MATERIALIZED (${ranked(2, Prisma.sql`${inTitleOrPrompt} AND NOT (${inTitle})${excludes}`, Prisma.sql`(SELECT count(*) FROM "byTitle") < ${end}`)}),
    "elsewhere" AS MATERIALIZED (${rest(Prisma.sql`${anywhere} AND NOT (${inTitleOrPrompt})`, Prisma.sql`(SELECT count(*) FROM "byTitle") + (SELECT count(*) FROM "byPrompt") < ${end}`)})
    SELECT m."id", m."number", m."level", m."title", m."tags", m."version", m."archivedAt", m."bankId", m."bankName"${total}
    FROM (SELECT * FROM "byTitle" UNION ALL SELECT * FROM "byPrompt" UNION ALL SELECT * FROM "elsewhere") m
    ORDER BY m."tier", m."rank" DESC, ${listed}
    LIMIT ${filters.limit} OFFSET ${filters.offset}`;
}

/** A list item as the statement returns it: the bank in two flat columns. */
export type SearchRow = Omit<QuestionListItem, "bank"> & {
  bankId: string;
  bankName: string;
  /** Only with `withTotal`. */
  total?: bigint;
};
