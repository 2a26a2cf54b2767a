import "server-only";
import type { SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";

export type SessionRow = { id: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; userAgent: string; address: string; current: boolean };

/** One's own signed-in browsers that are still live, newest first; `currentSid` marks this one. */
export async function listOwnSessions(user: SessionUser, currentSid: string | null, now = new Date()): Promise<SessionRow[]> {
  const rows = await db.authSession.findMany({
    where: { userId: user.id, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true, address: true },
  });
  return rows.map((row) => ({ ...row, current: row.id === currentSid }));
}
