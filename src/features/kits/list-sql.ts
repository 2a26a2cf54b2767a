import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Cursor } from "@/lib/cursor";
import { keysetOrderBy, keysetWhere, type KeysetOrder } from "@/server/keyset";
import { containsPattern } from "@/server/like";
import { KIT_PAGE_SIZE } from "./schemas";

// The kits list's page as one statement, apart from queries.ts so a test can EXPLAIN exactly it.

export const KIT_RECENT: KeysetOrder = {
  name: "recent",
  direction: "desc",
  keys: [
    { sql: Prisma.sql`k."updatedAt"`, type: "timestamp" },
    { sql: Prisma.sql`k."id"`, type: "text" },
  ],
};

export type KitListQuery = { q?: string; cursor?: Cursor | null; limit?: number };

/** The page's statement (exported so a test can EXPLAIN exactly it): ids and times, in order. */
export function kitListSql({ q, cursor = null, limit = KIT_PAGE_SIZE }: KitListQuery): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (q) where.push(Prisma.sql`k."name" ILIKE ${containsPattern(q)}`);
  const after = keysetWhere(KIT_RECENT, cursor);
  if (after) where.push(after);
  return Prisma.sql`
    SELECT k."id", k."updatedAt" FROM "Kit" k
    ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty}
    ORDER BY ${keysetOrderBy(KIT_RECENT, cursor)}
    LIMIT ${limit + 1}`;
}
