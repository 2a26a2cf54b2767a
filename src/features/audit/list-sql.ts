import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Cursor } from "@/lib/cursor";
import { byTimeThenId, pageClauses } from "@/server/keyset";
import { containsPattern, prefixPattern } from "@/server/like";
import type { AuditFilter } from "./schemas";

// The audit log's page as one statement, apart from queries.ts so a test can EXPLAIN exactly it.

// Many entries share a millisecond (an import and its audit, a burst of sign-ins): the id breaks
// the tie, so paging never skips or repeats one.
export const AUDIT_NEWEST = byTimeThenId("newest", Prisma.sql`e."createdAt"`, Prisma.sql`e."id"`);

/** The page's statement (exported so a test can EXPLAIN exactly it). */
export function auditListSql(filter: AuditFilter, cursor: Cursor | null, limit: number): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (filter.action) where.push(Prisma.sql`e."action" LIKE ${prefixPattern(filter.action)}`);
  if (filter.actor) where.push(Prisma.sql`u."email" LIKE ${containsPattern(filter.actor.toLowerCase())}`);
  return Prisma.sql`
    SELECT e."id", e."action", e."targetType", e."targetId", e."details", e."createdAt", u."name" AS "actorName", u."email" AS "actorEmail"
    FROM "AuditEntry" e
    LEFT JOIN "User" u ON u."id" = e."actorId"
    ${pageClauses(where, AUDIT_NEWEST, cursor, limit)}`;
}
