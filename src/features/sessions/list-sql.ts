import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Cursor } from "@/lib/cursor";
import { can } from "@/lib/policy";
import type { SessionUser } from "@/server/auth-gates";
import { byTimeThenId, pageClauses } from "@/server/keyset";
import { containsPattern } from "@/server/like";
import { SESSION_PAGE_SIZE, type SessionListQuery } from "./schemas";

// The sessions list's page as one statement, apart from list.ts so a test can EXPLAIN exactly it.
// Who sees which sessions is the caller's permission (sessions:view-all) or a seat on the panel.

export const SESSION_NEWEST = byTimeThenId("newest", Prisma.sql`s."createdAt"`, Prisma.sql`s."id"`);

export type ListQuery = Omit<SessionListQuery, "limit" | "cursor"> & { limit?: number; cursor?: Cursor | null };

/** The page's statement (exported so a test can EXPLAIN exactly it): ids and times, in order. */
export function sessionListSql(user: SessionUser, { status, q, cursor = null, limit = SESSION_PAGE_SIZE }: ListQuery): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (!can(user, "sessions:view-all")) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "SessionInterviewer" si WHERE si."sessionId" = s."id" AND si."userId" = ${user.id})`);
  }
  if (status) where.push(Prisma.sql`s."status" = ${status}::"SessionStatus"`);
  if (q) {
    const like = containsPattern(q);
    where.push(Prisma.sql`(c."name" ILIKE ${like} OR s."title" ILIKE ${like})`);
  }
  return Prisma.sql`
    SELECT s."id", s."createdAt"
    FROM "InterviewSession" s
    JOIN "Candidate" c ON c."id" = s."candidateId"
    ${pageClauses(where, SESSION_NEWEST, cursor, limit)}`;
}
