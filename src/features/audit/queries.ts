import "server-only";
import type { Cursor } from "@/lib/cursor";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { instant, keysetPage, type Page } from "@/server/keyset";
import { AUDIT_NEWEST, auditListSql } from "./list-sql";
import type { AuditFilter } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: string;
  action: string;
  actor: { name: string; email: string } | null;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
  createdAt: Date;
};

/** Newest first, a page at a time from the cursor, new entries never shifting a page being read. */
export async function listAuditEntries(user: SessionUser, filter: AuditFilter, cursor: Cursor | null, limit = AUDIT_PAGE_SIZE): Promise<Page<AuditRow>> {
  assertCan(user, "audit:read");
  const rows = await db.$queryRaw<Array<Omit<AuditRow, "actor"> & { actorName: string | null; actorEmail: string | null }>>(auditListSql(filter, cursor, limit));
  const page = keysetPage(rows, AUDIT_NEWEST, cursor, limit, (row) => [instant(row.createdAt), row.id]);
  return {
    ...page,
    items: page.items.map(({ actorName, actorEmail, ...row }) => ({ ...row, actor: actorName !== null && actorEmail !== null ? { name: actorName, email: actorEmail } : null })),
  };
}
