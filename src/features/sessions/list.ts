import "server-only";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { instant, keysetPage, type Page } from "@/server/keyset";
import { listSelect, toSessionListItem } from "./dto";
import { sessionCan } from "./policy";
import { SESSION_NEWEST, sessionListSql, type ListQuery } from "./list-sql";
import { SESSION_PAGE_SIZE } from "./schemas";
import type { SessionListItem } from "./types";

// The sessions list, a page at a time: filtering, search and order in SQL (list-sql.ts), keyset
// paging on (createdAt, id) (src/server/keyset.ts). The page's rows are then read with their panel.

/** Interviewers see the sessions they are on; whoever holds sessions:view-all sees all. Newest first. */
export async function listSessions(user: SessionUser, query: ListQuery = {}): Promise<Page<SessionListItem>> {
  assertCan(user, "sessions:list");
  const { cursor = null, limit = SESSION_PAGE_SIZE } = query;
  const keys = await db.$queryRaw<Array<{ id: string; createdAt: Date }>>(sessionListSql(user, query));
  const page = keysetPage(keys, SESSION_NEWEST, cursor, limit, (row) => [instant(row.createdAt), row.id]);
  const rows = await db.interviewSession.findMany({ where: { id: { in: page.items.map((row) => row.id) } }, select: listSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = page.items.flatMap(({ id }) => {
    const row = byId.get(id);
    return row ? [toSessionListItem(row, sessionCan(user, "run", { interviewerIds: row.interviewers.map((i) => i.user.id) }))] : [];
  });
  return { ...page, items };
}
