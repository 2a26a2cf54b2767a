import "server-only";
import { Prisma } from "@/generated/prisma/client";

// The home page's panel reads as single statements, apart from the queries that run them, so a
// test can EXPLAIN exactly these. Both walk the viewer's own panel seats (SessionInterviewer by
// userId, indexed), so they cost the sessions this person sat on, never the whole table, and both
// are LIMITed. Another person's seats are never read.

export type PanelSessionRow = {
  id: string;
  title: string;
  candidateName: string;
  status: "SCHEDULED" | "LIVE";
  scheduledAt: Date | null;
  durationMinutes: number | null;
};

/** Sessions on the viewer's panel that are live, or scheduled from `from` on (or not given a time yet). */
export function panelSessionsSql(userId: string, from: Date, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT s."id", s."title", COALESCE(NULLIF(s."candidateName", ''), c."name") AS "candidateName",
           s."status"::text AS "status", s."scheduledAt", s."durationMinutes"
    FROM "SessionInterviewer" si
    JOIN "InterviewSession" s ON s."id" = si."sessionId"
    JOIN "Candidate" c ON c."id" = s."candidateId"
    WHERE si."userId" = ${userId}
      AND (s."status" = 'LIVE' OR (s."status" = 'SCHEDULED' AND (s."scheduledAt" IS NULL OR s."scheduledAt" >= ${from})))
    ORDER BY (s."status" = 'LIVE') DESC, s."scheduledAt" ASC NULLS LAST, s."id"
    LIMIT ${limit}`;
}

export type OwedScorecardRow = {
  sessionId: string;
  title: string;
  candidateName: string;
  endedAt: Date | null;
  /** DRAFT when begun, null when not begun. */
  scorecardStatus: "DRAFT" | null;
};

/** Completed sessions on the viewer's panel whose scorecard from the viewer is a draft or missing, longest owed first. */
export function owedScorecardsSql(userId: string, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT s."id" AS "sessionId", s."title", COALESCE(NULLIF(s."candidateName", ''), c."name") AS "candidateName",
           s."endedAt", sc."status"::text AS "scorecardStatus"
    FROM "SessionInterviewer" si
    JOIN "InterviewSession" s ON s."id" = si."sessionId"
    JOIN "Candidate" c ON c."id" = s."candidateId"
    LEFT JOIN "Scorecard" sc ON sc."sessionId" = s."id" AND sc."interviewerId" = si."userId"
    WHERE si."userId" = ${userId} AND s."status" = 'COMPLETED' AND (sc."status" IS NULL OR sc."status" = 'DRAFT')
    ORDER BY s."endedAt" ASC NULLS LAST, s."id"
    LIMIT ${limit}`;
}
