import "server-only";
import type { SessionUser } from "@/server/auth-gates";
import { db, type Tx } from "@/server/db";
import { notifyUserChange } from "@/server/events";

// A server-side record per signed-in browser (AuthSession). Its id travels inside the session
// JWT; a cookie is honoured only while its record is neither revoked nor past expiresAt, an
// absolute lifetime from sign-in that nothing extends. Signing out revokes the record, so a copied
// cookie stops working at once; a password change, deactivation or role change revokes every
// record of the user (and bumps authVersion, which the JWT also carries).
// docs/decisions/session-records.md.

/** How long a sign-in lasts, whatever the browser does meanwhile. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60_000;
// lastSeenAt is for the account page's list; writing it on every request would cost a write each.
const LAST_SEEN_EVERY_MS = 5 * 60_000;

/**
 * What a session cookie says about who signed in. `sid` is null only for the Vitest stand-in
 * (tests/setup/auth-stub.ts), which has no browser session to check.
 */
export type SignInRef = { userId: string; sid: string | null; authVersion: number };

export async function openAuthSession(userId: string, client: { userAgent: string; address: string }, now = new Date()): Promise<string> {
  const row = await db.authSession.create({
    data: {
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
      userAgent: client.userAgent.slice(0, 300),
      address: client.address.slice(0, 64),
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * The user a sign-in stands for, re-read now: null when the user is gone, inactive, has a newer
 * authVersion (password, role or activity changed), or the session record is revoked or expired.
 */
export async function userForSignIn(ref: SignInRef, now = new Date()): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: ref.userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      authVersion: true,
      authSessions: ref.sid ? { where: { id: ref.sid }, select: { revokedAt: true, expiresAt: true, lastSeenAt: true }, take: 1 } : false,
    },
  });
  if (!user || !user.active || user.authVersion !== ref.authVersion) return null;
  if (ref.sid) {
    const session = user.authSessions?.[0];
    if (!session || session.revokedAt || session.expiresAt <= now) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
      await db.authSession.updateMany({ where: { id: ref.sid, revokedAt: null }, data: { lastSeenAt: now } });
    }
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Sign-out: this browser's record is revoked, and open event streams of the user re-check at once. */
export async function revokeAuthSession(sid: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const revoked = await tx.authSession.updateManyAndReturn({ where: { id: sid, revokedAt: null }, data: { revokedAt: now }, select: { userId: true } });
    for (const { userId } of revoked) await notifyUserChange(tx, userId);
  });
}

/** Every live record of a user (password change, deactivation, role change), inside the caller's transaction. */
export async function revokeUserSessions(tx: Tx, userId: string, now = new Date()): Promise<void> {
  await tx.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  await notifyUserChange(tx, userId);
}
