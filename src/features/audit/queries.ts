import "server-only";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
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

/** Newest first, paged by time ("before") so new entries never shift a page being read. */
export async function listAuditEntries(user: SessionUser, filter: AuditFilter): Promise<{ rows: AuditRow[]; nextBefore: string | null }> {
  assertCan(user, "audit:read");
  const rows = await db.auditEntry.findMany({
    where: {
      action: filter.action ? { startsWith: filter.action } : undefined,
      actor: filter.actor ? { email: { contains: filter.actor.toLowerCase() } } : undefined,
      createdAt: filter.before ? { lt: new Date(filter.before) } : undefined,
    },
    orderBy: { createdAt: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, action: true, targetType: true, targetId: true, details: true, createdAt: true, actor: { select: { name: true, email: true } } },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return { rows: page, nextBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.createdAt.toISOString() : null };
}
