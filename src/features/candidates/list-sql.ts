import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Cursor } from "@/lib/cursor";
import type { Level } from "@/lib/levels";
import { byTimeThenId, pageClauses, type KeysetOrder } from "@/server/keyset";
import { containsPattern } from "@/server/like";
import type { CandidateFilters, CandidateSort } from "./schemas";

// The candidate list as one statement: every filter, the search and the order in SQL, a page at a
// time. Each candidate's facts (status, level, recommendations) are computed per row of the walk
// (LATERAL, by the indexes on the candidate's sessions and decisions), so a page costs its rows,
// not the whole table. Exported apart from list.ts so a test can EXPLAIN exactly this statement.

export const CANDIDATE_ORDERS: Record<CandidateSort, KeysetOrder> = {
  // The latest interview, newest first; never-interviewed candidates last (the column is kept by
  // a trigger, see the list_paging migration).
  recent: {
    name: "recent",
    direction: "desc",
    firstNullable: true,
    keys: [
      { sql: Prisma.sql`c."lastSessionAt"`, type: "timestamp" },
      { sql: Prisma.sql`c."id"`, type: "text" },
    ],
  },
  name: {
    name: "name",
    direction: "asc",
    keys: [
      { sql: Prisma.sql`c."name"`, type: "text" },
      { sql: Prisma.sql`c."id"`, type: "text" },
    ],
  },
  added: byTimeThenId("added", Prisma.sql`c."createdAt"`, Prisma.sql`c."id"`),
};

/** What the viewer sees of others' scorecards, per case (scorecards' blindRuleCases). */
export type BlindCases = { noSeat: boolean; owing: boolean; settled: boolean };

export type CandidateRow = {
  id: string;
  name: string;
  email: string | null;
  createdAt: Date;
  lastSessionAt: Date | null;
  status: string;
  sessions: number;
  level: Level | null;
  seesAll: boolean;
  strongNo: number;
  no: number;
  yes: number;
  strongYes: number;
  decisionOutcome: "HIRE" | "NO_HIRE" | "HOLD" | null;
  decisionAt: Date | null;
};

/**
 * The status, as src/features/candidates/status.ts defines it (list-sql.test.ts holds the two
 * to the same answers): decided, interviewing, awaiting scorecards, ready, scheduled, none.
 */
const STATUS_SQL = Prisma.sql`CASE
  WHEN dec."outcome" IS NOT NULL THEN 'decided'
  WHEN f."anyLive" THEN 'interviewing'
  WHEN f."anyAwaiting" THEN 'awaiting-scorecards'
  WHEN f."anyCompleted" THEN 'ready'
  WHEN f."anyScheduled" THEN 'scheduled'
  ELSE 'no-interviews' END`;

export function candidateListSql(viewerId: string, blind: BlindCases, filters: CandidateFilters, sort: CandidateSort, cursor: Cursor | null, limit: number): Prisma.Sql {
  const order = CANDIDATE_ORDERS[sort];
  const where: Prisma.Sql[] = [];
  if (filters.q) {
    const like = containsPattern(filters.q);
    where.push(Prisma.sql`(c."name" ILIKE ${like} OR c."email" ILIKE ${like})`);
  }
  // The day of the last interview, in UTC, as the list shows it.
  if (filters.from) where.push(Prisma.sql`c."lastSessionAt" >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`c."lastSessionAt" < ${filters.to}::date + 1`);
  if (filters.status) where.push(Prisma.sql`${STATUS_SQL} = ${filters.status}`);
  if (filters.level) where.push(Prisma.sql`v."level" = ${filters.level}::"Level"`);

  return Prisma.sql`
    SELECT c."id", c."name", c."email", c."createdAt", c."lastSessionAt",
           ${STATUS_SQL} AS "status", COALESCE(f."sessions", 0)::int AS "sessions",
           v."level"::text AS "level", seen."all" AS "seesAll",
           COALESCE(v."strongNo", 0)::int AS "strongNo", COALESCE(v."no", 0)::int AS "no",
           COALESCE(v."yes", 0)::int AS "yes", COALESCE(v."strongYes", 0)::int AS "strongYes",
           dec."outcome"::text AS "decisionOutcome", dec."createdAt" AS "decisionAt"
    FROM "Candidate" c
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE s."status" <> 'CANCELLED') AS "sessions",
             bool_or(s."status" = 'LIVE') AS "anyLive",
             bool_or(s."status" = 'COMPLETED') AS "anyCompleted",
             bool_or(s."status" = 'SCHEDULED') AS "anyScheduled",
             bool_or(s."status" = 'COMPLETED' AND
               (SELECT count(*) FROM "Scorecard" sc WHERE sc."sessionId" = s."id" AND sc."status" = 'SUBMITTED') <
               (SELECT count(*) FROM "SessionInterviewer" si WHERE si."sessionId" = s."id")) AS "anyAwaiting",
             bool_or(me."userId" IS NOT NULL) AS "hasSeat",
             bool_or(me."userId" IS NOT NULL AND s."status" <> 'CANCELLED' AND NOT EXISTS (
               SELECT 1 FROM "Scorecard" sc WHERE sc."sessionId" = s."id" AND sc."interviewerId" = ${viewerId} AND sc."status" = 'SUBMITTED'
             )) AS "owes"
      FROM "InterviewSession" s
      LEFT JOIN "SessionInterviewer" me ON me."sessionId" = s."id" AND me."userId" = ${viewerId}
      WHERE s."candidateId" = c."id"
    ) f ON true
    CROSS JOIN LATERAL (
      SELECT CASE WHEN NOT COALESCE(f."hasSeat", false) THEN ${blind.noSeat}::boolean WHEN f."owes" THEN ${blind.owing}::boolean ELSE ${blind.settled}::boolean END AS "all"
    ) seen
    LEFT JOIN LATERAL (
      SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY sc."level") FILTER (WHERE sc."level" IS NOT NULL) AS "level",
             count(*) FILTER (WHERE sc."recommendation" = 'STRONG_NO') AS "strongNo",
             count(*) FILTER (WHERE sc."recommendation" = 'NO') AS "no",
             count(*) FILTER (WHERE sc."recommendation" = 'YES') AS "yes",
             count(*) FILTER (WHERE sc."recommendation" = 'STRONG_YES') AS "strongYes"
      FROM "InterviewSession" s
      JOIN "Scorecard" sc ON sc."sessionId" = s."id"
      WHERE s."candidateId" = c."id" AND sc."status" = 'SUBMITTED' AND (seen."all" OR sc."interviewerId" = ${viewerId})
    ) v ON true
    LEFT JOIN LATERAL (
      SELECT d."outcome", d."createdAt" FROM "Decision" d WHERE d."candidateId" = c."id" ORDER BY d."createdAt" DESC LIMIT 1
    ) dec ON true
    ${pageClauses(where, order, cursor, limit)}`;
}

/** The compare picker's page: interviewed candidates (lastSessionAt is set) by name. */
export function pickerSql(find: string | undefined, cursor: Cursor | null, limit: number): Prisma.Sql {
  const order = CANDIDATE_ORDERS.name;
  const where: Prisma.Sql[] = [Prisma.sql`c."lastSessionAt" IS NOT NULL`];
  if (find) {
    const like = containsPattern(find);
    where.push(Prisma.sql`(c."name" ILIKE ${like} OR c."email" ILIKE ${like})`);
  }
  return Prisma.sql`SELECT c."id", c."name" FROM "Candidate" c ${pageClauses(where, order, cursor, limit)}`;
}
