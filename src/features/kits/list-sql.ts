import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Cursor } from "@/lib/cursor";
import { byTimeThenId, pageClauses } from "@/server/keyset";
import { containsPattern } from "@/server/like";
import { KIT_PAGE_SIZE } from "./schemas";

// The kits list's page as one statement, apart from queries.ts so a test can EXPLAIN exactly it.

export const KIT_RECENT = byTimeThenId("recent", Prisma.sql`k."updatedAt"`, Prisma.sql`k."id"`);

export type KitListQuery = { q?: string; cursor?: Cursor | null; limit?: number };

/** The page's statement (exported so a test can EXPLAIN exactly it): ids and times, in order. */
export function kitListSql({ q, cursor = null, limit = KIT_PAGE_SIZE }: KitListQuery): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (q) where.push(Prisma.sql`k."name" ILIKE ${containsPattern(q)}`);
  return Prisma.sql`SELECT k."id", k."updatedAt" FROM "Kit" k ${pageClauses(where, KIT_RECENT, cursor, limit)}`;
}
